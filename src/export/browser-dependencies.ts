/**
 * The browser implementations `exportImage` and `exportBatch` use unless tests pass their own.
 * Loaded lazily so node tests never import maplibre-gl.
 */
import { createExportCanvas, encodeCanvas } from './browser-canvas';
import type { ExportDependencies } from './export-image';
import { renderMapOffscreen } from './render-map-offscreen';
import { renderMapTiled } from './render-map-tiled';

export const browserDependencies: ExportDependencies = {
  renderMap: renderMapOffscreen,
  renderMapTiled,
  createCanvas: createExportCanvas,
  encodeMap: (canvas) => encodeCanvas(canvas, 'image/png'),
};
