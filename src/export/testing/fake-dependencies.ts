/**
 * In-memory stand-ins for the browser parts of the export (MapLibre render, canvases), for node
 * tests of `exportImage` and `exportBatch`. Encoded images are real PNGs made with pngjs.
 */
import { PNG } from 'pngjs';
import type { ExportDependencies } from '../export-image';
import { mapCanvasSize } from '../layout';
import type { OffscreenMapRequest } from '../render-map-offscreen';
import type { Size } from '../types';
import { RecordingContext } from './recording-context';

export function blankPng(size: Size): Uint8Array {
  return new Uint8Array(PNG.sync.write(new PNG({ width: size.width, height: size.height })));
}

export interface FakeDependencies extends ExportDependencies {
  mapRequests: OffscreenMapRequest[];
  tiledRequests: OffscreenMapRequest[];
  pages: RecordingContext[];
}

export function fakeDependencies(
  options: { onRender?: (request: OffscreenMapRequest) => void } = {},
): FakeDependencies {
  const mapRequests: OffscreenMapRequest[] = [];
  const tiledRequests: OffscreenMapRequest[] = [];
  const pages: RecordingContext[] = [];
  const fakeCanvas = (request: OffscreenMapRequest) =>
    ({ ...mapCanvasSize(request.cssSize, request.pixelRatio), fake: 'map' }) as unknown as HTMLCanvasElement;
  return {
    mapRequests,
    tiledRequests,
    pages,
    renderMap: async (request) => {
      mapRequests.push(request);
      options.onRender?.(request);
      return fakeCanvas(request);
    },
    renderMapTiled: async (request) => {
      tiledRequests.push(request);
      return fakeCanvas(request);
    },
    createCanvas: (size) => {
      const context = new RecordingContext();
      pages.push(context);
      return {
        ...size,
        context,
        image: {} as CanvasImageSource,
        // A tiny PNG stands in for the page: encoding speed is not under test.
        encode: async () => blankPng({ width: 4, height: 3 }),
      };
    },
    encodeMap: async (canvas) => blankPng({ width: canvas.width, height: canvas.height }),
  };
}
