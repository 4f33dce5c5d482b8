import { describe, expect, it } from 'vitest';
import { createMemoryFetcher } from './fetch-json';
import { loadAtlasData } from './load-atlas-data';

const polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ],
  ],
};
const collection = (properties: Record<string, unknown>) => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', geometry: polygon, properties }],
});
const manifest = { generated_by: 't', boundary_source: 't', layers: [], missing: [] };
const files = {
  'manifest.json': manifest,
  'municipalities.geojson': collection({
    divipola: '54720',
    name: 'Sardinata',
    department: 'Norte de Santander',
  }),
  'pdet-subregions.geojson': collection({
    name: 'Catatumbo',
    divipola_codes: ['54720'],
    municipality_count: 8,
  }),
  'zonas-futuro.geojson': collection({ name: 'Catatumbo', divipola_codes: ['54720'] }),
  'pilot-municipalities.geojson': collection({ divipola: '54720', name: 'Sardinata' }),
};

describe('loadAtlasData', () => {
  it('returns the validated manifest and the four zone layers under their layer ids', async () => {
    const data = await loadAtlasData(createMemoryFetcher(files));
    expect(data.manifest).toEqual(manifest);
    expect(data.collections).toEqual({
      municipalities: files['municipalities.geojson'],
      'pdet-subregions': files['pdet-subregions.geojson'],
      'zonas-futuro': files['zonas-futuro.geojson'],
      'pilot-municipalities': files['pilot-municipalities.geojson'],
    });
  });

  it('names the file and the field when the manifest is malformed', async () => {
    const broken = { ...files, 'manifest.json': { ...manifest, missing: [{ divipola: 'x' }] } };
    await expect(loadAtlasData(createMemoryFetcher(broken))).rejects.toThrow(
      /^manifest\.json: missing\.0\.divipola/,
    );
  });

  it('names the file and the feature when a layer holds a non-polygon', async () => {
    const point = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: { name: 'x' } },
      ],
    };
    await expect(
      loadAtlasData(createMemoryFetcher({ ...files, 'zonas-futuro.geojson': point })),
    ).rejects.toThrow('zonas-futuro.geojson: feature 0 has geometry Point, expected a polygon');
  });

  it('names a missing file', async () => {
    const { 'pilot-municipalities.geojson': _, ...rest } = files;
    await expect(loadAtlasData(createMemoryFetcher(rest))).rejects.toThrow(
      'pilot-municipalities.geojson: HTTP 404',
    );
  });
});
