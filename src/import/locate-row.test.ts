import { describe, expect, it } from 'vitest';
import { reprojector } from '../geo/crs/reprojector';
import { createGazetteer } from './gazetteer';
import { rowLocator } from './locate-row';
import { COMMA_DECIMAL, POINT_DECIMAL } from './number-format';

const gazetteer = createGazetteer([
  { code: '05120', name: 'Cáceres', department: 'Antioquia', point: [-75.35, 7.58] },
  { code: '27150', name: 'Carmen del Darién', department: 'Chocó', point: null },
]);
// columns: 0 lon, 1 lat, 2 gps text, 3 wkt, 4 divipola
const locate = (options: { swap?: boolean } = {}) =>
  rowLocator({
    longitude: 0,
    latitude: 1,
    latLonText: 2,
    wkt: 3,
    divipola: 4,
    municipality: -1,
    department: -1,
    longitudeFormat: COMMA_DECIMAL,
    latitudeFormat: COMMA_DECIMAL,
    reproject: reprojector('EPSG:4326'),
    swap: options.swap ?? false,
    gazetteer,
  });

describe('rowLocator', () => {
  it('reads coordinate columns with their number format', () => {
    expect(locate()(['-75,35', '7,58', null, null, null], null)).toEqual({
      lon: -75.35,
      lat: 7.58,
      municipality: null,
      byMunicipality: false,
    });
  });

  it('reads a KoboToolbox "lat lon alt acc" text latitude first', () => {
    expect(locate()(['', '', '1.6 -78.6 12 4.5', null, null], null)).toMatchObject({ lon: -78.6, lat: 1.6 });
  });

  it('reads a WKT point', () => {
    expect(locate()(['', '', '', 'SRID=4326;POINT (-72.8 8.08)', null], null)).toMatchObject({
      lon: -72.8,
      lat: 8.08,
    });
  });

  it('uses the row geometry before any column', () => {
    expect(
      locate()(['-75,35', '7,58', null, null, null], { type: 'Point', coordinates: [-70, 5] }),
    ).toMatchObject({ lon: -70, lat: 5 });
  });

  it('falls back to the municipality point when the coordinates are empty, flagged', () => {
    expect(locate()(['', '', '', '', '5120'], null)).toEqual({
      lon: -75.35,
      lat: 7.58,
      municipality: gazetteer.byCode('05120'),
      byMunicipality: true,
    });
  });

  it('cannot place a municipality the map has no point for', () => {
    expect(locate()(['', '', '', '', '27150'], null)).toEqual({
      problem: 'municipalityWithoutPoint',
      params: { code: '27150', name: 'Carmen del Darién' },
    });
  });

  it('refuses half a coordinate pair and text that is not a number', () => {
    expect(locate()(['-75,35', '', null, null, '5120'], null)).toMatchObject({
      problem: 'invalidCoordinate',
    });
    expect(locate()(['oeste', '7,58', null, null, null], null)).toMatchObject({
      problem: 'invalidCoordinate',
      params: { field: 'longitude', value: 'oeste' },
    });
  });

  it('swaps the columns when the user accepted the fix', () => {
    expect(locate({ swap: true })(['7,58', '-75,35', null, null, null], null)).toMatchObject({
      lon: -75.35,
      lat: 7.58,
    });
  });

  it('checks ranges after reading: latitude 107 is refused', () => {
    expect(locate()(['-75', '107', null, null, null], null)).toEqual({
      problem: 'latitudeOutOfRange',
      params: { value: 107 },
    });
  });

  it('needs no number format for spreadsheet numbers', () => {
    const plain = rowLocator({
      ...{
        longitude: 0,
        latitude: 1,
        latLonText: -1,
        wkt: -1,
        divipola: -1,
        municipality: -1,
        department: -1,
      },
      longitudeFormat: POINT_DECIMAL,
      latitudeFormat: POINT_DECIMAL,
      reproject: reprojector('EPSG:4326'),
      swap: false,
      gazetteer,
    });
    expect(plain([-75.35, 7.58], null)).toMatchObject({ lon: -75.35, lat: 7.58 });
  });
});
