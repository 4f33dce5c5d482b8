import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { finalizeGeometry, roundCoordinate } from './finalize-geometry.ts';
import { ringSignedArea } from './validate-geometry.ts';

const clockwise: Polygon = Object.freeze({
  type: 'Polygon',
  coordinates: [
    [
      [-75.123456789, 4.1],
      [-75.123456789, 5.000004],
      [-74, 5.000004],
      [-74, 5.000004],
      [-74, 4.1],
      [-75.123456789, 4.1],
    ],
  ],
}) as Polygon;

describe('finalizeGeometry', () => {
  it('rewinds outer rings counter-clockwise (RFC 7946)', () => {
    expect(ringSignedArea(clockwise.coordinates[0])).toBeLessThan(0);
    expect(ringSignedArea(finalizeGeometry(clockwise).coordinates[0])).toBeGreaterThan(0);
  });

  it('rounds to 5 decimals and drops repeated positions', () => {
    const ring = finalizeGeometry(clockwise).coordinates[0];
    expect(ring).toHaveLength(5);
    expect(ring.flat().every((value) => (String(value).split('.')[1]?.length ?? 0) <= 5)).toBe(true);
    expect(ring).toContainEqual([-75.12346, 5]);
  });

  it('does not mutate its input', () => {
    finalizeGeometry(clockwise);
    expect(clockwise.coordinates[0][0]).toEqual([-75.123456789, 4.1]);
  });

  it('never writes negative zero', () => {
    expect(Object.is(roundCoordinate(-0.000001), 0)).toBe(true);
  });
});
