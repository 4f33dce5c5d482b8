/**
 * The state machine shared by every export run (single, clipboard, batch): idle → running (with
 * stage or progress) → done / cancelled / failed message, or a size problem shown before anything
 * renders. One place for the abort controller and the outcome messages.
 */
import { useRef, useState } from 'react';
import type { ExportSizeProblem } from '../../export/check-export-size';
import type { ExportStage } from '../../export/export-image';
import { formatNumber } from '../../i18n/format-number';
import type { Lang } from '../../i18n/translate';
import { useT } from '../use-t';

export type ExportStatus =
  | { kind: 'idle' }
  | { kind: 'running'; stage: ExportStage | null; done?: number; total?: number; zone?: string }
  | { kind: 'problem'; problem: ExportSizeProblem }
  | { kind: 'message'; text: string; error?: boolean };

/** A file size for people: "2,5 MB" (Spanish), "812 kB". */
function formatBytes(bytes: number, lang: Lang): string {
  const mb = bytes / 1_048_576;
  return mb >= 1
    ? `${formatNumber(mb, lang, { maximumFractionDigits: 1 })} MB`
    : `${Math.ceil(bytes / 1024)} kB`;
}

export function useExportTask() {
  const { t, lang } = useT();
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);

  /**
   * Runs one export job with a fresh AbortController; reports "done" with the file's name and
   * size, "cancelled" on abort, or the error. Returns the job's result, or null when it did not
   * finish.
   */
  async function runTask<T extends { blob: Blob; fileName: string }>(
    job: (signal: AbortSignal) => Promise<T>,
    initial: ExportStatus = { kind: 'running', stage: null },
  ): Promise<T | null> {
    const abort = new AbortController();
    controller.current = abort;
    setStatus(initial);
    try {
      const result = await job(abort.signal);
      setStatus({
        kind: 'message',
        text: t('export.done', { name: result.fileName, size: formatBytes(result.blob.size, lang) }),
      });
      return result;
    } catch (error) {
      const cancelled = error instanceof DOMException && error.name === 'AbortError';
      setStatus({
        kind: 'message',
        text: cancelled
          ? t('export.cancelled')
          : t('export.failed', { message: error instanceof Error ? error.message : String(error) }),
        error: !cancelled,
      });
      if (!cancelled) console.error(error);
      return null;
    } finally {
      controller.current = null;
    }
  }

  return {
    status,
    setStatus,
    busy: status.kind === 'running',
    runTask,
    cancel: () => controller.current?.abort(),
  };
}
