import type { MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { separateTouchingParts } from './separate-touching-parts.ts';
import { validateGeometry } from './validate-geometry.ts';

const square = (x: number, y: number) => [
  [x, y],
  [x + 1, y],
  [x + 1, y + 1],
  [x, y + 1],
  [x, y],
];

describe('separateTouchingParts', () => {
  it('moves the shared corner of the smaller part one 1e-5° step inwards', () => {
    const big = [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
    ];
    const touching: MultiPolygon = { type: 'MultiPolygon', coordinates: [[big], [square(2, 2)]] };
    const separated = separateTouchingParts(touching);
    expect(separated.coordinates[0][0]).toEqual(big);
    expect(separated.coordinates[1][0][0]).toEqual([2.00001, 2.00001]);
    expect(separated.coordinates[1][0][4]).toEqual([2.00001, 2.00001]);
    expect(validateGeometry(separated)).toEqual([]);
    expect(touching.coordinates[1][0][0]).toEqual([2, 2]);
  });
});
