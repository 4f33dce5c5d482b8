import { describe, expect, it } from 'vitest';
import type { ManifestLayer } from '../io/manifest';
import { needsSampleStamp } from './needs-sample-stamp';
import { sourcesFromManifest } from './sources-from-manifest';

function layer(id: string, kind: ManifestLayer['kind'], extra: Partial<ManifestLayer> = {}): ManifestLayer {
  return {
    id,
    file: `${id}.geojson`,
    title: { es: `Capa ${id}`, en: `Layer ${id}` },
    kind,
    source: `Fuente ${id}`,
    licence: 'CC BY 4.0',
    attribution: id,
    year: '2023',
    feature_count: 1,
    source_packages: {},
    ...extra,
  };
}

const LAYERS = Object.freeze([
  layer('municipalities', 'boundary'),
  layer('coca', 'official-table', { allocation: 'synthetic' }),
  layer('interventions', 'sample'),
  layer('land', 'context'),
]);

describe('sourcesFromManifest', () => {
  it('lists visible layers in the given order, localised', () => {
    expect(sourcesFromManifest(LAYERS, ['interventions', 'municipalities', 'missing'], 'en')).toEqual([
      'Layer interventions: Fuente interventions (CC BY 4.0)',
      'Layer municipalities: Fuente municipalities (CC BY 4.0)',
    ]);
  });
});

describe('needsSampleStamp', () => {
  it('is true iff a visible layer is sample or synthetic', () => {
    expect(needsSampleStamp(LAYERS, ['municipalities', 'land'])).toBe(false);
    expect(needsSampleStamp(LAYERS, ['municipalities', 'interventions'])).toBe(true);
    expect(needsSampleStamp(LAYERS, ['coca'])).toBe(true);
  });
});
