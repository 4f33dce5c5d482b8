/**
 * Separates MultiPolygon parts that touch at a single shared vertex. Simple-features validity
 * (JTS/GEOS) accepts such touches, but turf (`kinks`, `booleanValid`) reports them as
 * self-intersections. Natural Earth's Venezuela has one after clipping, and mapshaper `-clean`
 * keeps such touches, so every written layer goes through this step. We move the shared vertex of the smaller
 * part one grid step (1e-5°, ≈ 1 m) towards the midpoint of its neighbours, i.e. into that part,
 * so both validators accept the result. Returns a new geometry; the input is not mutated.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { ringSignedArea } from './validate-geometry.ts';

const STEP = 1e-5;

/**
 * @example
 * separateTouchingParts(twoSquaresTouchingAtACorner) // the smaller square's corner moved ~1 m inwards
 */
export function separateTouchingParts<G extends Polygon | MultiPolygon>(geometry: G): G {
  if (geometry.type !== 'MultiPolygon') return geometry;
  const parts = geometry.coordinates.map((polygon) =>
    polygon.map((ring) => ring.map((position) => [...position])),
  );
  const owners = new Map<string, number[]>();
  parts.forEach((polygon, partIndex) => {
    for (const position of polygon[0].slice(0, -1)) {
      const key = position.join(',');
      owners.set(key, [...(owners.get(key) ?? []), partIndex]);
    }
  });
  const size = (partIndex: number) => Math.abs(ringSignedArea(parts[partIndex][0]));
  for (const [key, partIndexes] of owners) {
    const distinct = [...new Set(partIndexes)];
    if (distinct.length < 2) continue;
    const smaller = distinct.reduce((best, candidate) => (size(candidate) < size(best) ? candidate : best));
    nudgeVertex(parts[smaller][0], key);
  }
  return { type: 'MultiPolygon', coordinates: parts } as G;
}

/** Moves every occurrence of the vertex `key` in a closed ring one step towards its neighbours. */
function nudgeVertex(ring: Position[], key: string): void {
  const count = ring.length - 1;
  for (let index = 0; index < count; index += 1) {
    if (ring[index].join(',') !== key) continue;
    const previous = ring[(index - 1 + count) % count];
    const next = ring[(index + 1) % count];
    const [x, y] = ring[index];
    const [dx, dy] = [(previous[0] + next[0]) / 2 - x, (previous[1] + next[1]) / 2 - y];
    const length = Math.hypot(dx, dy) || 1;
    const moved = [round(x + Math.round(dx / length) * STEP), round(y + Math.round(dy / length) * STEP)];
    ring[index] = moved;
    if (index === 0) ring[count] = moved;
  }
}

function round(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}
