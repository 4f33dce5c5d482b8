/**
 * Makes a polygon geometry RFC 7946-conformant for writing: coordinates rounded to 5 decimals,
 * outer rings counter-clockwise and holes clockwise (via @mapbox/geojson-rewind), consecutive
 * duplicate positions removed. Returns a new geometry; the input is not mutated.
 */
import rewind from '@mapbox/geojson-rewind';
import type { MultiPolygon, Polygon, Position } from 'geojson';

const SCALE = 1e5;

/** Rounds one coordinate to 5 decimals (integer / 1e5 prints as its shortest decimal form). */
export function roundCoordinate(value: number): number {
  const rounded = Math.round(value * SCALE) / SCALE;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/**
 * @example
 * finalizeGeometry({ type: 'Polygon', coordinates: [[[0, 0], [0, 1], [1, 0], [0, 0]]] })
 * // => counter-clockwise: [[[0, 0], [1, 0], [0, 1], [0, 0]]]
 */
export function finalizeGeometry<G extends Polygon | MultiPolygon>(geometry: G): G {
  const ring = (positions: Position[]) =>
    dedupe(positions.map(([x, y]) => [roundCoordinate(x), roundCoordinate(y)]));
  const copy =
    geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: geometry.coordinates.map(ring) }
      : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon) => polygon.map(ring)) };
  return rewind(copy, false) as G;
}

function dedupe(positions: Position[]): Position[] {
  return positions.filter(
    (position, index) =>
      index === 0 || position[0] !== positions[index - 1][0] || position[1] !== positions[index - 1][1],
  );
}
