import { orientSign } from './orient-sign';

/** `segmentCrossing` result: the point lies on the segment. */
export const ON_BOUNDARY = -1;

/**
 * The per-segment rule of point-in-polygon-hao (Turf's `booleanPointInPolygon`), for a segment
 * given relative to the point (u = x − px, v = y − py): `ON_BOUNDARY` when the point is on it, 1
 * when a ray from the point crosses it (counted once at shared vertices), 0 otherwise. Shared by
 * the ring scan and the grid's band scan so both always answer alike.
 *
 * @example
 * segmentCrossing(1, -1, 1, 1); // 1: the segment x = 1 crosses the ray from the origin
 * segmentCrossing(-1, 0, 1, 0); // ON_BOUNDARY
 */
export function segmentCrossing(u1: number, v1: number, u2: number, v2: number): number {
  if (v1 === 0 && v2 === 0) {
    return (u2 <= 0 && u1 >= 0) || (u1 <= 0 && u2 >= 0) ? ON_BOUNDARY : 0;
  }
  if ((v2 >= 0 && v1 <= 0) || (v2 <= 0 && v1 >= 0)) {
    const f = orientSign(u1, v1, u2, v2);
    if (f === 0) return ON_BOUNDARY;
    if ((f > 0 && v2 > 0 && v1 <= 0) || (f < 0 && v2 <= 0 && v1 > 0)) return 1;
  }
  return 0;
}
