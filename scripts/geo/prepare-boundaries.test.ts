import { area } from '@turf/turf';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { AreaFeature } from './area-feature.ts';
import { prepareBoundaries, simplifyInterval } from './prepare-boundaries.ts';
import { ringSignedArea } from './validate-geometry.ts';

/** A shared border at lon -74 from lat 4 to 4.1, zigzagging ±0.0002° (≈ 22 m) every 0.001°. */
const border: Position[] = Array.from({ length: 101 }, (_, i) => [-74 + (i % 2 ? 0.0002 : 0), 4 + i * 0.001]);
const unit = (divipola: string, outer: number): AreaFeature => ({
  type: 'Feature',
  properties: { divipola },
  geometry: {
    type: 'Polygon',
    coordinates: [[...border, [outer, 4.1], [outer, 4], border[0]]],
  },
});
const rectangle = (divipola: string, west: number): AreaFeature => ({
  type: 'Feature',
  properties: { divipola },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [west, 0],
        [west + 1, 0],
        [west + 1, 1],
        [west, 1],
        [west, 0],
      ],
    ],
  },
});
const key = ([x, y]: Position) => `${x},${y}`;
const borderVertices = (feature: AreaFeature) =>
  (feature.geometry.coordinates[0] as Position[]).filter(([x]) => x > -74.001 && x < -73.999).map(key);

describe('prepareBoundaries', () => {
  it('merges features that share a code, sorts by code and writes RFC 7946 winding', async () => {
    const { municipalities } = await prepareBoundaries({
      municipalities: [rectangle('99773', 0), rectangle('99773', 1), rectangle('05001', 5)],
      departments: null,
    });
    expect(municipalities.map((item) => item.properties)).toEqual([
      { divipola: '05001' },
      { divipola: '99773' },
    ]);
    const ring = municipalities[1].geometry.coordinates[0] as Position[];
    expect(ringSignedArea(ring)).toBeGreaterThan(0);
    expect(ringSignedArea(ring) / 2).toBeCloseTo(2, 6);
  });

  it('simplifies a shared border once, identically on both sides, keeping each area within 1%', async () => {
    const west = unit('11001', -74.1);
    const east = unit('25001', -73.9);
    const { municipalities } = await prepareBoundaries({ municipalities: [west, east], departments: null });
    const [a, b] = municipalities;
    expect(borderVertices(a).length).toBeLessThan(border.length / 2);
    expect(new Set(borderVertices(a))).toEqual(new Set(borderVertices(b)));
    expect(Math.abs(area(a) / area(west) - 1)).toBeLessThan(0.01);
    expect(Math.abs(area(b) / area(east) - 1)).toBeLessThan(0.01);
  });

  it('simplifies department borders that coincide with municipal ones the same way', async () => {
    const { municipalities, departments } = await prepareBoundaries({
      municipalities: [unit('11001', -74.1), unit('25001', -73.9)],
      departments: [
        { ...unit('11', -74.1), properties: { divipola: '11' } },
        { ...unit('25', -73.9), properties: { divipola: '25' } },
      ],
    });
    expect(departments?.map((item) => item.properties.divipola)).toEqual(['11', '25']);
    expect(new Set(borderVertices(departments?.[0] as AreaFeature))).toEqual(
      new Set(borderVertices(municipalities[0])),
    );
  });

  it('grows the tolerance with the square root of the area, up to 500 m', () => {
    expect(simplifyInterval(16)).toBe(80);
    expect(simplifyInterval(400)).toBe(400);
    expect(simplifyInterval(3611.5)).toBe(500);
  });
});
