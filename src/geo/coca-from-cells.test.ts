import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/fixtures/load-fixture';
import { assignZones } from './assign-zones';
import { buildZoneIndex } from './build-zone-index';
import { cocaCellColumns } from './coca-cell-columns';
import { cocaEstimateColumns } from './coca-estimate-columns';
import { cocaFromCells } from './coca-from-cells';
import { cocaAt } from './coca-series';

const zones = loadFixture<FeatureCollection<Geometry | null>>('zones-small.geojson');

describe('cocaFromCells', () => {
  it('sums cells into the zone of their centroid (arbitrary polygons), outside cells dropped', () => {
    const cells = cocaCellColumns(
      [
        { cell: 'a', lon: 1, lat: 1, divipola: '00001', hectares: [10, 20] },
        { cell: 'b', lon: 1.5, lat: 0.2, divipola: '00001', hectares: [5, 0] },
        { cell: 'c', lon: 6.2, lat: 1.2, divipola: '00003', hectares: [40, 40] }, // in C's hole
        { cell: 'd', lon: 7, lat: 2, divipola: '00003', hectares: [1] }, // island (zone D), one year short
      ],
      { firstYear: 2023 },
    );
    const assignment = assignZones(buildZoneIndex(zones), cells.lon, cells.lat);
    const series = cocaFromCells(cells, assignment, zones.features.length);
    expect([cocaAt(series, 0, 2023), cocaAt(series, 0, 2024)]).toEqual([15, 20]);
    expect([cocaAt(series, 2, 2023), cocaAt(series, 3, 2023), cocaAt(series, 3, 2024)]).toEqual([0, 1, 0]);
  });
});

describe('cocaEstimateColumns', () => {
  it('reads the shipped parallel-column file into the same columns as cocaCellColumns', () => {
    const file = { years: [2023, 2024], lon: [1, 7], lat: [1, 2], hectares: [[10, 20], [1]] };
    const fromFile = cocaEstimateColumns(file);
    const fromCells = cocaCellColumns(
      [
        { cell: 'a', lon: 1, lat: 1, divipola: '00001', hectares: [10, 20] },
        { cell: 'd', lon: 7, lat: 2, divipola: '00003', hectares: [1] },
      ],
      { firstYear: 2023 },
    );
    expect(fromFile).toEqual(fromCells);
  });
});
