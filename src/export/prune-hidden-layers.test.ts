import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { pruneHiddenLayers } from './prune-hidden-layers';

const style: StyleSpecification = Object.freeze({
  version: 8,
  sources: {
    land: { type: 'geojson', data: 'land.geojson' },
    cells: { type: 'geojson', data: 'cells.geojson' },
    zones: { type: 'geojson', data: 'zones.geojson' },
  },
  layers: [
    { id: 'background', type: 'background', paint: { 'background-color': '#fff' } },
    { id: 'land', type: 'fill', source: 'land' },
    { id: 'cells', type: 'circle', source: 'cells', layout: { visibility: 'none' } },
    { id: 'zones-fill', type: 'fill', source: 'zones', layout: { visibility: 'none' } },
    { id: 'zones-line', type: 'line', source: 'zones', layout: { visibility: 'visible' } },
  ],
}) as StyleSpecification;

describe('pruneHiddenLayers', () => {
  it('drops hidden layers and the sources only they used, keeping order and shared sources', () => {
    const pruned = pruneHiddenLayers(style);
    expect(pruned.layers.map((layer) => layer.id)).toEqual(['background', 'land', 'zones-line']);
    expect(Object.keys(pruned.sources)).toEqual(['land', 'zones']);
    expect(style.layers).toHaveLength(5);
    expect(Object.keys(style.sources)).toHaveLength(3);
  });
});
