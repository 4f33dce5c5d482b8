import { describe, expect, it } from 'vitest';
import { automaticMapping } from './automatic-mapping';
import { headerSignature } from './header-signature';

describe('automaticMapping', () => {
  it('maps Spanish headers (accents, case, spaces ignored) and keeps the rest as extras', () => {
    const headers = [
      'ID',
      'Título',
      'Pilar',
      'Tipo',
      'Agencia',
      'Estado',
      'Fecha inicio',
      'Fecha fin',
      'Presupuesto',
      'Beneficiarios',
      'Hectáreas',
      'Latitud',
      'Longitud',
      'Observaciones',
    ];
    const mapping = automaticMapping(headers, [], []);
    expect(mapping.kind).toBe('points');
    expect(mapping.fields).toEqual({
      id: 'ID',
      title: 'Título',
      pillar: 'Pilar',
      type: 'Tipo',
      agency: 'Agencia',
      status: 'Estado',
      startDate: 'Fecha inicio',
      endDate: 'Fecha fin',
      budget: 'Presupuesto',
      beneficiaries: 'Beneficiarios',
      hectares: 'Hectáreas',
    });
    expect(mapping.location).toEqual({ latitude: 'Latitud', longitude: 'Longitud' });
    expect(mapping.extra).toEqual(['Observaciones']);
  });

  it('maps English headers', () => {
    const mapping = automaticMapping(
      ['id', 'title', 'type', 'status', 'start_date', 'end_date', 'budget_cop', 'seized_kg', 'lat', 'lon'],
      [],
      [],
    );
    expect(mapping.fields).toMatchObject({
      id: 'id',
      title: 'title',
      startDate: 'start_date',
      endDate: 'end_date',
      budget: 'budget_cop',
      seizedKg: 'seized_kg',
    });
  });

  it('takes polygon features as areas named by their name column', () => {
    const mapping = automaticMapping(['CODIGO', 'NOMBRE'], [['V-1', 'Vereda']], ['Polygon', 'MultiPolygon']);
    expect(mapping).toMatchObject({ kind: 'areas', areaName: 'NOMBRE', extra: ['CODIGO'] });
  });

  it('takes WKT polygons as areas', () => {
    expect(automaticMapping(['nombre', 'wkt'], [['a', 'POLYGON ((0 0, 1 0, 1 1, 0 0))']], []).kind).toBe(
      'areas',
    );
  });

  it('takes a DIVIPOLA key with year columns as a wide table', () => {
    const mapping = automaticMapping(
      ['CODMPIO', 'MUNICIPIO', 'areacoca_2001', 'coca2022_'],
      [['5120', 'Cáceres', '1', '2']],
      [],
    );
    expect(mapping.kind).toBe('table');
    expect(mapping.table).toEqual({
      values: [
        { column: 'areacoca_2001', year: 2001 },
        { column: 'coca2022_', year: 2022 },
      ],
    });
  });

  it('takes a key with a year column and numeric columns as a long table', () => {
    const mapping = automaticMapping(
      ['divipola', 'municipio', 'año', 'hectareas'],
      [['05120', 'Cáceres', '2022', '1520,5']],
      [],
      {
        hectareas: { decimal: ',', thousands: '.' },
      },
    );
    expect(mapping).toMatchObject({
      kind: 'table',
      table: { yearColumn: 'año', values: [{ column: 'hectareas', year: null }] },
    });
  });

  it('takes a key with intervention fields as points placed by municipality', () => {
    const mapping = automaticMapping(['codigo_dane', 'nombre', 'tipo'], [['5120', 'x', 'RD-JUS']], []);
    expect(mapping).toMatchObject({
      kind: 'points',
      location: { divipola: 'codigo_dane' },
      fields: { title: 'nombre', type: 'tipo' },
    });
  });
});

describe('headerSignature', () => {
  it('is the same for the same headers in any order and differs otherwise', () => {
    expect(headerSignature(['ID', 'Latitud', 'Longitud'])).toBe(
      headerSignature([' Longitud', 'ID', 'Latitud']),
    );
    expect(headerSignature(['ID', 'Latitud'])).not.toBe(headerSignature(['ID', 'Lat']));
  });
});
