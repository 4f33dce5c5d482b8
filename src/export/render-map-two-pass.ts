/**
 * Browser-only: the export map renderer the dialog uses. Same contract as `renderMapOffscreen`
 * (exact canvas size or a thrown error, AbortSignal honoured, `setWorkerUrl` called beforehand),
 * made fast enough for software GL by two measures (2 cores, SwiftShader):
 *
 * 1. Two passes: the map loads and settles at a tiny pixel ratio (tiles depend on CSS size and
 *    zoom, not on the ratio), then switches to the requested ratio and draws one full-size frame.
 *    One pass draws ~20 full-size frames while the sources arrive (5760 × 3240: 33–78 s → ~6 s).
 * 2. One off-screen map kept between exports (per antialias setting): a new WebGL context compiles
 *    every shader again (~3–4 s here); a kept map only diffs the style (`setStyle(…, { diff })`),
 *    jumps to the camera and resizes. Batches and repeated exports profit most. After each export
 *    the map drops back to the tiny ratio, so the big drawing buffer is released.
 *
 * From a pixel ratio of 2 it skips multisampling (×2 time at 5760 × 3240 in software GL): the
 * extra pixels already smooth the edges. Candidate to fold into `render-map-offscreen.ts`.
 */
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { type MapEventType, Map as MapLibreMap } from 'maplibre-gl';
import type { ExportDependencies } from './export-image';
import { mapCanvasSize } from './layout';
import type { OffscreenMapRequest } from './render-map-offscreen';
import { renderMapTiled } from './render-map-tiled';

/** Pixel ratio of the loading pass: enough for MapLibre to lay out, cheap to rasterise. */
const LOADING_RATIO = 0.125;
/** Multisampling is used below this output pixel ratio only. */
const ANTIALIAS_BELOW_RATIO = 2;

interface KeptMap {
  map: MapLibreMap;
  container: HTMLDivElement;
}
const kept = new Map<boolean, KeptMap>();

function abortError(): DOMException {
  return new DOMException('Export cancelled', 'AbortError');
}

function waitForIdle(map: MapLibreMap, signal: AbortSignal | undefined, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let lastError = '';
    const onError = (event: MapEventType['error']) => {
      lastError = String(event.error?.message ?? event.error);
    };
    const finish = (error?: Error) => {
      clearTimeout(timer);
      map.off('error', onError);
      map.off('idle', onIdle);
      signal?.removeEventListener('abort', onAbort);
      if (error) reject(error);
      else resolve();
    };
    const onIdle = () => finish();
    const onAbort = () => finish(abortError());
    const timer = setTimeout(
      () =>
        finish(
          new Error(`The export map did not finish rendering in ${timeoutMs / 1000} s. ${lastError}`.trim()),
        ),
      timeoutMs,
    );
    map.on('error', onError);
    signal?.addEventListener('abort', onAbort, { once: true });
    map.once('idle', onIdle);
    map.triggerRepaint();
  });
}

function placeContainer(container: HTMLDivElement, width: number, height: number): void {
  Object.assign(container.style, {
    position: 'fixed',
    left: `${-width - 100}px`,
    top: '0px',
    width: `${width}px`,
    height: `${height}px`,
    pointerEvents: 'none',
  });
}

function keptMap(request: OffscreenMapRequest, antialias: boolean): KeptMap {
  const { cssSize, camera } = request;
  const existing = kept.get(antialias);
  if (existing) {
    placeContainer(existing.container, cssSize.width, cssSize.height);
    existing.map.setPixelRatio(LOADING_RATIO);
    existing.map.resize();
    existing.map.setStyle(request.style as StyleSpecification, { diff: true });
    existing.map.jumpTo({ ...camera });
    return existing;
  }
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  placeContainer(container, cssSize.width, cssSize.height);
  document.body.append(container);
  const map = new MapLibreMap({
    container,
    style: request.style,
    center: camera.center,
    zoom: camera.zoom,
    bearing: camera.bearing,
    pitch: camera.pitch,
    pixelRatio: LOADING_RATIO,
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    maxCanvasSize: [16_384, 16_384],
    canvasContextAttributes: { preserveDrawingBuffer: true, antialias },
  });
  const entry = { map, container };
  kept.set(antialias, entry);
  return entry;
}

function discard(antialias: boolean): void {
  const entry = kept.get(antialias);
  kept.delete(antialias);
  entry?.map.remove();
  entry?.container.remove();
}

/**
 * @example
 * const canvas = await renderMapTwoPass({ style, camera, cssSize: layout.mapCss, pixelRatio: 3 });
 */
export async function renderMapTwoPass(request: OffscreenMapRequest): Promise<HTMLCanvasElement> {
  const { cssSize, pixelRatio, signal } = request;
  const timeoutMs = request.timeoutMs ?? 120_000;
  if (signal?.aborted) throw abortError();
  const expected = mapCanvasSize(cssSize, pixelRatio);
  if (expected.width > 16_384 || expected.height > 16_384) {
    throw new Error(
      `A ${expected.width} × ${expected.height} px map exceeds one WebGL canvas; render it tiled.`,
    );
  }
  const antialias = pixelRatio < ANTIALIAS_BELOW_RATIO;
  const { map } = keptMap(request, antialias);
  try {
    await waitForIdle(map, signal, timeoutMs);
    map.setPixelRatio(pixelRatio);
    await waitForIdle(map, signal, timeoutMs);
    const canvas = map.getCanvas();
    const gl = canvas.getContext('webgl2');
    const buffer = gl
      ? { width: gl.drawingBufferWidth, height: gl.drawingBufferHeight }
      : { width: 0, height: 0 };
    if (canvas.width !== expected.width || canvas.height !== expected.height) {
      throw new Error(
        `Map rendered at ${canvas.width} × ${canvas.height} px instead of ${expected.width} × ${expected.height} px (pixel ratio ${pixelRatio}).`,
      );
    }
    if (buffer.width !== expected.width || buffer.height !== expected.height) {
      throw new Error(
        `The GPU capped the map at ${buffer.width} × ${buffer.height} px instead of ${expected.width} × ${expected.height} px.`,
      );
    }
    const copy = document.createElement('canvas');
    copy.width = expected.width;
    copy.height = expected.height;
    const context = copy.getContext('2d');
    if (!context) throw new Error('Could not create a 2D canvas for the map copy.');
    context.drawImage(canvas, 0, 0);
    map.setPixelRatio(LOADING_RATIO);
    return copy;
  } catch (error) {
    // A cancelled or failed render may leave the kept map mid-load: start afresh next time.
    discard(antialias);
    throw error;
  }
}

/** The export core's browser dependencies with this renderer (tiles too). */
export async function twoPassDependencies(): Promise<ExportDependencies> {
  const { browserDependencies } = await import('./browser-dependencies');
  return {
    ...browserDependencies,
    renderMap: renderMapTwoPass,
    renderMapTiled: (request) => renderMapTiled({ ...request, renderTile: renderMapTwoPass }),
  };
}
