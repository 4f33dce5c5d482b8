import { describe, expect, it } from 'vitest';
import type { CustomArea } from '../io/read-area-file';
import { createAtlasStore, selectUrlState } from './store';

const area: CustomArea = {
  name: 'A',
  file: 'a.geojson',
  collection: { type: 'FeatureCollection', features: [] },
  bbox: [0, 0, 1, 1],
};

describe('the zone filter: a catalog zone or an imported area', () => {
  it('clears the catalog selection when an area is set, and the area when a zone is selected', () => {
    const store = createAtlasStore();
    store.getState().select({ layer: 'municipalities', id: '52835' });
    store.getState().setCustomArea(area);
    expect(store.getState().selection).toBeNull();
    expect(store.getState().customArea).toBe(area);
    store.getState().select({ layer: 'pdet-subregions', id: 'Catatumbo' });
    expect(store.getState().customArea).toBeNull();
  });

  it('keeps the area out of the URL state, and "clear all" removes it', () => {
    const store = createAtlasStore();
    store.getState().setCustomArea(area);
    expect(JSON.stringify(selectUrlState(store.getState()))).not.toContain('a.geojson');
    store.getState().applyUrlState({ ...selectUrlState(store.getState()), selection: null });
    expect(store.getState().customArea).toBe(area);
    store.getState().clearFilters();
    expect(store.getState().customArea).toBeNull();
  });
});
