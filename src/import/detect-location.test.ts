import { describe, expect, it } from 'vitest';
import { detectLocation } from './detect-location';

describe('detectLocation', () => {
  it('finds Spanish and English coordinate pairs', () => {
    expect(detectLocation(['Latitud', 'Longitud'], [])).toEqual({
      latitude: 'Latitud',
      longitude: 'Longitud',
    });
    expect(detectLocation(['LON', 'LAT'], [])).toEqual({ latitude: 'LAT', longitude: 'LON' });
    expect(detectLocation(['este', 'norte'], [])).toEqual({ latitude: 'norte', longitude: 'este' });
  });

  it('prefers KoboToolbox _gps_latitude/_gps_longitude over the gps text beside them', () => {
    const headers = ['gps', '_gps_latitude', '_gps_longitude', '_gps_altitude', '_gps_precision'];
    expect(detectLocation(headers, [['1.6 -78.6 12 4.5', '1.6', '-78.6', '12', '4.5']])).toEqual({
      latitude: '_gps_latitude',
      longitude: '_gps_longitude',
    });
  });

  it('reads a lone "lat lon alt acc" column', () => {
    expect(
      detectLocation(
        ['nombre', 'gps'],
        [
          ['a', '1.6 -78.6 12 4.5'],
          ['b', '7.58 -75.35'],
        ],
      ),
    ).toEqual({
      latLonText: 'gps',
    });
  });

  it('finds ODK place-Latitude/place-Longitude', () => {
    expect(detectLocation(['place-Latitude', 'place-Longitude', 'place-Altitude'], [])).toEqual({
      latitude: 'place-Latitude',
      longitude: 'place-Longitude',
    });
  });

  it('finds a WKT column by name or by its values', () => {
    expect(detectLocation(['id', 'wkt'], [['1', 'POINT (-75 7)']])).toEqual({ wkt: 'wkt' });
    expect(detectLocation(['id', 'forma'], [['1', 'POLYGON ((0 0, 1 0, 1 1, 0 0))']])).toEqual({
      wkt: 'forma',
    });
  });

  it('finds a DIVIPOLA code and municipality and department names', () => {
    expect(detectLocation(['CODMPIO', 'MUNICIPIO', 'DEPARTAMENTO'], [])).toEqual({
      divipola: 'CODMPIO',
      municipality: 'MUNICIPIO',
      department: 'DEPARTAMENTO',
    });
  });

  it('does not take a length in km for a longitude', () => {
    expect(detectLocation(['longitud_km', 'latitud'], [])).toEqual({});
  });
});
