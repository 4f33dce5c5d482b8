import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../io/manifest';
import { buildCatalog, searchCatalog, zoneBBox, zoneMembers } from './catalog';

const square = (x: number, y: number, size = 1) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
      [x, y],
    ],
  ],
});

const municipalities: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: square(-79, 1),
      properties: {
        divipola: '52835',
        name: 'San Andrés de Tumaco',
        department: 'Nariño',
        pdet_subregion: 'Pacífico y Frontera Nariñense',
        zona_futuro: 'Pacífico Nariñense',
        zf_verified: false,
        pilot: true,
        area_km2: 3611.5,
        area_official: true,
      },
    },
    {
      type: 'Feature',
      geometry: square(-77, 5),
      properties: {
        divipola: '27615',
        name: 'Riosucio',
        department: 'Chocó',
        pdet_subregion: 'Chocó',
        zona_futuro: null,
        zf_verified: null,
        pilot: false,
        area_km2: 7000,
        area_official: false,
      },
    },
    {
      type: 'Feature',
      geometry: square(-77.5, 6.5, 0.5),
      properties: {
        divipola: '27150',
        name: 'Carmen del Darién',
        department: 'Chocó',
        pdet_subregion: 'Chocó',
        zona_futuro: null,
        zf_verified: null,
        pilot: false,
        area_km2: 4700.2,
        area_official: true,
      },
    },
  ],
};

const manifest = {
  generated_by: 'test',
  boundary_source: 'test',
  layers: [],
  missing: [],
} satisfies Manifest;

const pdet: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: square(-77, 5),
      properties: { name: 'Chocó', municipality_count: 2, divipola_codes: ['27150', '27615'] },
    },
  ],
};

const catalog = buildCatalog(manifest, {
  municipalities,
  'pdet-subregions': pdet,
  'zonas-futuro': { type: 'FeatureCollection', features: [] },
  'pilot-municipalities': { type: 'FeatureCollection', features: [municipalities.features[0]] },
});

describe('catalog', () => {
  it('lists each member with its own polygon and says whether its area is official', () => {
    const carmen = catalog.municipalities.get('27150');
    expect(carmen).toMatchObject({ areaKm2: 4700.2, areaOfficial: true, bbox: [-77.5, 6.5, -77, 7] });
    expect(catalog.municipalities.get('27615')?.areaOfficial).toBe(false);
    expect(carmen && 'drawnInside' in carmen).toBe(false);
    expect(
      zoneMembers(
        catalog,
        catalog.pdetSubregions.get('Chocó') as NonNullable<ReturnType<typeof catalog.pdetSubregions.get>>,
      ).map((m) => m.name),
    ).toEqual(['Carmen del Darién', 'Riosucio']);
  });

  it('finds zones ignoring case and accents, best matches first', () => {
    expect(searchCatalog(catalog, 'tumaco').map((e) => e.ref)).toEqual([
      { layer: 'pilot-municipalities', id: '52835' },
      { layer: 'municipalities', id: '52835' },
    ]);
    expect(searchCatalog(catalog, 'CHOCO')[0].ref).toEqual({ layer: 'pdet-subregions', id: 'Chocó' });
    expect(searchCatalog(catalog, 'darien')[0].name).toBe('Carmen del Darién');
    expect(searchCatalog(catalog, '   ')).toEqual([]);
  });

  it('gives the bbox of a zone reference', () => {
    expect(zoneBBox(catalog, { layer: 'municipalities', id: '52835' })).toEqual([-79, 1, -78, 2]);
    expect(zoneBBox(catalog, { layer: 'zonas-futuro', id: 'nowhere' })).toBeNull();
  });
});
