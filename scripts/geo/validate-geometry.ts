/**
 * Checks a polygon geometry against what the app and RFC 7946 need. Returns a list of problems
 * (empty when valid): closed rings of ≥ 4 positions, ≤ 5 decimals, counter-clockwise outer and
 * clockwise inner rings, simple-features validity (JTS `IsValidOp`, as GEOS: no self-intersection,
 * no overlapping parts, holes inside shells) and no turf `kinks` (stricter: it also rejects
 * MultiPolygon parts touching at a point). JTS comes with @turf/turf (via @turf/jsts).
 */
import { kinks } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import GeoJSONReader from 'jsts/org/locationtech/jts/io/GeoJSONReader.js';
import IsValidOp from 'jsts/org/locationtech/jts/operation/valid/IsValidOp.js';

const reader = new GeoJSONReader();

/** Twice the signed area of a ring (shoelace); positive means counter-clockwise. */
export function ringSignedArea(ring: Position[]): number {
  let sum = 0;
  for (let index = 0; index < ring.length - 1; index += 1) {
    sum += ring[index][0] * ring[index + 1][1] - ring[index + 1][0] * ring[index][1];
  }
  return sum;
}

/**
 * @example
 * validateGeometry({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [0, 1], [0, 0]]] }) // => []
 */
export function validateGeometry(geometry: Polygon | MultiPolygon | null): string[] {
  if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon'))
    return ['not a polygon'];
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const problems: string[] = [];
  for (const [partIndex, rings] of parts.entries()) {
    rings.forEach((ring, ringIndex) => {
      const where = `part ${partIndex} ring ${ringIndex}`;
      const [first, last] = [ring[0], ring[ring.length - 1]];
      if (ring.length < 4) problems.push(`${where}: fewer than 4 positions`);
      if (!first || first[0] !== last[0] || first[1] !== last[1]) problems.push(`${where}: not closed`);
      if (ring.some((position) => position.some((value) => !hasAtMostFiveDecimals(value)))) {
        problems.push(`${where}: more than 5 decimals`);
      }
      const area = ringSignedArea(ring);
      if (ringIndex === 0 && area <= 0) problems.push(`${where}: outer ring not counter-clockwise`);
      if (ringIndex > 0 && area >= 0) problems.push(`${where}: hole not clockwise`);
    });
  }
  if (problems.length > 0) return problems;
  const validity = new IsValidOp(reader.read(geometry));
  if (!validity.isValid()) problems.push(`invalid: ${validity.getValidationError()?.toString()}`);
  const crossings = kinks(geometry).features.map((point) => point.geometry.coordinates.join(','));
  if (crossings.length > 0)
    problems.push(`self-intersection or touching parts at ${[...new Set(crossings)].join('; ')}`);
  return problems;
}

function hasAtMostFiveDecimals(value: number): boolean {
  const text = String(value);
  const dot = text.indexOf('.');
  return !text.includes('e') && (dot === -1 || text.length - dot - 1 <= 5);
}
