/**
 * What the export dialog's buttons do: download one export, copy it to the clipboard, run the
 * per-zone batch, or take a fallback size after a size problem. Each run reads the store once,
 * checks the size before rendering (a problem is shown, nothing renders), and goes through the
 * shared task runner (progress, cancel, outcome message). The device limits are probed once.
 *
 * Test and diagnostic URL parameters (query string, read here only): `?exportDate=YYYY-MM-DD`
 * fixes the export date; `?exportLimits=<px>` pretends the browser's canvas side limit is `px`.
 */
import { useRef, useState } from 'react';
import type { ExportSizeProblem } from '../../export/check-export-size';
import { exportOverrides } from '../../export/export-context';
import { fallbackSize } from '../../export/fallback-size';
import type { Layout } from '../../export/layout';
import { probeLimits } from '../../export/probe-limits';
import { prepareExport, runBatchExport, runSingleExport } from '../../export/run-export';
import type { DeviceLimits, ExportRequest } from '../../export/types';
import { useAtlasStore } from '../../state/store';
import { downloadBlob } from '../download';
import { useT } from '../use-t';
import type { ExportForm } from './use-export-form';
import type { useExportTask } from './use-export-task';

interface RunOptions {
  tiled?: boolean;
  requestOverrides?: Partial<ExportRequest>;
}

export function useExportActions(form: ExportForm, task: ReturnType<typeof useExportTask>) {
  const { t } = useT();
  const limits = useRef<DeviceLimits | null>(null);
  /** The layout of the last finished export (tests and diagnostics read it from the dialog). */
  const [lastLayout, setLastLayout] = useState<Layout | null>(null);
  const { setStatus, runTask } = task;

  const settings = () => {
    const overrides = exportOverrides(window.location.search);
    limits.current ??= probeLimits(overrides.canvasSide ? { canvasSide: overrides.canvasSide } : {});
    return { limits: limits.current, exportDate: overrides.exportDate ?? new Date().toISOString() };
  };

  async function run(options: RunOptions = {}) {
    const state = useAtlasStore.getState();
    const { limits: deviceLimits, exportDate } = settings();
    const request = form.request(options.requestOverrides);
    const prepared = prepareExport(state, request, deviceLimits, exportDate, options.tiled);
    if (!prepared.ok) {
      setStatus({ kind: 'problem', problem: prepared.problem });
      return null;
    }
    const result = await runTask((signal) =>
      runSingleExport(state, request, {
        limits: deviceLimits,
        exportDate,
        tiled: options.tiled,
        signal,
        onStage: (stage) => setStatus({ kind: 'running', stage }),
      }),
    );
    if (result) setLastLayout(prepared.layout);
    return result;
  }

  async function download(options: RunOptions = {}) {
    const result = await run(options);
    if (result) downloadBlob(result.blob, result.fileName);
  }

  return {
    lastLayout,
    download,

    copy() {
      // The blob is handed over as a promise so the click's user activation covers the write.
      const blob = run({ requestOverrides: { format: 'png' } }).then((result) => {
        if (!result) throw new Error('export failed');
        return result.blob;
      });
      navigator.clipboard
        .write([new ClipboardItem({ 'image/png': blob })])
        .then(() => setStatus({ kind: 'message', text: t('export.copied') }))
        .catch(() => {});
    },

    async runBatch() {
      const state = useAtlasStore.getState();
      const { limits: deviceLimits, exportDate } = settings();
      const request = form.request();
      const prepared = prepareExport(state, request, deviceLimits, exportDate);
      if (!prepared.ok) {
        setStatus({ kind: 'problem', problem: prepared.problem });
        return;
      }
      const result = await runTask(
        (signal) =>
          runBatchExport(state, request, form.batchLayer, prepared.layout, {
            limits: deviceLimits,
            exportDate,
            signal,
            onProgress: (done, total, zone) => setStatus({ kind: 'running', stage: null, done, total, zone }),
          }),
        { kind: 'running', stage: null, done: 0, total: 1 },
      );
      if (!result) return;
      downloadBlob(result.blob, result.fileName);
      setLastLayout(prepared.layout);
    },

    /** The largest size that renders in one piece, framed as requested. */
    exportLargest(problem: ExportSizeProblem) {
      const size = fallbackSize(form.choice(), problem.largestFit);
      form.switchToCustom(size);
      void download({ requestOverrides: { size } });
    },

    /** A tiled render: at the requested size when only WebGL is short, else the largest it reaches. */
    exportTiled(problem: ExportSizeProblem) {
      if (problem.tiledPossible) {
        void download({ tiled: true });
        return;
      }
      if (!problem.largestTiledFit) return;
      const size = fallbackSize(form.choice(), problem.largestTiledFit);
      form.switchToCustom(size);
      void download({ tiled: true, requestOverrides: { size } });
    },
  };
}
