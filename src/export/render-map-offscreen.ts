/**
 * Browser-only: renders a MapLibre style at an exact pixel size, off-screen, and returns a 2D
 * canvas copy. This is a re-render at the requested size and pixel ratio, not a screenshot of the
 * on-screen map (which it never touches).
 *
 * Preconditions: `setWorkerUrl` has been called once (the map adapter in `src/map` does it at
 * startup); without it GeoJSON sources never draw and the export shows only the background.
 * Invariant: the returned canvas is exactly `round(cssSize × pixelRatio)`; when MapLibre or the
 * browser would give fewer pixels (maxCanvasSize clamp, drawing buffer cap) it throws instead.
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
      signal?.removeEventListener('abort', onAbort);
      if (error) reject(error);
      else resolve();
    };
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
    map.once('idle', () => finish());
  });
}

/**
 * @example
 * const canvas = await renderMapOffscreen({ style, camera, cssSize: layout.mapCss, pixelRatio: 2 });
 * canvas.width === layout.map.width; // always, or it threw
 */
export async function renderMapOffscreen(request: OffscreenMapRequest): Promise<HTMLCanvasElement> {
  const { style, camera, cssSize, pixelRatio, signal } = request;
  if (signal?.aborted) throw abortError();
  const expected = mapCanvasSize(cssSize, pixelRatio);
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  Object.assign(container.style, {
    position: 'fixed',
    left: `${-cssSize.width - 100}px`,
    top: '0px',
    width: `${cssSize.width}px`,
    height: `${cssSize.height}px`,
    pointerEvents: 'none',
  });
  document.body.append(container);
  let map: MapLibreMap | null = null;
  try {
    map = new MapLibreMap({
      container,
      style,
      center: camera.center,
      zoom: camera.zoom,
      bearing: camera.bearing,
      pitch: camera.pitch,
      pixelRatio,
      interactive: false,
      attributionControl: false,
      fadeDuration: 0,
      // Above the request, so MapLibre never lowers the pixel ratio; the check below catches
      // any cap the browser or GPU applies instead.
      maxCanvasSize: [Math.max(16_384, expected.width + 1), Math.max(16_384, expected.height + 1)],
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
    });
    await waitForIdle(map, signal, request.timeoutMs ?? 120_000);
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
    return copy;
  } finally {
    map?.remove();
    container.remove();
  }
}
