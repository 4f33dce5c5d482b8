/**
 * The export dialog (issue 4): preset or custom size, format, title and subtitle, a live frame on
 * the map, a size check before anything renders (with "largest possible size" and "tiled render"
 * when the device cannot do it — never a silent clamp), progress with cancel, download, copy to
 * the clipboard, the per-zone batch ("atlas") as a ZIP, and presentation mode.
 *
 * Opened from the header or with Ctrl/Cmd+Shift+E. Uses only store state and the chosen preset,
 * so the same link gives the same image. Test and diagnostic URL parameters (query string, read
 * here only): `?exportDate=YYYY-MM-DD` fixes the export date; `?exportLimits=<px>` pretends the
 * browser's canvas side limit is `px`.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { describeSizeProblem, type ExportSizeProblem } from '../export/check-export-size';
import {
  BATCH_LAYERS,
  type BatchLayer,
  defaultSubtitle,
  defaultTitle,
  exportOverrides,
} from '../export/export-context';
import { fallbackSize } from '../export/fallback-size';
import type { Layout } from '../export/layout';
import { EXPORT_PRESETS } from '../export/presets';
import { probeLimits } from '../export/probe-limits';
import { prepareExport, runBatchExport, runSingleExport, stateView } from '../export/run-export';
import type {
  DeviceLimits,
  ExportFormat,
  ExportPresetId,
  ExportRequest,
  ExportSizeChoice,
} from '../export/types';
import { useAtlasStore } from '../state/store';
import { canCopyImages, downloadBlob } from './download';
import { ExportFrame, scaleToFit } from './export/ExportFrame';
import { ExportProgress } from './export/ExportProgress';
import { useExportTask } from './export/use-export-task';
import { useT } from './use-t';

export function ExportDialog() {
  const { t, lang } = useT();
  const open = useAtlasStore((s) => s.exportOpen);
  const setOpen = useAtlasStore((s) => s.setExportOpen);
  const presentation = useAtlasStore((s) => s.presentation);
  const setPresentation = useAtlasStore((s) => s.setPresentation);
  const dialog = useRef<HTMLDialogElement>(null);
  const limits = useRef<DeviceLimits | null>(null);
  const [preset, setPreset] = useState<ExportPresetId | 'custom'>('slide-16x9');
  const [custom, setCustom] = useState({ width: '1920', height: '1080', scale: '1' });
  const [format, setFormat] = useState<ExportFormat>('png');
  const [title, setTitle] = useState('');
  const [subtitle, setSubtitle] = useState('');
  const [batchLayer, setBatchLayer] = useState<BatchLayer>('pilot-municipalities');
  const { status, setStatus, busy, runTask, cancel } = useExportTask();
  const [lastLayout, setLastLayout] = useState<Layout | null>(null);
  // Re-render the preview when what shapes the frame changes.
  const visible = useAtlasStore((s) => s.visible);
  const cocaYear = useAtlasStore((s) => s.settings.cocaYear);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === 'e') {
        event.preventDefault();
        useAtlasStore.getState().setExportOpen(true);
      } else if (event.key === 'Escape' && useAtlasStore.getState().presentation) {
        useAtlasStore.getState().setPresentation(false);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      const view = stateView(useAtlasStore.getState());
      setTitle(defaultTitle(view));
      setSubtitle(defaultSubtitle(view));
      setStatus({ kind: 'idle' });
      element.showModal?.();
    }
    if (!open && element.open) element.close?.();
  }, [open, setStatus]);

  const choice = (): ExportSizeChoice =>
    preset === 'custom'
      ? {
          kind: 'custom',
          width: Number(custom.width),
          height: Number(custom.height),
          pixelRatio: Number(custom.scale),
        }
      : { kind: 'preset', presetId: preset };

  const request = (overrides: Partial<ExportRequest> = {}): ExportRequest => ({
    size: choice(),
    format,
    title,
    subtitle,
    lang,
    ...overrides,
  });

  const settings = () => {
    const overrides = exportOverrides(window.location.search);
    limits.current ??= probeLimits(overrides.canvasSide ? { canvasSide: overrides.canvasSide } : {});
    return { limits: limits.current, exportDate: overrides.exportDate ?? new Date().toISOString() };
  };

  // The frame preview: layout of the current choice (null while the size is invalid).
  // biome-ignore lint/correctness/useExhaustiveDependencies: visible and cocaYear change the legend
  const preview = useMemo(() => {
    if (!open) return null;
    const prepared = prepareExport(
      useAtlasStore.getState(),
      request(),
      { maxCanvasSize: [1e9, 1e9], maxRenderbufferSize: 1e9, maxCanvasArea: 1e18 },
      '2000-01-01',
    );
    return prepared.ok ? prepared : null;
  }, [open, preset, custom, subtitle, lang, visible, cocaYear, format, title]);

  async function run(options: { tiled?: boolean; requestOverrides?: Partial<ExportRequest> } = {}) {
    const state = useAtlasStore.getState();
    const { limits: deviceLimits, exportDate } = settings();
    const exportRequest = request(options.requestOverrides);
    const prepared = prepareExport(state, exportRequest, deviceLimits, exportDate, options.tiled);
    if (!prepared.ok) {
      setStatus({ kind: 'problem', problem: prepared.problem });
      return null;
    }
    const result = await runTask((signal) =>
      runSingleExport(state, exportRequest, {
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

  async function download(options: Parameters<typeof run>[0] = {}) {
    const result = await run(options);
    if (result) downloadBlob(result.blob, result.fileName);
  }

  function copy() {
    // The blob is handed over as a promise so the click's user activation covers the write.
    const blob = run({ requestOverrides: { format: 'png' } }).then((result) => {
      if (!result) throw new Error('export failed');
      return result.blob;
    });
    navigator.clipboard
      .write([new ClipboardItem({ 'image/png': blob })])
      .then(() => setStatus({ kind: 'message', text: t('export.copied') }))
      .catch(() => {});
  }

  async function runBatch() {
    const state = useAtlasStore.getState();
    const { limits: deviceLimits, exportDate } = settings();
    const exportRequest = request();
    const prepared = prepareExport(state, exportRequest, deviceLimits, exportDate);
    if (!prepared.ok) {
      setStatus({ kind: 'problem', problem: prepared.problem });
      return;
    }
    const result = await runTask(
      (signal) =>
        runBatchExport(state, exportRequest, batchLayer, prepared.layout, {
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
  }

  function exportLargest(problem: ExportSizeProblem) {
    const size = fallbackSize(choice(), problem.largestFit);
    setPreset('custom');
    setCustom({ width: String(size.width), height: String(size.height), scale: String(size.pixelRatio) });
    void download({ requestOverrides: { size } });
  }

  function exportTiled(problem: ExportSizeProblem) {
    if (problem.tiledPossible) {
      void download({ tiled: true });
      return;
    }
    if (!problem.largestTiledFit) return;
    const size = fallbackSize(choice(), problem.largestTiledFit);
    setPreset('custom');
    setCustom({ width: String(size.width), height: String(size.height), scale: String(size.pixelRatio) });
    void download({ tiled: true, requestOverrides: { size } });
  }

  const problem = status.kind === 'problem' ? status.problem : null;
  const tiledTarget = problem
    ? problem.tiledPossible
      ? resolvedSize(choice())
      : problem.largestTiledFit
    : null;
  const copyReason = canCopyImages() ? null : t('export.copyUnavailable');
  const layout = preview?.layout ?? null;
  const area = open ? document.querySelector('.map-area') : null;
  const fitScale =
    layout && area && area.clientWidth > 0 && area.clientHeight > 0
      ? scaleToFit(layout, { width: area.clientWidth, height: area.clientHeight })
      : null;
  const offerFit = layout && fitScale !== null && fitScale > layout.pixelRatio;

  return (
    <>
      <dialog
        ref={dialog}
        className="export-dialog"
        onClose={() => {
          cancel();
          setOpen(false);
        }}
        aria-labelledby="export-title"
        data-testid="export-dialog"
        data-layout={lastLayout ? JSON.stringify(layoutRects(lastLayout)) : undefined}
      >
        <h2 id="export-title">{t('export.dialogTitle')}</h2>
        <div className="export-grid">
          <label>
            {t('export.preset')}
            <select
              value={preset}
              onChange={(event) => setPreset(event.target.value as ExportPresetId | 'custom')}
              data-testid="export-preset"
              disabled={busy}
            >
              {EXPORT_PRESETS.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label[lang]}
                </option>
              ))}
              <option value="custom">{t('export.custom')}</option>
            </select>
          </label>
          {preset === 'custom' && (
            <div className="export-custom">
              {(['width', 'height', 'scale'] as const).map((key) => (
                <label key={key}>
                  {t(`export.${key}`)}
                  <input
                    type="number"
                    min={key === 'scale' ? 0.25 : 1}
                    step={key === 'scale' ? 0.25 : 1}
                    value={custom[key]}
                    onChange={(event) => setCustom({ ...custom, [key]: event.target.value })}
                    data-testid={`export-${key}`}
                    disabled={busy}
                  />
                </label>
              ))}
            </div>
          )}
          <label>
            {t('export.format')}
            <select
              value={format}
              onChange={(event) => setFormat(event.target.value as ExportFormat)}
              data-testid="export-format"
              disabled={busy}
            >
              <option value="png">PNG</option>
              <option value="jpeg">JPEG</option>
              <option value="pdf">PDF</option>
            </select>
          </label>
          <label>
            {t('export.mapTitle')}
            <input
              value={title}
              onChange={(event) => setTitle(event.target.value)}
              data-testid="export-title"
              disabled={busy}
            />
          </label>
          <label>
            {t('export.mapSubtitle')}
            <input
              value={subtitle}
              onChange={(event) => setSubtitle(event.target.value)}
              data-testid="export-subtitle"
              disabled={busy}
            />
          </label>
        </div>
        {preview && (
          <p className="export-summary muted" data-testid="export-summary">
            {t('export.summary', {
              width: preview.size.width,
              height: preview.size.height,
              dpi: Math.round(preview.size.dpi),
              mapWidth: preview.layout.map.width,
              mapHeight: preview.layout.map.height,
            })}
          </p>
        )}
        {offerFit && (
          <button
            type="button"
            className="link"
            onClick={() => {
              setPreset('custom');
              setCustom({
                width: String(layout.output.width),
                height: String(layout.output.height),
                scale: String(fitScale),
              });
            }}
            disabled={busy}
            data-testid="export-fit-scale"
          >
            {t('export.fitScale', { scale: fitScale })}
          </button>
        )}
        <div className="export-actions">
          <button
            type="button"
            className="export-primary"
            onClick={() => void download()}
            disabled={busy}
            data-testid="export-run"
          >
            {t('export.run')}
          </button>
          <button
            type="button"
            onClick={copy}
            disabled={busy || copyReason !== null}
            title={copyReason ?? undefined}
            data-testid="export-copy"
          >
            {t('export.copy')}
          </button>
          <button
            type="button"
            onClick={() => {
              setOpen(false);
              setPresentation(true);
            }}
            disabled={busy}
            data-testid="export-presentation"
          >
            {t('export.presentation')}
          </button>
        </div>
        {copyReason && <p className="muted">{copyReason}</p>}
        {problem && (
          <div className="export-problem" role="alert">
            <p data-testid="export-problem">{describeSizeProblem(problem, lang)}</p>
            {problem.largestFit.width > 0 && (
              <button type="button" onClick={() => exportLargest(problem)} data-testid="export-largest">
                {t('export.largest', problem.largestFit as unknown as Record<string, number>)}
              </button>
            )}
            {tiledTarget && (
              <button type="button" onClick={() => exportTiled(problem)} data-testid="export-tiled">
                {t('export.tiled', { width: tiledTarget.width, height: tiledTarget.height })}
              </button>
            )}
          </div>
        )}
        <ExportProgress status={status} onCancel={cancel} />
        <fieldset className="export-batch">
          <legend>{t('export.batchTitle')}</legend>
          <label>
            {t('export.batchLayer')}
            <select
              value={batchLayer}
              onChange={(event) => setBatchLayer(event.target.value as BatchLayer)}
              data-testid="export-batch-layer"
              disabled={busy}
            >
              {BATCH_LAYERS.map((id) => (
                <option key={id} value={id}>
                  {t(`layer.${id}`)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            onClick={() => void runBatch()}
            disabled={busy}
            data-testid="export-batch-run"
          >
            {t('export.batchRun')}
          </button>
          <p className="muted">{t('export.batchHint')}</p>
        </fieldset>
        <form method="dialog">
          <button type="submit" data-testid="export-close">
            {t('export.close')}
          </button>
        </form>
      </dialog>
      {open && layout && <ExportFrame layout={layout} />}
      {presentation && (
        <button
          type="button"
          className="export-presentation-exit"
          onClick={() => setPresentation(false)}
          data-testid="export-presentation-exit"
        >
          {t('export.presentationExit')}
        </button>
      )}
    </>
  );
}

function resolvedSize(choice: ExportSizeChoice) {
  if (choice.kind === 'custom') return { width: choice.width, height: choice.height };
  const preset = EXPORT_PRESETS.find((candidate) => candidate.id === choice.presetId);
  return preset ? { width: preset.width, height: preset.height } : null;
}

/** The rectangles tests and diagnostics read from `data-layout` after an export. */
function layoutRects(layout: Layout) {
  const { output, titleBand, map, legend, footer, scaleBar, northArrow, stamp } = layout;
  return { output, titleBand, map, legend, footer, scaleBar, northArrow, stamp };
}
