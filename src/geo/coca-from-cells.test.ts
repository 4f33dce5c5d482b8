import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/fixtures/load-fixture';
import { expectGolden, goldenCases } from '../../test/golden';
import { styledPoints, styledZones, zonesAndPoints } from '../../test/golden-parts';
import { assignZones } from './assign-zones';
import { buildZoneIndex } from './build-zone-index';
import { cocaEstimateColumns } from './coca-estimate-columns';
import { cocaFromCells } from './coca-from-cells';
import { cocaAt } from './coca-series';

const zones = loadFixture<FeatureCollection<Geometry | null>>('zones-small.geojson');

describe('cocaFromCells', () => {
  it('sums cells into the zone of their centroid (arbitrary polygons), outside cells dropped', () => {
    const cells = cocaEstimateColumns({
      years: [2023, 2024],
      // a and b in zone A, c in C's hole, d on the island (zone D) and one year short
      lon: [1, 1.5, 6.2, 7],
      lat: [1, 0.2, 1.2, 2],
      hectares: [[10, 20], [5, 0], [40, 40], [1]],
    });
    const assignment = assignZones(buildZoneIndex(zones), cells.lon, cells.lat);
    const series = cocaFromCells(cells, assignment, zones.features.length);
    expect([cocaAt(series, 0, 2023), cocaAt(series, 0, 2024)]).toEqual([15, 20]);
    expect([cocaAt(series, 2, 2023), cocaAt(series, 3, 2023), cocaAt(series, 3, 2024)]).toEqual([0, 1, 0]);
  });
});

describe('cocaEstimateColumns', () => {
  it('lays the parallel-column file out cell by cell, a missing year as NaN', () => {
    const columns = cocaEstimateColumns({
      years: [2023, 2024],
      lon: [1, 7],
      lat: [1, 2],
      hectares: [[10, 20], [1]],
    });
    expect(columns).toMatchObject({ count: 2, firstYear: 2023, yearCount: 2 });
    expect(Array.from(columns.lon)).toEqual([1, 7]);
    expect(Array.from(columns.lat)).toEqual([1, 2]);
    expect(Array.from(columns.hectares)).toEqual([10, 20, 1, Number.NaN]);
  });
});

describe('golden files (test/in → test/out)', () => {
  it.each(goldenCases('coca-from-cells'))('$name', ({ name, input }) => {
    const { zones, points, lon, lat } = zonesAndPoints(input);
    const years = points[0].properties?.years as number[];
    const cells = cocaEstimateColumns({
      years,
      lon,
      lat,
      hectares: points.map((p) => p.properties?.hectares),
    });
    const assignment = assignZones(buildZoneIndex(zones), cells.lon, cells.lat);
    const series = cocaFromCells(cells, assignment, zones.features.length);
    const coca = (zone: number) => ({
      coca: Object.fromEntries(years.map((year) => [year, cocaAt(series, zone, year)])),
    });
    expectGolden(name, {
      type: 'FeatureCollection',
      features: [...styledZones(zones, coca), ...styledPoints(points, assignment, zones)],
    });
  });
});
