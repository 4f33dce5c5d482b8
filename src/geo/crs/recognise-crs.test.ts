import { describe, expect, it } from 'vitest';
import { recogniseCrs } from './recognise-crs';

const MAGNA_GEOGCS =
  'GEOGCS["GCS_MAGNA",DATUM["D_MAGNA",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
const tmerc = (name: string, parameters: [number, number, number, number, number]) =>
  `PROJCS["${name}",${MAGNA_GEOGCS},PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",${parameters[0]}],PARAMETER["False_Northing",${parameters[1]}],PARAMETER["Central_Meridian",${parameters[2]}],PARAMETER["Scale_Factor",${parameters[3]}],PARAMETER["Latitude_Of_Origin",${parameters[4]}],UNIT["Meter",1.0]]`;

describe('recogniseCrs from WKT parameters', () => {
  it('recognises CTM12 whatever its name says (mapshaper, ArcGIS, QGIS WKT2)', () => {
    const ctm12: [number, number, number, number, number] = [5000000, 2000000, -73, 0.9992, 4];
    expect(recogniseCrs({ wkt: tmerc('UNK', ctm12) })).toEqual({ crs: 'EPSG:9377' });
    expect(recogniseCrs({ wkt: tmerc('MAGNA-SIRGAS / Origen Nacional', ctm12) })).toEqual({
      crs: 'EPSG:9377',
    });
    const wkt2 =
      'PROJCRS["MAGNA-SIRGAS 2018 / Origen-Nacional",BASEGEOGCRS["MAGNA-SIRGAS 2018",DATUM["Marco Geocentrico Nacional de Referencia 2018",ELLIPSOID["GRS 1980",6378137,298.257222101,LENGTHUNIT["metre",1]]],PRIMEM["Greenwich",0,ANGLEUNIT["degree",0.0174532925199433]]],CONVERSION["Colombia Transverse Mercator",METHOD["Transverse Mercator",ID["EPSG",9807]],PARAMETER["Latitude of natural origin",4,ANGLEUNIT["degree",0.0174532925199433]],PARAMETER["Longitude of natural origin",-73,ANGLEUNIT["degree",0.0174532925199433]],PARAMETER["Scale factor at natural origin",0.9992,SCALEUNIT["unity",1]],PARAMETER["False easting",5000000,LENGTHUNIT["metre",1]],PARAMETER["False northing",2000000,LENGTHUNIT["metre",1]]],CS[Cartesian,2],AXIS["northing (N)",north],AXIS["easting (E)",east],LENGTHUNIT["metre",1]]';
    expect(recogniseCrs({ wkt: wkt2 })).toEqual({ crs: 'EPSG:9377' });
  });

  it('tells the five MAGNA-SIRGAS Gauss–Krüger zones apart by their central meridian', () => {
    const zone = (lon0: number) =>
      recogniseCrs({ wkt: tmerc('anything', [1000000, 1000000, lon0, 1, 4.596200416666666]) });
    expect(zone(-80.07750791666666)).toEqual({ crs: 'EPSG:3114' });
    expect(zone(-77.07750791666666)).toEqual({ crs: 'EPSG:3115' });
    expect(zone(-74.07750791666666)).toEqual({ crs: 'EPSG:3116' });
    expect(zone(-71.07750791666666)).toEqual({ crs: 'EPSG:3117' });
    expect(zone(-68.07750791666666)).toEqual({ crs: 'EPSG:3118' });
  });

  it('reads longitude/latitude systems by their ellipsoid', () => {
    expect(recogniseCrs({ wkt: MAGNA_GEOGCS })).toEqual({ crs: 'EPSG:4686' });
    expect(
      recogniseCrs({
        wkt: 'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]',
      }),
    ).toEqual({ crs: 'EPSG:4326' });
  });

  it('refuses a projection it does not support, saying what it found', () => {
    const utm18 = recogniseCrs({
      wkt: 'PROJCS["WGS_1984_UTM_Zone_18N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",-75.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]',
    });
    expect(utm18).toEqual({ problem: expect.stringContaining('scale 0.9996') });
    expect(utm18).toEqual({ problem: expect.stringContaining('EPSG:9377') });
  });

  it('refuses the old Bogotá 1975 datum (International 1924 ellipsoid)', () => {
    const bogota1975 = recogniseCrs({
      wkt: 'PROJCS["Bogota_1975_Colombia_Bogota",GEOGCS["GCS_Bogota",DATUM["D_Bogota",SPHEROID["International_1924",6378388.0,297.0]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",1000000.0],PARAMETER["False_Northing",1000000.0],PARAMETER["Central_Meridian",-74.08091666666667],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",4.599047222222222],UNIT["Meter",1.0]]',
    });
    expect(bogota1975).toEqual({ problem: expect.stringContaining('Bogotá 1975') });
  });

  it('says when a definition cannot be read', () => {
    expect(recogniseCrs({ wkt: 'PROJCS["broken' })).toEqual({
      problem: expect.stringMatching(/unreadable|not/),
    });
    expect(recogniseCrs({})).toEqual({ problem: 'no CRS declared' });
  });
});

describe('recogniseCrs from GeoJSON crs names', () => {
  it('reads OGC URNs and EPSG codes', () => {
    expect(recogniseCrs({ name: 'urn:ogc:def:crs:OGC:1.3:CRS84' })).toEqual({ crs: 'EPSG:4326' });
    expect(recogniseCrs({ name: 'urn:ogc:def:crs:EPSG::9377' })).toEqual({ crs: 'EPSG:9377' });
    expect(recogniseCrs({ name: 'EPSG:3116' })).toEqual({ crs: 'EPSG:3116' });
    expect(recogniseCrs({ name: 'urn:ogc:def:crs:EPSG:6.6:4686' })).toEqual({ crs: 'EPSG:4686' });
    expect(recogniseCrs({ name: 'http://www.opengis.net/def/crs/EPSG/0/3117' })).toEqual({
      crs: 'EPSG:3117',
    });
  });

  it('refuses codes outside the supported list', () => {
    expect(recogniseCrs({ name: 'EPSG:32618' })).toEqual({
      problem: expect.stringContaining('EPSG:32618 is not a supported CRS'),
    });
    expect(recogniseCrs({ name: 'my own system' })).toEqual({
      problem: expect.stringContaining('not recognised'),
    });
  });
});
