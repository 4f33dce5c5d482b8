import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { validateGeometry } from './validate-geometry.ts';

const square = (x: number): number[][] => [
  [x, 0],
  [x + 1, 0],
  [x + 1, 1],
  [x, 1],
  [x, 0],
];

describe('validateGeometry', () => {
  it('accepts a counter-clockwise square', () => {
    expect(validateGeometry({ type: 'Polygon', coordinates: [square(0)] })).toEqual([]);
  });

  it('rejects a clockwise outer ring', () => {
    const polygon: Polygon = { type: 'Polygon', coordinates: [[...square(0)].reverse()] };
    expect(validateGeometry(polygon).join()).toContain('not counter-clockwise');
  });

  it('rejects a self-intersecting (bow-tie) ring', () => {
    const bowTie: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 1],
          [1, 0],
          [0, 1],
          [0, 0],
        ],
      ],
    };
    expect(validateGeometry(bowTie).join()).toMatch(/self-intersection|counter-clockwise/);
  });

  it('rejects more than 5 decimals', () => {
    const polygon: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1.000001, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    };
    expect(validateGeometry(polygon).join()).toContain('more than 5 decimals');
  });

  it('rejects multipolygon parts that touch at one point (turf kinks does)', () => {
    const touching: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[square(0)], [square(1).map(([x, y]) => [x, y + 1])]],
    };
    expect(validateGeometry(touching).join()).toContain('touching parts at 1,1');
  });

  it('rejects overlapping multipolygon parts (JTS validity)', () => {
    const overlapping: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[square(0)], [square(0.5)]],
    };
    expect(validateGeometry(overlapping).join()).toMatch(/invalid|self-intersection/);
  });
});
