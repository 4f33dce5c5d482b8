/**
 * Orchestrates one export: resolve the size, lay out the frame, check the device can do it, render
 * the map off-screen at the exact map size and pixel ratio, compose the frame at output resolution,
 * encode (PNG with pHYs dpi, JPEG with JFIF dpi, or PDF with vector text) and name the file.
 *
 * Browser parts (MapLibre, canvases) come in through `ExportDependencies`, so node tests run the
 * whole flow with fakes; by default the browser implementations are loaded lazily.
 */
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { ExportCanvas } from './browser-canvas';
import {
  checkExportSize,
  describeSizeProblem,
  type ExportSizeProblem,
  maxMapSide,
} from './check-export-size';
import { drawComposition } from './draw-composition';
import { legendRows } from './draw-legend';
import { exportFileName } from './file-name';
import { setJpegDpi } from './jpeg-dpi';
import { computeLayout, type Layout } from './layout';
import { setPngDpi } from './png-dpi';
import type { RenderMap } from './render-map-offscreen';
import type { TiledMapRequest } from './render-map-tiled';
import { resolveExportSize } from './resolve-export-size';
import { metersPerCssPixel } from './scale-bar';
import { toPdf } from './to-pdf';
import type { Composition, DeviceLimits, ExportRequest, ExportSize, MapCamera, Size } from './types';

/** Composition parts that do not depend on the request or the camera (shared by a batch). */
export type SharedComposition = Omit<
  Composition,
  'title' | 'subtitle' | 'lang' | 'metersPerPixel' | 'bearing'
>;

export interface ExportImageInput {
  request: ExportRequest;
  style: StyleSpecification;
  camera: MapCamera;
  composition: SharedComposition;
  limits: DeviceLimits;
  /** For the file name: zone name and visible layer ids (or short names). */
  naming: { zone: string; layers: readonly string[] };
  /** The user accepted a tiled render for a map larger than one WebGL canvas. */
  tiled?: boolean;
}

export interface ExportDependencies {
  renderMap: RenderMap;
  renderMapTiled: (request: TiledMapRequest) => Promise<HTMLCanvasElement>;
  createCanvas: (size: Size) => ExportCanvas;
  /** Encodes the map canvas as PNG for the PDF. */
  encodeMap: (canvas: HTMLCanvasElement) => Promise<Uint8Array>;
}

export type ExportStage = 'rendering-map' | 'composing' | 'encoding';

export interface ExportImageOptions {
  signal?: AbortSignal;
  onStage?: (stage: ExportStage) => void;
  dependencies?: ExportDependencies;
}

export interface ExportResult {
  blob: Blob;
  fileName: string;
  size: ExportSize;
}

/** Thrown when the device cannot produce the export; carries the check for the dialog. */
export class ExportSizeError extends Error {
  constructor(
    readonly check: ExportSizeProblem,
    lang: ExportRequest['lang'],
  ) {
    super(describeSizeProblem(check, lang));
    this.name = 'ExportSizeError';
  }
}

const MIME = { png: 'image/png', jpeg: 'image/jpeg', pdf: 'application/pdf' } as const;

/** The full composition for a request and camera. */
export function completeComposition(
  shared: SharedComposition,
  request: ExportRequest,
  camera: MapCamera,
): Composition {
  return {
    ...shared,
    title: request.title,
    subtitle: request.subtitle,
    lang: request.lang,
    metersPerPixel: metersPerCssPixel(camera.center[1], camera.zoom),
    bearing: camera.bearing,
  };
}

/** The layout for a request (what the dialog previews and `checkExportSize` is given). */
export function layoutFor(size: ExportSize, composition: Pick<Composition, 'subtitle' | 'legend'>): Layout {
  return computeLayout(size, {
    pixelRatio: size.pixelRatio,
    hasSubtitle: composition.subtitle !== '',
    legendRows: legendRows(composition.legend).length,
  });
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException('Export cancelled', 'AbortError');
}

/**
 * @example
 * const { blob, fileName } = await exportImage({ request, style, camera, composition, limits, naming });
 */
export async function exportImage(
  input: ExportImageInput,
  options: ExportImageOptions = {},
): Promise<ExportResult> {
  const { request, style, camera, limits, naming, tiled = false } = input;
  const { signal, onStage } = options;
  const dependencies = options.dependencies ?? (await import('./browser-dependencies')).browserDependencies;
  const size = resolveExportSize(request.size);
  const composition = completeComposition(input.composition, request, camera);
  const layout = layoutFor(size, composition);
  const check = checkExportSize(size, (output) => layoutFor({ ...size, ...output }, composition).map, limits);
  if (!check.ok && !(tiled && check.tiledPossible)) throw new ExportSizeError(check, request.lang);
  throwIfAborted(signal);

  onStage?.('rendering-map');
  const mapRequest = { style, camera, cssSize: layout.mapCss, pixelRatio: size.pixelRatio, signal };
  const mapCanvas = check.ok
    ? await dependencies.renderMap(mapRequest)
    : await dependencies.renderMapTiled({ ...mapRequest, maxTileSide: Math.min(...maxMapSide(limits)) });
  throwIfAborted(signal);

  const fileName = exportFileName({ ...naming, date: composition.exportDate, format: request.format });
  if (request.format === 'pdf') {
    onStage?.('encoding');
    const bytes = await toPdf({
      layout,
      composition,
      size,
      mapImage: { bytes: await dependencies.encodeMap(mapCanvas), format: 'PNG' },
    });
    return { blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: MIME.pdf }), fileName, size };
  }

  onStage?.('composing');
  const page = dependencies.createCanvas(size);
  drawComposition(page.context, { layout, composition, mapImage: mapCanvas });
  onStage?.('encoding');
  const encoded = await page.encode(MIME[request.format], request.jpegQuality ?? 0.92);
  const bytes = request.format === 'png' ? setPngDpi(encoded, size.dpi) : setJpegDpi(encoded, size.dpi);
  return {
    blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: MIME[request.format] }),
    fileName,
    size,
  };
}
