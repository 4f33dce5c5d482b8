import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/fixtures/load-fixture';
import { expectGolden, goldenCases } from '../../test/golden';
import { styledPoints, styledZones, zonesAndPoints } from '../../test/golden-parts';
import { assignZones } from './assign-zones';
import { buildZoneIndex } from './build-zone-index';
import { seededRandom } from './seeded-random';

const zones = loadFixture<FeatureCollection<Geometry | null>>('zones-small.geojson');

/** Reference: Turf's booleanPointInPolygon; tie rule = lowest feature index that contains the point. */
function turfAssign(
  collection: FeatureCollection<Geometry | null>,
  lon: number[],
  lat: number[],
): Int32Array {
  return Int32Array.from(lon, (x, i) =>
    collection.features.findIndex(
      (feature) =>
        feature.geometry !== null &&
        booleanPointInPolygon([x, lat[i]], feature as Feature<Polygon | MultiPolygon>),
    ),
  );
}

/** Named special points with the expected feature index (checked by hand against the fixture). */
const SPECIAL: [string, number, number, number][] = [
  ['inside A', 1, 1, 0],
  ['on the A|B shared border: lowest index', 2, 1, 0],
  ['on the shared vertex of A and B', 2, 2, 0],
  ['at A corner vertex', 0, 0, 0],
  ['inside B', 3, 0.5, 1],
  ['inside B and F (overlap): lowest index', 3.5, 1.5, 1],
  ['on B outer edge inside F', 4, 1.5, 1],
  ['in F only', 4.2, 2.2, 5],
  ['in C', 5.5, 0.5, 2],
  ['in the hole of C', 6.2, 1.2, -1],
  ['on the hole boundary of C (boundary counts as inside)', 6, 2, 2],
  ['at a hole vertex of C', 8, 3, 2],
  ['in the island (part of D) inside the hole', 7, 2, 3],
  ['on the island boundary', 7.5, 2, 3],
  ['in the first part of D', 0.5, 3.5, 3],
  ['in the second part of D', 3, 4, 3],
  ['between the parts of D', 1.5, 3.5, -1],
  ['in the triangle', 11, 1, 4],
  ['on the triangle diagonal edge', 10.5, 1, 4],
  ['just outside the diagonal edge', 10.4999999, 1, -1],
  ['at the triangle apex', 11, 2, 4],
  ['outside everything (south-west)', -0.5, -0.5, -1],
  ['far outside the grid', 100, 100, -1],
  ['far outside, negative', -200, -90, -1],
];

function randomPoints(count: number, seed: number): { lon: number[]; lat: number[] } {
  const random = seededRandom(seed);
  const lon: number[] = [];
  const lat: number[] = [];
  for (let i = 0; i < count; i++) {
    // snap a third of the points to a 0.25 lattice so many fall exactly on edges and vertices
    const snap = random() < 0.33;
    const x = -1 + random() * 14;
    const y = -1 + random() * 6.5;
    lon.push(snap ? Math.round(x * 4) / 4 : x);
    lat.push(snap ? Math.round(y * 4) / 4 : y);
  }
  return { lon, lat };
}

describe('assignZones', () => {
  it('assigns the hand-checked special points (borders, holes, vertices, MultiPolygon, outside)', () => {
    const index = buildZoneIndex(zones, { cellSize: 0.5 });
    const lon = SPECIAL.map((s) => s[1]);
    const lat = SPECIAL.map((s) => s[2]);
    for (const method of ['grid', 'tree'] as const) {
      const result = Array.from(assignZones(index, lon, lat, { method }));
      expect(SPECIAL.map((s, i) => [s[0], result[i]])).toEqual(SPECIAL.map((s) => [s[0], s[3]]));
    }
  });

  it('equals Turf booleanPointInPolygon (lowest-index tie rule) on the special points', () => {
    const index = buildZoneIndex(zones);
    const lon = SPECIAL.map((s) => s[1]);
    const lat = SPECIAL.map((s) => s[2]);
    expect(Array.from(assignZones(index, lon, lat))).toEqual(Array.from(turfAssign(zones, lon, lat)));
  });

  it.each([0.02, 0.1, 0.3, 0.7, 3])('equals Turf on 20,000 seeded points, grid cell %s°', (cellSize) => {
    const { lon, lat } = randomPoints(20_000, 7);
    const index = buildZoneIndex(zones, { cellSize });
    expect(assignZones(index, lon, lat)).toEqual(turfAssign(zones, lon, lat));
  });

  it('gives identical results on the grid path and the flatbush path', () => {
    const { lon, lat } = randomPoints(50_000, 11);
    const index = buildZoneIndex(zones, { cellSize: 0.2 });
    expect(assignZones(index, lon, lat, { method: 'grid' })).toEqual(
      assignZones(index, lon, lat, { method: 'tree' }),
    );
  });

  it('returns -1 for NaN coordinates and for an empty layer', () => {
    const index = buildZoneIndex(zones);
    expect(Array.from(assignZones(index, [Number.NaN], [1]))).toEqual([-1]);
    expect(Array.from(assignZones(index, [Number.NaN], [1], { method: 'tree' }))).toEqual([-1]);
    const empty = buildZoneIndex({ type: 'FeatureCollection', features: [] });
    expect(Array.from(assignZones(empty, [1, 2], [1, 2]))).toEqual([-1, -1]);
    expect(Array.from(assignZones(empty, [1], [1], { method: 'tree' }))).toEqual([-1]);
  });

  describe('golden files (test/in → test/out)', () => {
    it.each(goldenCases('assign-zones'))('$name', ({ name, input }) => {
      const { zones, points, lon, lat } = zonesAndPoints(input);
      const index = buildZoneIndex(zones);
      const assignment = assignZones(index, lon, lat, { method: 'grid' });
      expect(assignZones(index, lon, lat, { method: 'tree' })).toEqual(assignment);
      expectGolden(name, {
        type: 'FeatureCollection',
        features: [...styledZones(zones), ...styledPoints(points, assignment, zones)],
      });
    });
  });
});
