import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/geo/seeded-random.ts';
import { distributeCapped } from './distribute-capped.ts';

describe('distributeCapped', () => {
  it('pins heavy parts to the cap and re-shares the rest', () => {
    expect(distributeCapped(250, [5, 1, 1, 1], 100)).toEqual([100, 50, 50, 50]);
  });

  it('sums exactly to the total with every part in [0, cap]', () => {
    const random = seededRandom(3);
    for (let trial = 0; trial < 200; trial++) {
      const weights = Array.from({ length: 1 + Math.floor(random() * 40) }, () => random() ** 4);
      const total = Math.floor(random() * weights.length * 1000);
      const parts = distributeCapped(total, weights, 1000);
      expect(parts.reduce((sum, part) => sum + part, 0)).toBe(total);
      expect(parts.every((part) => Number.isInteger(part) && part >= 0 && part <= 1000)).toBe(true);
    }
  });

  it('throws when the total does not fit', () => {
    expect(() => distributeCapped(301, [1, 1, 1], 100)).toThrow(/cannot fit/);
  });
});
