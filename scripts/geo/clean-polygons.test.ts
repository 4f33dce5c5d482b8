import { describe, expect, it } from 'vitest';
import { cleanPolygons } from './clean-polygons.ts';
import type { AreaFeature } from './key-amcharts.ts';
import { ringSignedArea } from './validate-geometry.ts';

const square = (divipola: string, x: number): AreaFeature => ({
  type: 'Feature',
  properties: { divipola },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, 0],
        [x, 1],
        [x + 1, 1],
        [x + 1, 0],
        [x, 0],
      ],
    ],
  },
});

describe('cleanPolygons', () => {
  it('merges features that share a code, sorts by code and writes RFC 7946 winding', async () => {
    const cleaned = await cleanPolygons([square('99773', 0), square('99773', 1), square('05001', 5)]);
    expect(cleaned.map((item) => item.properties.divipola)).toEqual(['05001', '99773']);
    expect(cleaned[1].geometry.type).toBe('Polygon');
    const ring = (cleaned[1].geometry.coordinates as number[][][])[0];
    expect(ringSignedArea(ring)).toBeGreaterThan(0);
    expect(ringSignedArea(ring) / 2).toBeCloseTo(2, 6);
  });
});
