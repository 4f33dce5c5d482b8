/**
 * The export dialog (issue 4): preset or custom size, format, title and subtitle, a live frame on
 * the map, a size check before anything renders (with "largest possible size" and "tiled render"
 * when the device cannot do it — never a silent clamp), progress with cancel, download, copy to
 * the clipboard, the per-zone batch ("atlas") as a ZIP, and presentation mode.
 *
 * Opened from the header or with Ctrl/Cmd+Shift+E. Uses only store state and the chosen preset,
 * so the same link gives the same image. The form lives in `export/use-export-form`, what the
 * buttons do in `export/use-export-actions`.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { Layout } from '../export/layout';
import { getPreset } from '../export/presets';
import { prepareExport, stateView } from '../export/run-export';
import type { ExportSizeChoice } from '../export/types';
import { useAtlasStore } from '../state/store';
import { canCopyImages } from './download';
import { ExportBatch } from './export/ExportBatch';
import { ExportFields } from './export/ExportFields';
import { ExportFrame, scaleToFit } from './export/ExportFrame';
import { ExportProblem } from './export/ExportProblem';
import { ExportProgress } from './export/ExportProgress';
import { useExportActions } from './export/use-export-actions';
import { useExportForm } from './export/use-export-form';
import { useExportShortcuts } from './export/use-export-shortcuts';
import { useExportTask } from './export/use-export-task';
import { useT } from './use-t';

/** Limits that never refuse: the frame preview only needs the layout. */
const NO_LIMITS = {
  maxCanvasSize: [1e9, 1e9] as [number, number],
  maxRenderbufferSize: 1e9,
  maxCanvasArea: 1e18,
};

export function ExportDialog() {
  const { t, lang } = useT();
  const open = useAtlasStore((s) => s.exportOpen);
  const setOpen = useAtlasStore((s) => s.setExportOpen);
  const presentation = useAtlasStore((s) => s.presentation);
  const setPresentation = useAtlasStore((s) => s.setPresentation);
  // Re-render the preview when what shapes the frame changes.
  const visible = useAtlasStore((s) => s.visible);
  const cocaYear = useAtlasStore((s) => s.settings.cocaYear);
  const dialog = useRef<HTMLDialogElement>(null);
  const form = useExportForm(lang);
  const task = useExportTask();
  const { status, setStatus, busy, cancel } = task;
  const actions = useExportActions(form, task);
  useExportShortcuts();

  // biome-ignore lint/correctness/useExhaustiveDependencies: the form is refilled on opening only
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      form.fillTitles(stateView(useAtlasStore.getState()));
      setStatus({ kind: 'idle' });
      element.showModal?.();
    }
    if (!open && element.open) element.close?.();
  }, [open, setStatus]);

  // The frame preview: layout of the current choice (null while the size is invalid).
  // biome-ignore lint/correctness/useExhaustiveDependencies: visible and cocaYear change the legend
  const preview = useMemo(() => {
    if (!open) return null;
    const prepared = prepareExport(useAtlasStore.getState(), form.request(), NO_LIMITS, '2000-01-01');
    return prepared.ok ? prepared : null;
  }, [open, form.preset, form.custom, form.subtitle, lang, visible, cocaYear, form.format, form.title]);

  const problem = status.kind === 'problem' ? status.problem : null;
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
        data-layout={actions.lastLayout ? JSON.stringify(layoutRects(actions.lastLayout)) : undefined}
      >
        <h2 id="export-title">{t('export.dialogTitle')}</h2>
        <ExportFields form={form} busy={busy} />
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
            onClick={() => form.switchToCustom({ ...layout.output, pixelRatio: fitScale })}
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
            onClick={() => void actions.download()}
            disabled={busy}
            data-testid="export-run"
          >
            {t('export.run')}
          </button>
          <button
            type="button"
            onClick={actions.copy}
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
          <ExportProblem
            problem={problem}
            tiledTarget={problem.tiledPossible ? outputSize(form.choice()) : problem.largestTiledFit}
            onLargest={() => actions.exportLargest(problem)}
            onTiled={() => actions.exportTiled(problem)}
          />
        )}
        <ExportProgress status={status} onCancel={cancel} />
        <ExportBatch
          layer={form.batchLayer}
          onLayer={form.setBatchLayer}
          onRun={() => void actions.runBatch()}
          busy={busy}
        />
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

/** The output size of a choice, in pixels. */
function outputSize(choice: ExportSizeChoice) {
  const { width, height } = choice.kind === 'custom' ? choice : getPreset(choice.presetId);
  return { width, height };
}

/** The rectangles tests and diagnostics read from `data-layout` after an export. */
function layoutRects(layout: Layout) {
  const { output, titleBand, map, legend, footer, scaleBar, northArrow, stamp } = layout;
  return { output, titleBand, map, legend, footer, scaleBar, northArrow, stamp };
}
