/**
 * Turns parsed features (GeoJSON, KML, GPX, shapefile) into the rows every later step reads: the
 * columns are the union of property names in order of first appearance, each row keeps its
 * geometry, and row numbers are the 1-based feature positions.
 *
 * @example
 * const { headers, batches } = featureRows([{ type: 'Feature', properties: { name: 'A' }, geometry: null }]);
 * headers // => ['name']
 */
import type { Feature, Geometry } from 'geojson';
import { type CellValue, toCellValue } from './cell-value';
import { BATCH_ROWS, type BatchOptions, type RowBatch, throwIfAborted, uniqueHeaders } from './opened-source';

export function featureRows(features: readonly Feature[]): {
  headers: string[];
  batches: (options?: BatchOptions) => AsyncGenerator<RowBatch>;
} {
  const names: string[] = [];
  const known = new Set<string>();
  for (const feature of features) {
    for (const name of Object.keys(feature.properties ?? {})) {
      if (!known.has(name)) {
        known.add(name);
        names.push(name);
      }
    }
  }
  const headers = uniqueHeaders(names);
  async function* batches(options: BatchOptions = {}): AsyncGenerator<RowBatch> {
    for (let start = 0; start < features.length; start += BATCH_ROWS) {
      throwIfAborted(options.signal);
      const slice = features.slice(start, start + BATCH_ROWS);
      yield {
        rowNumbers: slice.map((_, offset) => start + offset + 1),
        rows: slice.map((feature) => names.map((name): CellValue => toCellValue(feature.properties?.[name]))),
        geometries: slice.map((feature) => (feature.geometry ?? null) as Geometry | null),
      };
      options.onProgress?.(Math.min(1, (start + slice.length) / features.length));
    }
  }
  return { headers, batches };
}
