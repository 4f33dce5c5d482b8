/**
 * The export dialog's glue between the store and the export core: builds the request, the shared
 * composition, the camera and the style from store state only (so the same link and preset give
 * the same image), checks the size first and runs one export or a per-zone batch. Reads the
 * store's state and the map's style builder (`styleFor`), never the on-screen map.
 */
import { styleFor } from '../map/style-for-state';
import { rankingLegendLabel } from '../state/legend-entries';
import { selectRankingChoropleth } from '../state/ranking-choropleth';
import { type AtlasState, selectUrlState } from '../state/store';
import { decodeUrlState, encodeUrlState } from '../state/url-state';
import { cameraForBBox } from './camera-for-bbox';
import { checkExportSize, type ExportSizeProblem } from './check-export-size';
import { exportBatch } from './export-batch';
import {
  type BatchLayer,
  batchTitle,
  batchZones,
  type ExportStateView,
  sharedComposition,
  visibleLayerIds,
  zoneName,
} from './export-context';
import {
  completeComposition,
  type ExportResult,
  type ExportStage,
  exportImage,
  layoutFor,
} from './export-image';
import type { Layout } from './layout';
import { pruneHiddenLayers } from './prune-hidden-layers';
import { resolveExportSize } from './resolve-export-size';
import type { DeviceLimits, ExportRequest, ExportSize, MapCamera } from './types';

export function stateView(state: AtlasState): ExportStateView {
  return {
    visible: state.visible,
    selection: state.selection,
    customArea: state.customArea,
    filters: state.filters,
    cocaYear: state.settings.cocaYear,
    lang: state.lang,
    manifest: state.manifest,
    catalog: state.catalog,
    ranking: rankingLegend(state),
  };
}

/** The ranking choropleth's legend, exactly as the on-screen legend builds it. */
function rankingLegend(state: AtlasState) {
  const choropleth = selectRankingChoropleth(state);
  return choropleth && { label: rankingLegendLabel(state.lang, state.settings), classes: choropleth.classes };
}

/**
 * The export camera: the store's view as the link carries it (rounded by the URL codec, so the
 * sender and whoever opens the link export the very same frame), flat (tiled renders need pitch 0).
 */
export function cameraFor(state: AtlasState): MapCamera {
  const { view } = decodeUrlState(encodeUrlState(selectUrlState(state))).state;
  return { center: view.center, zoom: view.zoom, bearing: view.bearing, pitch: 0 };
}

export type Prepared =
  | { ok: true; size: ExportSize; layout: Layout }
  | { ok: false; problem: ExportSizeProblem };

/** Resolves the size, lays out the frame and checks the device can render it. */
export function prepareExport(
  state: AtlasState,
  request: ExportRequest,
  limits: DeviceLimits,
  exportDate: string,
  tiled = false,
): Prepared {
  let size: ExportSize;
  try {
    size = resolveExportSize(request.size);
  } catch {
    const { width, height } = request.size.kind === 'custom' ? request.size : { width: 0, height: 0 };
    return {
      ok: false,
      problem: {
        ok: false,
        reason: { key: 'exportSize.invalid', values: { width, height } },
        largestFit: { width: 0, height: 0 },
        scale: 0,
        tiledPossible: false,
        largestTiledFit: null,
      },
    };
  }
  const composition = completeComposition(
    sharedComposition(stateView(state), exportDate),
    request,
    cameraFor(state),
  );
  const layout = layoutFor(size, composition);
  const check = checkExportSize(size, (output) => layoutFor({ ...size, ...output }, composition).map, limits);
  if (!check.ok && !(tiled && check.tiledPossible)) return { ok: false, problem: check };
  return { ok: true, size, layout };
}

export interface RunOptions {
  limits: DeviceLimits;
  exportDate: string;
  tiled?: boolean;
  signal: AbortSignal;
  onStage(stage: ExportStage): void;
}

/** The core's browser parts (loaded lazily with maplibre-gl). */
async function dependencies() {
  return (await import('./browser-dependencies')).browserDependencies;
}

/** One export of the current view. */
export async function runSingleExport(
  state: AtlasState,
  request: ExportRequest,
  options: RunOptions,
): Promise<ExportResult> {
  const view = stateView(state);
  return exportImage(
    {
      request,
      style: pruneHiddenLayers(styleFor(state, { inlinePointData: true })),
      camera: cameraFor(state),
      composition: sharedComposition(view, options.exportDate),
      limits: options.limits,
      naming: {
        zone: zoneName(view) ?? 'colombia',
        layers: visibleLayerIds(view.visible),
      },
      tiled: options.tiled,
    },
    { signal: options.signal, onStage: options.onStage, dependencies: await dependencies() },
  );
}

/** One image per zone of `layer`, each framed to its zone's bbox, as one ZIP. */
export async function runBatchExport(
  state: AtlasState,
  request: ExportRequest,
  layer: BatchLayer,
  layout: Layout,
  options: Omit<RunOptions, 'onStage'> & {
    onProgress(done: number, total: number, zone: string): void;
  },
) {
  const view = stateView(state);
  if (!view.catalog) throw new Error('The zone catalog is not loaded yet.');
  const zones = batchZones(view.catalog, layer).map((zone) => ({
    id: zone.id,
    name: zone.name,
    camera: cameraForBBox(zone.bbox, layout.mapCss, { padding: 24, maxZoom: 14 }),
  }));
  return exportBatch(
    {
      request: { ...request, title: batchTitle(request.title, zoneName(view)) },
      style: pruneHiddenLayers(styleFor(state, { inlinePointData: true })),
      composition: sharedComposition(view, options.exportDate),
      limits: options.limits,
      zones,
      layers: visibleLayerIds(view.visible),
      batchName: layer,
      tiled: options.tiled,
    },
    {
      signal: options.signal,
      dependencies: await dependencies(),
      onProgress: (progress) => options.onProgress(progress.done, progress.total, progress.zone.name),
    },
  );
}
