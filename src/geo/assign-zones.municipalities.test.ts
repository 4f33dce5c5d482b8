import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { assignZones } from './assign-zones';
import { buildZoneIndex } from './build-zone-index';
import { seededRandom } from './seeded-random';

// Real-data check on the shipped layer (built by `npm run geo:build`); skipped when it is absent.
const path = fileURLToPath(new URL('../../public/geo/municipalities.geojson', import.meta.url));
const present = existsSync(path);

describe.skipIf(!present)('assignZones on public/geo/municipalities.geojson', () => {
  const municipalities = present
    ? (JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection<Polygon | MultiPolygon>)
    : { type: 'FeatureCollection' as const, features: [] };

  function turfAssign(lon: number[], lat: number[]): Int32Array {
    return Int32Array.from(lon, (x, i) =>
      municipalities.features.findIndex((feature: Feature<Polygon | MultiPolygon>) =>
        booleanPointInPolygon([x, lat[i]], feature),
      ),
    );
  }

  it('equals Turf (lowest index on shared borders) at polygon vertices, edge midpoints, random and offshore points', () => {
    const random = seededRandom(2024);
    const lon: number[] = [];
    const lat: number[] = [];
    const rings: Position[][] = municipalities.features.flatMap((feature) =>
      feature.geometry.type === 'Polygon'
        ? feature.geometry.coordinates
        : feature.geometry.coordinates.flat(),
    );
    for (let k = 0; k < 600; k++) {
      const ring = rings[Math.floor(random() * rings.length)];
      const v = Math.floor(random() * (ring.length - 1));
      lon.push(ring[v][0]); // a vertex: mostly shared with a neighbour
      lat.push(ring[v][1]);
      lon.push((ring[v][0] + ring[v + 1][0]) / 2); // an edge midpoint (on or within 1 ulp of a border)
      lat.push((ring[v][1] + ring[v + 1][1]) / 2);
    }
    for (let k = 0; k < 600; k++) {
      lon.push(-79.1 + random() * 12.3);
      lat.push(-4.3 + random() * 16.9);
    }
    lon.push(-80, -75, -66, -72.5); // Pacific, Caribbean, Venezuela, Brazil/Peru side
    lat.push(3, 13, 7, -5);
    const index = buildZoneIndex(municipalities);
    const expected = turfAssign(lon, lat);
    expect(assignZones(index, lon, lat)).toEqual(expected);
    expect(assignZones(index, lon, lat, { method: 'tree' })).toEqual(expected);
    expect(Array.from(expected.slice(-4))).toEqual([-1, -1, -1, -1]);
  });
});
