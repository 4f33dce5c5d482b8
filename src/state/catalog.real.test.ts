// The catalog built from the shipped files: every PDET member is listed with its own polygon and
// DANE's official area, and the pilots and Zonas Futuro are all findable.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Manifest } from '../io/manifest';
import { buildCatalog, searchCatalog, zoneMembers } from './catalog';

const read = (file: string) => JSON.parse(readFileSync(`public/geo/${file}`, 'utf8'));
const catalog = buildCatalog(Manifest.parse(read('manifest.json')), {
  municipalities: read('municipalities.geojson'),
  'pdet-subregions': read('pdet-subregions.geojson'),
  'zonas-futuro': read('zonas-futuro.geojson'),
  'pilot-municipalities': read('pilot-municipalities.geojson'),
});

describe('catalog of the shipped layers', () => {
  it('lists 170 PDET members in 16 subregions, each with its own polygon and official area', () => {
    const members = [...catalog.pdetSubregions.values()].flatMap((zone) => zoneMembers(catalog, zone));
    expect(catalog.pdetSubregions.size).toBe(16);
    expect(members).toHaveLength(170);
    expect(new Set(members.map((m) => m.divipola)).size).toBe(170);
    expect(members.every((m) => m.areaOfficial && m.areaKm2 !== null)).toBe(true);
    expect(catalog.municipalities.size).toBe(1122);
    expect(catalog.municipalities.get('52835')?.areaKm2).toBe(3611.5);
    for (const zone of catalog.pdetSubregions.values()) {
      expect(zoneMembers(catalog, zone)).toHaveLength(zone.municipalityCount);
    }
  });

  it('finds the three pilots and the five Zonas Futuro', () => {
    expect(catalog.pilots).toEqual(['05120', '52835', '54720']);
    expect(catalog.zonasFuturo.size).toBe(5);
    expect(searchCatalog(catalog, 'sardinata')[0].ref).toEqual({
      layer: 'pilot-municipalities',
      id: '54720',
    });
    expect(searchCatalog(catalog, 'carmen del darien')[0].name).toBe('Carmen del Darién');
  });
});
