/**
 * Small pure helpers for the SVG charts (no chart library): linear scales, "nice" axis ticks and
 * line paths that break at unknown values.
 */

/** A linear map from a domain to a range; a zero-width domain maps to the range's start. */
export function linearScale(
  [domainMin, domainMax]: readonly [number, number],
  [rangeMin, rangeMax]: readonly [number, number],
): (value: number) => number {
  const span = domainMax - domainMin;
  return (value) => (span === 0 ? rangeMin : rangeMin + ((value - domainMin) / span) * (rangeMax - rangeMin));
}

/**
 * Round tick values from `min` (rounded down) up to at least `max`, about `count` of them, at
 * steps of 1, 2 or 5 × 10^k (the choice of d3's ticks). The last tick is ≥ max, so it can serve
 * as the axis maximum.
 *
 * @example
 * niceTicks(0, 252_572, 5); // [0, 50000, 100000, 150000, 200000, 250000, 300000]
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  if (max <= min) return max === 0 ? [0, 1] : [Math.min(0, min), Math.max(0, max)];
  const step = niceStep((max - min) / Math.max(1, count));
  const start = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let value = start; value < max + step * 0.999; value += step) {
    ticks.push(Number(value.toPrecision(12)));
    if (ticks[ticks.length - 1] >= max) break;
  }
  return ticks;
}

function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice =
    fraction >= Math.sqrt(50) ? 10 : fraction >= Math.sqrt(10) ? 5 : fraction >= Math.sqrt(2) ? 2 : 1;
  return nice * power;
}

/**
 * An SVG path through the points, broken at points whose y is null (no line across a gap).
 *
 * @example
 * linePath([[0, 10], [1, null], [2, 30], [3, 40]]); // 'M0,10M2,30L3,40'
 */
export function linePath(points: readonly (readonly [number, number | null])[]): string {
  let path = '';
  let drawing = false;
  for (const [x, y] of points) {
    if (y === null || !Number.isFinite(y)) {
      drawing = false;
      continue;
    }
    path += `${drawing ? 'L' : 'M'}${round(x)},${round(y)}`;
    drawing = true;
  }
  return path;
}

const round = (value: number) => Math.round(value * 100) / 100;
