/**
 * Weighted random choice over a fixed list by binary search on cumulative weights: O(log n) per
 * draw, so a million draws over a thousand municipalities stay fast.
 */
import type { RandomSource } from '../../src/geo/seeded-random.ts';

/**
 * Returns a function that picks an index with probability proportional to `weights`.
 * Throws when no weight is positive.
 *
 * @example
 * const pick = weightedPicker([1, 0, 3]);
 * pick(seededRandom(1)); // 0 or 2, 2 three times as often
 */
export function weightedPicker(weights: readonly number[]): (random: RandomSource) => number {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((weight, index) => {
    total += Math.max(0, weight);
    cumulative[index] = total;
  });
  if (!(total > 0)) throw new Error('weightedPicker: no positive weight');
  return (random) => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle] > target) high = middle;
      else low = middle + 1;
    }
    return low;
  };
}
