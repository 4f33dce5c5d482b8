import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadFixture, loadInterventionFixture } from '../../test/fixtures/load-fixture';
import { aggregateRows } from './aggregate-rows';
import { aggregateZones } from './aggregate-zones';
import { assignZones } from './assign-zones';
import { buildZoneIndex } from './build-zone-index';
import { cocaByZone } from './coca-by-zone';
import { cocaChange, interventionsPer1000Hectares } from './coca-change';
import type { CocaMunicipalTable } from './coca-series';
import { toColumns } from './to-columns';
import { zoneDivipolaCodes } from './zone-divipola-codes';

const zones = loadFixture<FeatureCollection<Geometry | null>>('zones-small.geojson');
const table = loadFixture<CocaMunicipalTable>('coca-municipal-small.json');
const columns = toColumns(loadInterventionFixture());
const assignment = assignZones(buildZoneIndex(zones), columns.lon, columns.lat);
const coca = cocaByZone(table, zoneDivipolaCodes(zones));
const rows = aggregateRows(aggregateZones(columns, new Uint8Array(10).fill(1), assignment, 7), {
  names: zones.features.map((feature) => String(feature.properties?.name)),
  coca,
  changeYears: [2021, 2022],
  perCocaYear: 2022,
});

describe('coca metrics in zone rows', () => {
  it('gives the change between two years in ha and % (A: 200 → 150 ha)', () => {
    expect(rows[0].coca).toEqual({
      fromYear: 2021,
      toYear: 2022,
      from: 200,
      to: 150,
      changeHectares: -50,
      changePercent: -25,
    });
    expect(rows[0].name).toBe('A');
  });

  it('gives interventions per 1,000 ha (A: 3 / 0.15 = 20; B: 2 / 0.05 = 40)', () => {
    expect(rows[0].interventionsPer1000Hectares).toBeCloseTo(20, 10);
    expect(rows[1].interventionsPer1000Hectares).toBeCloseTo(40, 10);
  });

  it('returns null % from 0 ha, nulls for unknown coca, and no coca for "outside"', () => {
    expect(rows[1].coca).toMatchObject({ from: 0, to: 50, changeHectares: 50, changePercent: null });
    expect(rows[2].coca).toMatchObject({ from: null, to: null, changeHectares: null });
    expect(rows[2].interventionsPer1000Hectares).toBeNull();
    expect(rows[7].coca).toBeNull();
  });

  it('sums known zones for "all" (2021: 200 + 0; 2022: 150 + 50)', () => {
    expect(rows[8].coca).toMatchObject({ from: 200, to: 200, changeHectares: 0, changePercent: 0 });
    expect(rows[8].interventionsPer1000Hectares).toBeCloseTo(50, 10); // 10 / 0.2
  });

  it('exposes the same figures as plain helpers', () => {
    expect(cocaChange(coca, 0, 2020, 2021).changePercent).toBe(100);
    expect(interventionsPer1000Hectares(30, 2500)).toBe(12);
    expect(interventionsPer1000Hectares(3, 0)).toBeNull();
  });
});
