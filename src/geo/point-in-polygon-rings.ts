import { ON_BOUNDARY, segmentCrossing } from './segment-crossing';
import type { FlatPolygons } from './zone-index-types';

/**
 * Tests whether a point is inside polygon `polygon` of a flattened layer, counting points on any
 * ring (outer or hole) as inside — the same answer as Turf's `booleanPointInPolygon` with its
 * default `ignoreBoundary: false` (a port of point-in-polygon-hao over flat typed arrays, even-odd
 * over all rings, with an exact orientation test). Rings whose bounds exclude the point are
 * skipped: a closed ring the point is outside of adds an even number of crossings.
 *
 * @example
 * const index = buildZoneIndex(squares);
 * pointInPolygonRings(index, 0, 0.5, 0.5); // true
 */
export function pointInPolygonRings(flat: FlatPolygons, polygon: number, x: number, y: number): boolean {
  const { polygonRingStart, ringStart, coords, ringBounds } = flat;
  let crossings = 0;
  for (let ring = polygonRingStart[polygon]; ring < polygonRingStart[polygon + 1]; ring++) {
    const b = ring * 4;
    if (x < ringBounds[b] || y < ringBounds[b + 1] || x > ringBounds[b + 2] || y > ringBounds[b + 3])
      continue;
    const end = ringStart[ring + 1] - 1;
    let vertex = ringStart[ring];
    let u1 = coords[2 * vertex] - x;
    let v1 = coords[2 * vertex + 1] - y;
    for (; vertex < end; vertex++) {
      const u2 = coords[2 * vertex + 2] - x;
      const v2 = coords[2 * vertex + 3] - y;
      const crossing = segmentCrossing(u1, v1, u2, v2);
      if (crossing === ON_BOUNDARY) return true;
      crossings += crossing;
      u1 = u2;
      v1 = v2;
    }
  }
  return crossings % 2 === 1;
}
