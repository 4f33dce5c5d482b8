import { describe, expect, it } from 'vitest';
import { linearScale, linePath, niceTicks } from './scale';

describe('linearScale', () => {
  it('maps the domain onto the range, inverted ranges included', () => {
    const y = linearScale([0, 200], [100, 0]);
    expect(y(0)).toBe(100);
    expect(y(50)).toBe(75);
    expect(y(200)).toBe(0);
  });

  it('maps a zero-width domain to the start of the range', () => {
    expect(linearScale([5, 5], [10, 90])(5)).toBe(10);
  });
});

describe('niceTicks', () => {
  it('covers the national coca maximum with round steps', () => {
    expect(niceTicks(0, 252_572, 5)).toEqual([0, 50_000, 100_000, 150_000, 200_000, 250_000, 300_000]);
  });

  it('uses steps of 1, 2 or 5 × 10^k and ends at or above the maximum', () => {
    expect(niceTicks(0, 8, 4)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(0, 0.7, 3)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(niceTicks(2001, 2024, 5)).toEqual([2000, 2005, 2010, 2015, 2020, 2025]);
  });

  it('gives a usable axis for an all-zero or empty series', () => {
    expect(niceTicks(0, 0)).toEqual([0, 1]);
    expect(niceTicks(Number.NaN, Number.NaN)).toEqual([0, 1]);
  });
});

describe('linePath', () => {
  it('draws one segment per run of known values', () => {
    expect(
      linePath([
        [0, 10],
        [1, null],
        [2, 30],
        [3, 40.456],
      ]),
    ).toBe('M0,10M2,30L3,40.46');
  });

  it('returns an empty path when nothing is known', () => {
    expect(linePath([[0, null]])).toBe('');
  });
});
