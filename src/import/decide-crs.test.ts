import { describe, expect, it } from 'vitest';
import { decideCrs } from './decide-crs';

describe('decideCrs', () => {
  it('reads undeclared degrees as WGS84', () => {
    expect(
      decideCrs(
        [
          [-75.35, 7.58],
          [-72.8, 8.08],
        ],
        null,
      ),
    ).toEqual({ crs: 'EPSG:4326', swap: null });
  });

  it('keeps degrees when one row has latitude 107', () => {
    expect(
      decideCrs(
        [
          [-75.35, 7.58],
          [-72.8, 107],
        ],
        null,
      ),
    ).toEqual({ crs: 'EPSG:4326', swap: null });
  });

  it('asks about undeclared projected numbers, CTM12 first for CTM12-sized ones', () => {
    const decision = decideCrs([[4_880_000, 2_070_000]], null);
    expect(decision).toEqual({
      question: {
        candidates: ['EPSG:9377', 'EPSG:3114', 'EPSG:3115', 'EPSG:3116', 'EPSG:3117', 'EPSG:3118'],
        example: [4_880_000, 2_070_000],
      },
      swap: null,
    });
  });

  it('puts the Gauss–Krüger zones that fit first for Bogotá-zone numbers', () => {
    const decision = decideCrs([[1_000_000, 1_000_000]], null);
    expect('question' in decision && decision.question.candidates[0]).not.toBe('EPSG:9377');
    expect('question' in decision && decision.question.candidates).toContain('EPSG:3116');
  });

  it('uses a declared system and refuses an unsupported one', () => {
    expect(decideCrs([[4_880_000, 2_070_000]], { crs: 'EPSG:9377' })).toEqual({
      crs: 'EPSG:9377',
      swap: null,
    });
    expect(decideCrs([[500_000, 900_000]], { problem: 'EPSG:32618 is not a supported CRS' })).toEqual({
      unsupported: 'EPSG:32618 is not a supported CRS',
    });
  });

  it('offers the swap fix when positions fall in Colombia only with x and y exchanged', () => {
    expect(
      decideCrs(
        [
          [7.58, -75.35],
          [8.08, -72.8],
          [1.6, -78.6],
        ],
        null,
      ),
    ).toEqual({
      crs: 'EPSG:4326',
      swap: { inside: 3, sampled: 3 },
    });
  });
});
