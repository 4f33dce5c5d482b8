import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/fixtures/load-fixture';
import { buildAggregatorLayers } from './build-aggregator-layers';
import { type CocaMunicipalTable, cocaAt } from './coca-series';

const zones = loadFixture<FeatureCollection<Geometry | null>>('zones-small.geojson');
const table = loadFixture<CocaMunicipalTable>('coca-municipal-small.json');
const regions: FeatureCollection<Geometry | null> = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { name: 'West', divipola_codes: ['00001', '00002'] }, geometry: null },
    { type: 'Feature', properties: { name: 'East', divipola_codes: ['00003', '00005'] }, geometry: null },
  ],
};

describe('buildAggregatorLayers', () => {
  it('derives dissolved layers from the municipality assignment, with names and coca', () => {
    const assignment = Int32Array.of(0, 0, 0, 1, 1, 2, -1, 3, 4, -1);
    const layers = buildAggregatorLayers(assignment, { municipalities: zones, regions }, { coca: table });
    expect(layers.municipalities.assignment).toBe(assignment);
    expect(Array.from(layers.regions.assignment)).toEqual([0, 0, 0, 0, 0, 1, -1, -1, 1, -1]);
    expect(layers.regions.names).toEqual(['West', 'East']);
    expect(layers.regions.zoneCount).toBe(2);
    expect(layers.regions.coca && cocaAt(layers.regions.coca, 0, 2022)).toBe(200); // 150 + 50
    expect(layers.municipalities.coca && cocaAt(layers.municipalities.coca, 0, 2021)).toBe(200);
  });

  it('needs the municipality layer', () => {
    expect(() => buildAggregatorLayers(new Int32Array(0), { regions })).toThrow(/municipalities/);
  });
});
