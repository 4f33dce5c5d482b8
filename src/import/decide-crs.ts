/**
 * Decides the coordinate system of a file's positions, or asks. A declared system (`.prj`,
 * GeoJSON `crs`) is recognised through `src/geo/crs`; a declaration the atlas does not support
 * refuses the file. Undeclared degrees are WGS84. Undeclared projected numbers are never
 * guessed: the answer is a question listing the Colombian systems, the plausible ones first
 * (`plausibleCrs` on the median position). Positions are degrees when at least half of them fit
 * degree ranges (so one latitude 107 among them does not make a file projected). Either way, positions that fall in Colombia only with
 * x and y exchanged suggest the swap fix.
 *
 * @example
 * decideCrs([[4_880_000, 2_070_000]], null)
 * // => { question: { candidates: ['EPSG:9377', 'EPSG:3114', …], example: [4880000, 2070000] }, swap: null }
 * decideCrs([[4.6, -74.1]], null) // => { crs: 'EPSG:4326', swap: { inside: 1, sampled: 1 } }
 */
import { COLOMBIAN_CRS, type CrsCode } from '../geo/crs/colombian-crs';
import { plausibleCrs } from '../geo/crs/plausible-crs';
import type { CrsRecognition } from '../geo/crs/recognise-crs';
import { reprojector } from '../geo/crs/reprojector';
import { insideColombia } from './sample-positions';

interface SwapEvidence {
  /** Sampled positions inside Colombia only when swapped. */
  inside: number;
  sampled: number;
}

export type CrsDecision =
  | { crs: CrsCode; swap: SwapEvidence | null }
  | { question: { candidates: CrsCode[]; example: [number, number] }; swap: SwapEvidence | null }
  | { unsupported: string };

export function decideCrs(
  positions: readonly [number, number][],
  declared: CrsRecognition | null,
): CrsDecision {
  if (declared && 'problem' in declared && declared.problem !== 'no CRS declared') {
    return { unsupported: declared.problem };
  }
  if (declared && 'crs' in declared)
    return { crs: declared.crs, swap: swapEvidence(positions, declared.crs) };
  if (positions.length === 0) return { crs: 'EPSG:4326', swap: null };
  const projectedNumbers = positions.filter(([x, y]) => Math.abs(x) > 180 || Math.abs(y) > 90);
  if (projectedNumbers.length * 2 <= positions.length) {
    return { crs: 'EPSG:4326', swap: swapEvidence(positions, 'EPSG:4326') };
  }
  const median = medianPosition(projectedNumbers);
  const direct = plausibleCrs([median]);
  const swapped = direct.length === 0 ? plausibleCrs([[median[1], median[0]]]) : [];
  const projected = COLOMBIAN_CRS.filter((crs) => crs.projection !== null).map((crs) => crs.code);
  const first = direct.length > 0 ? direct : swapped;
  return {
    question: {
      candidates: [...first, ...projected.filter((code) => !first.includes(code))],
      example: median,
    },
    swap: swapped.length > 0 ? { inside: positions.length, sampled: positions.length } : null,
  };
}

/** Evidence for the swap fix: most positions in Colombia only with x and y exchanged. */
function swapEvidence(positions: readonly [number, number][], crs: CrsCode): SwapEvidence | null {
  const toLonLat = reprojector(crs);
  let asIs = 0;
  let swapped = 0;
  for (const [x, y] of positions) {
    if (insideColombia(...toLonLat(x, y))) asIs++;
    else if (insideColombia(...toLonLat(y, x))) swapped++;
  }
  return swapped > asIs && swapped >= positions.length / 2
    ? { inside: swapped, sampled: positions.length }
    : null;
}

function medianPosition(positions: readonly [number, number][]): [number, number] {
  const middle = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return [middle(positions.map((p) => p[0])), middle(positions.map((p) => p[1]))];
}
