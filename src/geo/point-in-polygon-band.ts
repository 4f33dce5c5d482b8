import { ON_BOUNDARY, segmentCrossing } from './segment-crossing';
import type { ZoneIndex } from './zone-index-types';

/**
 * The exact point-in-polygon test of the grid path: the same per-segment rule as
 * `pointInPolygonRings` (point-in-polygon-hao; a point on a boundary is inside), scanning only
 * the segments of the polygon's band for grid row `row` (see `buildSegmentBands`). Segments
 * whose y-range misses the point add nothing under that rule, so the answer is identical.
 *
 * @example
 * const row = Math.floor((y - index.grid.minY) / index.grid.cellSize);
 * pointInPolygonBand(index, polygon, row, x, y); // same as pointInPolygonRings(index, polygon, x, y)
 */
export function pointInPolygonBand(
  index: ZoneIndex,
  polygon: number,
  row: number,
  x: number,
  y: number,
): boolean {
  const { coords } = index;
  const { bandStart, bandSegments } = index.grid;
  const band = index.grid.polygonBandBase[polygon] + row - index.grid.polygonRow0[polygon];
  let crossings = 0;
  for (let k = bandStart[band]; k < bandStart[band + 1]; k++) {
    const v = bandSegments[k];
    const u1 = coords[2 * v] - x;
    const v1 = coords[2 * v + 1] - y;
    const u2 = coords[2 * v + 2] - x;
    const v2 = coords[2 * v + 3] - y;
    const crossing = segmentCrossing(u1, v1, u2, v2);
    if (crossing === ON_BOUNDARY) return true;
    crossings += crossing;
  }
  return crossings % 2 === 1;
}
