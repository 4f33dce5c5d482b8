// The imported-area path of the analysis session on the shipped data: a fixture area around
// Tumaco (a square with a hole, a Point to skip, a second polygon overlapping the first) goes
// through readAreaFile, the session and the worker handlers (in-memory worker); counts, metrics
// and coca are checked against references computed independently with Turf.
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon, point } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { filterInterventions } from '../geo/filter-interventions';
import type { AnalysisData, CocaCells } from '../io/load-analysis-data';
import { validateInterventions } from '../io/load-analysis-data';
import type { ZoneCollections } from '../io/load-atlas-data';
import { readAreaFile } from '../io/read-area-file';
import { createAggregateClient } from '../workers/aggregate-client';
import { fakeAggregateWorker } from '../workers/testing/fake-aggregate-worker';
import { startAnalysisSession } from './analysis-session';
import { DEFAULT_SETTINGS, EMPTY_FILTERS } from './filters';

const read = (file: string) => JSON.parse(readFileSync(`public/geo/${file}`, 'utf8'));
const collections: ZoneCollections = {
  municipalities: read('municipalities.geojson'),
  'pdet-subregions': read('pdet-subregions.geojson'),
  'zonas-futuro': read('zonas-futuro.geojson'),
  'pilot-municipalities': read('pilot-municipalities.geojson'),
};
const { features } = validateInterventions('interventions', read('interventions.sample.geojson'));
const cocaCells = read('coca-estimates.json') as CocaCells;
const data: AnalysisData = {
  interventions: features,
  problems: [],
  cocaTable: read('coca-municipal.json'),
  cocaCells,
};

const fileText = readFileSync('test/fixtures/area-tumaco.geojson', 'utf8');
const read1 = readAreaFile(fileText, 'area-tumaco.geojson');
if (!read1.ok) throw new Error('fixture area rejected');
const area = read1.area;
const inArea = (lon: number, lat: number) =>
  area.collection.features.some((feature) => booleanPointInPolygon(point([lon, lat]), feature));

describe('analysis session with an imported area', () => {
  it('reads the fixture: two polygon features kept, the Point skipped', () => {
    expect(area.collection.features).toHaveLength(2);
    expect(read1.skipped).toEqual([{ index: 1, reason: 'notPolygon', geometryType: 'Point' }]);
  });

  it('filters, aggregates and sums coca cells inside the area as the Turf references do', async () => {
    const session = await startAnalysisSession(
      createAggregateClient(fakeAggregateWorker()),
      collections,
      data,
    );
    const { columns } = session;
    const filters = { ...EMPTY_FILTERS, pillars: ['SR' as const, 'RD' as const] };
    const started = performance.now();
    const result = await session.compute({
      filters,
      selection: null,
      settings: DEFAULT_SETTINGS,
      customArea: area,
    });
    const firstQuery = performance.now() - started;

    // Interventions: Turf assignment → filterInterventions (the full recomputation) as reference.
    const turfAssignment = Int32Array.from({ length: columns.count }, (_, i) =>
      inArea(columns.lon[i], columns.lat[i]) ? 0 : -1,
    );
    const mask = filterInterventions(
      columns,
      { pillars: filters.pillars, zone: { layer: 'area', zone: 0 } },
      {
        zones: { area: turfAssignment },
      },
    );
    const expected = [...mask.keys()].filter((i) => mask[i] === 1);
    expect(expected.length).toBeGreaterThan(20);
    expect(Array.from(result.indices)).toEqual(expected);
    expect(result.zone.name).toBe('Tumaco (cuadro de prueba)');
    expect(result.zone.count).toBe(expected.length);
    const budget = expected.reduce((sum, i) => sum + columns.budget[i], 0);
    expect(result.zone.metrics.budget_cop).toBeCloseTo(budget, 0);
    expect(result.zone.byPillar.EP).toBe(0);

    // Coca: every cell whose centroid Turf puts in the area, summed per year.
    const years = cocaCells.years;
    const reference = years.map(() => 0);
    let cellsInside = 0;
    for (let cell = 0; cell < cocaCells.lon.length; cell++) {
      if (!inArea(cocaCells.lon[cell], cocaCells.lat[cell])) continue;
      cellsInside++;
      cocaCells.hectares[cell].forEach((value, y) => {
        reference[y] += value;
      });
    }
    expect(cellsInside).toBeGreaterThan(100);
    expect(result.areaCoca?.years).toEqual(years);
    result.areaCoca?.hectares.forEach((value, y) => {
      expect(value).toBeCloseTo(reference[y], 6);
    });
    // The zone row's coca metrics come from the same cell series.
    const y2023 = years.indexOf(2023);
    expect(result.zone.coca?.to).toBeCloseTo(reference[y2023], 6);

    // Back to no zone filter: every intervention that passes the pillar filter; no area coca.
    const all = await session.compute({
      filters,
      selection: null,
      settings: DEFAULT_SETTINGS,
      customArea: null,
    });
    expect(all.indices.length).toBe(
      filterInterventions(columns, { pillars: filters.pillars }).reduce((a, b) => a + b, 0),
    );
    expect(all.areaCoca).toBeUndefined();
    console.info(
      `first query with the area (index + assign ${columns.count} + ${cocaCells.lon.length} cells): ${firstQuery.toFixed(0)} ms`,
    );
    session.dispose();
  });
});
