import { describe, expect, it } from 'vitest';
import { randomInt, seededRandom } from './seeded-random';

describe('seededRandom', () => {
  it('gives the same sequence for the same seed', () => {
    const first = seededRandom(42);
    const second = seededRandom(42);
    const a = Array.from({ length: 5 }, () => first());
    const b = Array.from({ length: 5 }, () => second());
    expect(a).toEqual(b);
  });

  it('gives known values (mulberry32 reference)', () => {
    const random = seededRandom(42);
    expect(random()).toBeCloseTo(0.6011037519201636, 15);
  });

  it('gives different sequences for different seeds, and accepts string seeds', () => {
    expect(seededRandom(1)()).not.toBe(seededRandom(2)());
    expect(seededRandom('bench')()).toBe(seededRandom('bench')());
  });

  it('stays in [0, 1)', () => {
    const random = seededRandom(123);
    for (let index = 0; index < 10_000; index++) {
      const value = random();
      expect(value >= 0 && value < 1).toBe(true);
    }
  });

  it('randomInt covers both ends of the range', () => {
    const random = seededRandom(9);
    const seen = new Set<number>();
    for (let index = 0; index < 1000; index++) seen.add(randomInt(random, 1, 6));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
