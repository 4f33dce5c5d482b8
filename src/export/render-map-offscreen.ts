/**
 * Browser-only: renders a MapLibre style at an exact pixel size, off-screen, and returns a 2D
 * canvas copy. This is a re-render at the requested size and pixel ratio, not a screenshot of the
 * on-screen map (which it never touches).
 *
 * Preconditions: `setWorkerUrl` has been called once (the map adapter in `src/map` does it at
 * startup); without it GeoJSON sources never draw and the export shows only the background.
 * Invariant: the returned canvas is exactly `round(cssSize × pixelRatio)`; when MapLibre or the
 * browser would give fewer pixels (maxCanvasSize clamp, drawing buffer cap) it throws instead.
 *
 * Fast enough for software GL (2 cores, SwiftShader) by two measures:
 * 1. Two passes: the map loads and settles at a tiny pixel ratio (tiles depend on CSS size and
 *    zoom, not on the ratio), then switches to the requested ratio and draws one full-size frame.
 *    One pass draws ~20 full-size frames while the sources arrive (5760 × 3240: 33–78 s → ~6 s).
 * 2. One off-screen map kept between exports (per antialias setting): a new WebGL context compiles
 *    every shader again (~3–4 s here); a kept map only diffs the style (`setStyle(…, { diff })`),
 *    jumps to the camera and resizes. After each export the map drops back to the tiny ratio, so
 *    the big drawing buffer is released (the WebGL context stays for the session).
 * From a pixel ratio of 2 it skips multisampling (×2 time at 5760 × 3240 in software GL): the
 * extra pixels already smooth the edges.
 */
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { type MapEventType, Map as MapLibreMap } from 'maplibre-gl';
import { mapCanvasSize } from './layout';
import type { MapCamera, Size } from './types';

export interface OffscreenMapRequest {
  style: StyleSpecification;
  camera: MapCamera;
  /** Map size in CSS pixels (integers). */
  cssSize: Size;
  pixelRatio: number;
  signal?: AbortSignal;
  /** Give up when the map is not idle after this long (default 120 s, software GL is slow). */
  timeoutMs?: number;
}

/** Renders a map canvas; `renderMapOffscreen` is the real one, tests may pass another. */
export type RenderMap = (request: OffscreenMapRequest) => Promise<HTMLCanvasElement>;

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
 * const canvas = await renderMapOffscreen({ style, camera, cssSize: layout.mapCss, pixelRatio: 3 });
 */
export async function renderMapOffscreen(request: OffscreenMapRequest): Promise<HTMLCanvasElement> {
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
