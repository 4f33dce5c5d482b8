import { describe, expect, it } from 'vitest';
import { detectCrs } from './detect-crs.ts';

describe('detectCrs', () => {
  it('reads MAGNA-SIRGAS geographic and CTM12 projected .prj files', () => {
    expect(detectCrs({ prj: 'GEOGCS["GCS_MAGNA",DATUM["D_MAGNA"]]' })).toBe('EPSG:4686');
    expect(detectCrs({ prj: 'PROJCS["MAGNA-SIRGAS_Origen-Nacional",GEOGCS["GCS_MAGNA"]]' })).toBe(
      'EPSG:9377',
    );
    expect(detectCrs({ prj: 'GEOGCS["GCS_WGS_1984"]' })).toBe('EPSG:4326');
  });

  it('reads GeoJSON crs names', () => {
    expect(detectCrs({ crsName: 'urn:ogc:def:crs:EPSG::9377' })).toBe('EPSG:9377');
    expect(detectCrs({ crsName: 'urn:ogc:def:crs:OGC:1.3:CRS84' })).toBe('EPSG:4326');
  });

  it('falls back to coordinate magnitude and refuses undeclared projected coordinates', () => {
    expect(detectCrs({ sample: [-74.1, 4.6] })).toBe('EPSG:4326');
    expect(detectCrs({ sample: [4_880_000, 2_070_000] })).toMatch(/^unknown CRS/);
  });

  it('refuses other projections', () => {
    expect(detectCrs({ prj: 'PROJCS["MAGNA_Colombia_Bogota",…]' })).toMatch(/^unknown CRS/);
    expect(detectCrs({ crsName: 'EPSG:3116' })).toMatch(/^unknown CRS/);
  });
});
