import type { FlatPolygons, ZoneGrid } from './zone-index-types';

/** The per-row segment lists of a `ZoneGrid` (see `ZoneIndex`). */
export type SegmentBands = Pick<ZoneGrid, 'polygonRow0' | 'polygonBandBase' | 'bandStart' | 'bandSegments'>;

/**
 * Lists, for every polygon and every grid row its bounds span, the ring segments whose y-range
 * meets that row. A horizontal ray from a point only meets segments whose y-range holds the
 * point's y, all of which are in the point's row band, so the exact test of an edge cell can scan
 * one band instead of every ring. Rows are computed exactly as the grid computes a point's row.
 *
 * @example
 * const bands = buildSegmentBands(flat, { minY: -4.3, cellSize: 0.02, rows: 845 });
 * bands.bandSegments.length; // about the number of segments, a little more for long ones
 */
export function buildSegmentBands(
  flat: FlatPolygons,
  grid: { minY: number; cellSize: number; rows: number },
): SegmentBands {
  const { polygonCount, polygonRingStart, ringStart, coords, polygonBounds } = flat;
  const row = (y: number) =>
    Math.min(grid.rows - 1, Math.max(0, Math.floor((y - grid.minY) / grid.cellSize)));
  const polygonRow0 = new Int32Array(polygonCount);
  const polygonBandBase = new Int32Array(polygonCount);
  const bandStart: number[] = [0];
  const bandSegments: number[] = [];
  for (let p = 0; p < polygonCount; p++) {
    const r0 = row(polygonBounds[4 * p + 1]);
    const height = row(polygonBounds[4 * p + 3]) - r0 + 1;
    polygonRow0[p] = r0;
    polygonBandBase[p] = bandStart.length - 1;
    const bands: number[][] = Array.from({ length: height }, () => []);
    for (let ring = polygonRingStart[p]; ring < polygonRingStart[p + 1]; ring++) {
      for (let v = ringStart[ring]; v < ringStart[ring + 1] - 1; v++) {
        const y1 = coords[2 * v + 1];
        const y2 = coords[2 * v + 3];
        const last = row(Math.max(y1, y2)) - r0;
        for (let band = row(Math.min(y1, y2)) - r0; band <= last; band++) bands[band].push(v);
      }
    }
    for (const band of bands) {
      for (const segment of band) bandSegments.push(segment);
      bandStart.push(bandSegments.length);
    }
  }
  return {
    polygonRow0,
    polygonBandBase,
    bandStart: Int32Array.from(bandStart),
    bandSegments: Int32Array.from(bandSegments),
  };
}
