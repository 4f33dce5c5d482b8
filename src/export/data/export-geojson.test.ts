import { describe, expect, it } from 'vitest';
import { makeIntervention } from '../../../test/fixtures/make-intervention';
import { DEFAULT_SETTINGS, EMPTY_FILTERS } from '../../analysis/filters';
import type { ManifestLayer } from '../../io/manifest';
import { interventionsGeoJson } from './export-geojson';
import type { ExportContext } from './export-metadata';

const interventionsLayer: ManifestLayer = {
  id: 'interventions',
  file: 'interventions.sample.geojson',
  title: { es: 'Intervenciones (muestra)', en: 'Interventions (sample)' },
  kind: 'sample',
  source: 'Generated',
  licence: 'no licence',
  attribution: 'Sample data (invented)',
  year: '2026',
  feature_count: 3,
  source_packages: {},
  allocation: 'sample',
};

const context: ExportContext = {
  lang: 'en',
  exportedAt: '2026-11-28T05:00:00.000Z',
  layers: [interventionsLayer],
  filters: { ...EMPTY_FILTERS, types: ['RD-VIA'] },
  settings: { ...DEFAULT_SETTINGS, cocaYear: 2022 },
  zone: 'Catatumbo (PDET subregion)',
};

describe('interventionsGeoJson', () => {
  const features = Object.freeze([
    makeIntervention(-73, 8, { id: 'a' }),
    makeIntervention(-72, 7, { id: 'b', type: 'RD-VIA', km: 3 }),
  ]);

  it('holds the filtered features in index order, as copies', () => {
    const collection = interventionsGeoJson(features, new Uint32Array([1, 0]), context);
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((f) => f.properties.id)).toEqual(['b', 'a']);
    expect(collection.features[0]).toEqual(features[1]);
    expect(collection.features[0]).not.toBe(features[1]);
    expect(collection.features[0].geometry.coordinates).toEqual([-72, 7]);
  });

  it('carries sources, filters, sample flag and export date in metadata', () => {
    const { metadata } = interventionsGeoJson(features, new Uint32Array([1]), context);
    expect(metadata.sample).toBe(true);
    expect(metadata.exported_at).toBe('2026-11-28T05:00:00.000Z');
    expect(metadata.count).toBe(1);
    expect(metadata.sources).toEqual([
      {
        id: 'interventions',
        title: 'Interventions (sample)',
        attribution: 'Sample data (invented)',
        licence: 'no licence',
        kind: 'sample',
      },
    ]);
    expect(metadata.filters.types).toEqual(['RD-VIA']);
    expect(metadata.filters_text).toEqual([
      'Zone: Catatumbo (PDET subregion)',
      'Type: Tertiary roads (RD-VIA)',
      'Coca year: 2022',
    ]);
    expect(metadata.notice).toMatch(/^SAMPLE DATA — interventions are invented/);
  });

  it('survives a JSON round trip (plain data only)', () => {
    const collection = interventionsGeoJson(features, new Uint32Array([0, 1]), context);
    expect(JSON.parse(JSON.stringify(collection))).toEqual(collection);
  });
});
