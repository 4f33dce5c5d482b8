import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { InterventionFeature, type InterventionProperties } from '../../src/io/schemas.ts';
import { buildCocaLayers } from './build-coca-layers.ts';
import { DEFAULT_INTERVENTION_COUNT } from './data-defaults.ts';
import { generateInterventionLines } from './generate-interventions.ts';
import { STATUS_AS_OF } from './intervention-record.ts';
import { readDataInputs } from './read-data-inputs.ts';
import { TYPE_PROFILES } from './taxonomy.ts';
import {
  committedCocaTable,
  committedMunicipalities,
  committedShapes,
  GEO_DIR,
  readJson,
} from './test-helpers.ts';

const collection = readJson(`${GEO_DIR}/interventions.sample.geojson`) as {
  sample: boolean;
  features: Feature<Point, InterventionProperties>[];
};
const records = collection.features.map((feature) => feature.properties);
const shapes = committedShapes();
const municipalities = new Map(
  committedMunicipalities().features.map((feature) => [
    String(feature.properties?.divipola),
    feature as Feature<Polygon | MultiPolygon>,
  ]),
);

describe('interventions.sample.geojson', () => {
  it('holds the default count, every record valid against the schema and flagged sample', () => {
    expect(collection.sample).toBe(true);
    expect(collection.features).toHaveLength(DEFAULT_INTERVENTION_COUNT);
    for (const feature of collection.features) {
      InterventionFeature.parse(feature);
      expect(feature.properties.sample).toBe(true);
    }
    expect(new Set(records.map((record) => record.id)).size).toBe(records.length);
  });

  it('matches each type to its pillar and to an agency of the taxonomy', () => {
    for (const record of records) {
      expect(record.type.split('-')[0]).toBe(record.pillar);
      expect(TYPE_PROFILES[record.type].agencies).toContain(record.agency);
    }
  });

  it('carries the measure of each type', () => {
    for (const record of records) {
      for (const measure of Object.keys(TYPE_PROFILES[record.type].measures)) {
        expect(record[measure as keyof InterventionProperties], `${record.id} ${measure}`).toBeTypeOf(
          'number',
        );
      }
    }
    expect(
      records.filter((record) => record.type === 'RD-PNIS').every((record) => record.hectares !== undefined),
    ).toBe(true);
    expect(
      records.filter((record) => record.type === 'RD-VIA').every((record) => record.km !== undefined),
    ).toBe(true);
  });

  it('keeps dates in 2017–2026 and statuses consistent with them', () => {
    for (const record of records) {
      expect(record.start_date >= '2017-01-01' && record.start_date <= '2026-12-31').toBe(true);
      const started = record.start_date <= STATUS_AS_OF;
      if (record.status === 'planned') expect(started).toBe(false);
      else expect(started).toBe(true);
      if (record.status === 'completed') expect(record.end_date && record.end_date < STATUS_AS_OF).toBe(true);
      if (record.status === 'in_progress')
        expect(record.end_date && record.end_date >= STATUS_AS_OF).toBe(true);
    }
    expect(new Set(records.map((record) => record.status))).toEqual(
      new Set(['planned', 'in_progress', 'completed', 'suspended']),
    );
  });

  it("places every point inside its own municipality's polygon, checked with Turf", () => {
    for (const feature of collection.features) {
      const polygon = municipalities.get(feature.properties.divipola);
      expect(polygon, feature.properties.divipola).toBeDefined();
      expect(
        booleanPointInPolygon(feature.geometry.coordinates, polygon as Feature<Polygon>),
        `${feature.properties.id} in ${feature.properties.divipola}`,
      ).toBe(true);
      for (const value of feature.geometry.coordinates) expect(Math.round(value * 1e5) / 1e5).toBe(value);
    }
  });

  it('puts most records in PDET municipalities, denser there than elsewhere per km²', () => {
    const pdetArea = [...shapes.values()]
      .filter((shape) => shape.pdet_subregion)
      .reduce((sum, shape) => sum + shape.area_km2, 0);
    const otherArea =
      [...municipalities.values()].reduce((sum, feature) => sum + feature.properties?.area_km2, 0) - pdetArea;
    const inPdet = records.filter((record) => shapes.get(record.divipola)?.pdet_subregion).length;
    expect(inPdet / records.length).toBeGreaterThan(0.6);
    expect(inPdet / pdetArea).toBeGreaterThan((5 * (records.length - inPdet)) / otherArea);
  });

  it('puts 18% of the records in the three pilots and 88% in PDET municipalities (as docs/DATA.md says)', () => {
    const share = (test: (divipola: string) => boolean) =>
      Math.round((records.filter((record) => test(record.divipola)).length / records.length) * 100);
    expect(share((divipola) => ['05120', '52835', '54720'].includes(divipola))).toBe(18);
    expect(share((divipola) => shapes.get(divipola)?.pdet_subregion !== null)).toBe(88);
  });

  it('makes the three pilots the densest municipalities per km² (polygons ≥ 100 km²)', () => {
    const counts = new Map<string, number>();
    for (const record of records) counts.set(record.divipola, (counts.get(record.divipola) ?? 0) + 1);
    const densest = [...shapes.values()]
      .filter((shape) => shape.area_km2 >= 100)
      .map((shape) => ({
        divipola: shape.divipola,
        density: (counts.get(shape.divipola) ?? 0) / shape.area_km2,
      }))
      .sort((a, b) => b.density - a.density)
      .slice(0, 3)
      .map((entry) => entry.divipola);
    expect(densest.sort()).toEqual(['05120', '52835', '54720']);
  });

  it('puts eradication and PNIS where the official census finds coca', () => {
    const table = committedCocaTable();
    const cocaTypes = records.filter((record) => record.type === 'SR-ERF' || record.type === 'RD-PNIS');
    const withCoca = cocaTypes.filter((record) =>
      table.rows[record.divipola]?.some((value) => (value ?? 0) > 0),
    );
    expect(withCoca.length / cocaTypes.length).toBeGreaterThan(0.9);
  });
});

describe('generateInterventionLines', () => {
  const inputs = readDataInputs('.', GEO_DIR);
  const layers = buildCocaLayers(inputs.cocaCsv, inputs.municipalities, { seed: 'intervention-atlas' });
  const generatorInputs = { shapes: layers.shapes, cocaHectares: layers.recentHectares, cells: layers.cells };
  const lines = (seed: string, count: number) => [
    ...generateInterventionLines(generatorInputs, { count, seed }),
  ];

  it('is reproducible for a seed, different for another, and a prefix of the committed file', () => {
    const first = lines('intervention-atlas', 300);
    expect(lines('intervention-atlas', 300)).toEqual(first);
    expect(lines('another seed', 300)).not.toEqual(first);
    expect(first.map((line) => JSON.parse(line))).toEqual(collection.features.slice(0, 300));
  });
});
