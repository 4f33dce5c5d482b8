import { describe, expect, it } from 'vitest';
import type { Catalog } from './catalog';
import { zoneLabel } from './zone-label';

const catalog = {
  municipalities: new Map([['52835', { name: 'San Andrés de Tumaco' }]]),
} as unknown as Catalog;

describe('zoneLabel', () => {
  it('names catalog zones with their kind', () => {
    expect(
      zoneLabel({
        selection: { layer: 'pilot-municipalities', id: '52835' },
        customArea: null,
        catalog,
        lang: 'es',
      }),
    ).toEqual({
      name: 'San Andrés de Tumaco',
      kind: 'Piloto',
    });
    expect(
      zoneLabel({
        selection: { layer: 'pdet-subregions', id: 'Catatumbo' },
        customArea: null,
        catalog,
        lang: 'en',
      }),
    ).toEqual({
      name: 'Catatumbo',
      kind: 'PDET subregion',
    });
  });

  it('names an imported area, which takes the place of a catalog zone', () => {
    expect(zoneLabel({ selection: null, customArea: { name: 'Río Mira' }, catalog, lang: 'es' })).toEqual({
      name: 'Río Mira',
      kind: 'Área importada',
    });
  });

  it('is null when no zone filters the data', () => {
    expect(zoneLabel({ selection: null, customArea: null, catalog, lang: 'es' })).toBeNull();
  });
});
