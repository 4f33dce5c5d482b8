// Every fixture of test/fixtures/import/ through the whole pipeline (inspect, automatic mapping,
// import), as `npm run import` runs it. Problems are compared as [code, row, id].
import { describe, expect, it } from 'vitest';
import {
  importFixture,
  importFixtureFile,
  inspectFixture,
  referenceGazetteer,
} from '../../test/fixtures/import-fixtures';
import { UNCLASSIFIED } from '../geo/taxonomy';
import { byteSourceFromBytes } from './byte-source';
import { type BoundingBox, type ImportRequest, type ImportResult, importFile } from './import-file';
import { type ImportQuestion, inspectFile } from './inspect-file';
import { textAt } from './text-column';
import type { AreaProperties } from './validate-areas';
import { tableValue } from './validate-table';

const problemsOf = (result: ImportResult) =>
  result.problems.map((problem) => [problem.code, problem.row, problem.id]);
const counts = ({ rows, accepted, rejected }: ImportResult) => ({ rows, accepted, rejected });
const points = (result: ImportResult) => {
  if (result.kind !== 'points') throw new Error(`expected points, got ${result.kind}`);
  return result.points;
};

describe('Spanish-Excel CSV (Windows-1252, ;, decimal commas, d/m/yyyy)', () => {
  it('is detected as Windows-1252, ; and day-first dates with decimal commas', async () => {
    const inspection = await inspectFixture('spanish-excel.csv');
    expect([inspection.encoding?.encoding, inspection.delimiter, inspection.kind]).toEqual([
      'windows-1252',
      ';',
      'points',
    ]);
    expect(inspection.settings.numberFormats.Presupuesto).toEqual({ decimal: ',', thousands: '.' });
    expect(inspection.settings.numberFormats.Latitud.decimal).toBe(',');
    expect(inspection.settings.dateOrders['Fecha inicio']).toBe('dmy');
  });

  it('keeps 4 of 8 records and rejects latitude 107, 30/02/2023, a negative budget and a type of another pillar', async () => {
    const result = await importFixtureFile('spanish-excel.csv');
    expect(counts(result)).toEqual({ rows: 8, accepted: 4, rejected: 4 });
    expect(problemsOf(result)).toEqual([
      ['latitudeOutOfRange', 4, 'SE-03'],
      ['invalidDate', 5, 'SE-04'],
      ['negativeValue', 7, 'SE-06'],
      ['typeNotInPillar', 8, 'SE-07'],
      ['unrecognisedCategory', 9, 'SE-08'],
    ]);
  });

  it('reads labels, thousands dots and decimal commas into codes and numbers', async () => {
    const imported = points(await importFixtureFile('spanish-excel.csv'));
    expect(textAt(imported.id, 0)).toBe('SE-01');
    expect([imported.pillar[0], imported.type[0], imported.status[0]]).toEqual([0, 0, 2]); // SR, SR-ERF, completed
    expect(imported.measures.budget[0]).toBe(1_250_000.5);
    expect(imported.measures.budget[1]).toBe(2_300_000_000);
    expect(imported.measures.beneficiaries[1]).toBe(1200);
    expect([imported.lon[1], imported.lat[1]]).toEqual([-75.35, 7.58]);
  });

  it('derives the pillar from a type code and keeps a record without categories as unclassified', async () => {
    const imported = points(await importFixtureFile('spanish-excel.csv'));
    expect(imported.pillar[1]).toBe(1); // RD from RD-VIA
    expect([imported.pillar[2], imported.type[2], imported.status[2]]).toEqual([
      UNCLASSIFIED,
      UNCLASSIFIED,
      UNCLASSIFIED,
    ]);
    expect(imported.status[3]).toBe(UNCLASSIFIED); // "En pausa"
  });

  it('keeps the quoted line break and the other columns as extra attributes', async () => {
    const imported = points(await importFixtureFile('spanish-excel.csv'));
    expect(imported.extra.map((column) => column.name)).toEqual(['Observaciones']);
    expect(textAt(imported.extra[0].values, 1)).toBe('Tramo 1\r\nTramo 2; con punto y coma');
  });
});

describe('other delimited files', () => {
  it('reads a UTF-8 BOM CSV and rejects 2023-02-29', async () => {
    const result = await importFixtureFile('utf8-bom.csv');
    expect([result.encoding?.encoding, result.encoding?.bom, result.delimiter]).toEqual(['utf-8', true, ',']);
    expect(problemsOf(result)).toEqual([['invalidDate', 4, 'B-3']]);
    expect(textAt(points(result).title, 0)).toBe('Acuerdo de sustitución, Tumaco');
    expect(points(result).measures.budget[0]).toBe(1_500_000.75);
  });

  it('reads a TSV with month-first dates and English labels', async () => {
    const result = await importFixtureFile('tab-separated.tsv');
    expect([result.delimiter, result.settings.dateOrders['Start date']]).toEqual(['\t', 'mdy']);
    expect(counts(result)).toEqual({ rows: 2, accepted: 2, rejected: 0 });
    expect(points(result).type[1]).toBe(1); // "Interdiction and seizures" → SR-INT
  });

  it('reads a pipe-delimited TXT', async () => {
    const result = await importFixtureFile('pipe-delimited.txt');
    const box: BoundingBox | null = result.bbox;
    expect([result.delimiter, result.accepted, box]).toEqual(['|', 2, [-75.35, 7.58, -72.8, 8.08]]);
  });

  it('places KoboToolbox records from _gps_latitude/_gps_longitude', async () => {
    const result = await importFixtureFile('kobotoolbox.csv');
    expect(result.mapping.location).toEqual({ latitude: '_gps_latitude', longitude: '_gps_longitude' });
    expect([points(result).lon[0], points(result).lat[0]]).toEqual([-78.6002, 1.6001]);
  });

  it('places ODK records from place-Latitude/place-Longitude with meta-instanceID as id', async () => {
    const result = await importFixtureFile('odk.csv');
    expect(result.mapping.fields.id).toBe('meta-instanceID');
    expect([points(result).lon[0], points(result).lat[0], result.accepted]).toEqual([-72.8003, 8.0801, 2]);
  });

  it('places WKT points and rejects unreadable WKT', async () => {
    const result = await importFixtureFile('wkt.csv');
    expect(problemsOf(result)).toEqual([['invalidWkt', 3, 'W-2']]);
    expect([points(result).lon[0], points(result).lat[0]]).toEqual([-75.35, 7.58]);
  });
});

describe('records without coordinates', () => {
  it('places DIVIPOLA-only rows at their municipality point, flagged, and rejects an unknown code', async () => {
    const result = await importFixtureFile('divipola-only.csv');
    const imported = points(result);
    const gazetteer = referenceGazetteer();
    expect(Array.from(imported.divipola)).toEqual([5120, 52835, 54720]);
    expect(Array.from(imported.locatedByMunicipality)).toEqual([1, 1, 1]);
    expect([imported.lon[1], imported.lat[1]]).toEqual(gazetteer.byCode('52835')?.point);
    expect(problemsOf(result)).toEqual([
      ['locatedByMunicipalityRows', null, null],
      ['unknownMunicipalityCode', 5, null],
    ]);
  });

  it('places rows by municipality and department names and reports the ambiguous and unknown ones', async () => {
    const result = await importFixtureFile('municipality-names.csv');
    expect(Array.from(points(result).divipola)).toEqual([5120, 52835, 54720]);
    expect(problemsOf(result).slice(1)).toEqual([
      ['ambiguousMunicipality', 5, null],
      ['unknownMunicipality', 6, null],
    ]);
  });
});

describe('coordinate systems', () => {
  it('stops projected numbers without a CRS with a question listing the Colombian systems', async () => {
    const inspection = await inspectFixture('projected-without-crs.csv');
    expect(inspection.questions[0]).toMatchObject({
      code: 'crs',
      candidates: expect.arrayContaining(['EPSG:9377', 'EPSG:3116']),
    });
    expect(inspection.questions[0]).toMatchObject({
      candidates: [
        'EPSG:9377',
        expect.any(String),
        expect.any(String),
        expect.any(String),
        expect.any(String),
        expect.any(String),
      ],
    });
    const request: ImportRequest = {
      datasetId: 'proyectados',
      mapping: inspection.mapping,
      settings: inspection.settings,
      gazetteer: referenceGazetteer(),
    };
    const outcome = await importFile(importFixture('projected-without-crs.csv'), request);
    expect(outcome).toMatchObject({ ok: false, refusal: { code: 'crsRequired' } });
  });

  it('reprojects the projected numbers once the user answers CTM12', async () => {
    const result = await importFixtureFile('projected-without-crs.csv', { crs: 'EPSG:9377' });
    const imported = points(result);
    expect(result.datasetId).toBe('projected-without-crs.csv');
    expect(imported.lon[0]).toBeCloseTo(-75.35, 6);
    expect(imported.lat[0]).toBeCloseTo(7.58, 6);
  });

  it('reads a GeoJSON crs member (CTM12) and reprojects', async () => {
    const result = await importFixtureFile('ctm12-crs.geojson');
    expect(result.crs).toBe('EPSG:9377');
    expect(points(result).lon[0]).toBeCloseTo(-78.6, 6);
    expect(points(result).lat[0]).toBeCloseTo(1.6, 6);
  });

  it('offers the swap fix for swapped latitude/longitude, and applies it when accepted', async () => {
    const inspection = await inspectFixture('swapped-lat-lon.csv');
    const expected: ImportQuestion[] = [{ code: 'swapLatLon', inside: 3, sampled: 3 }];
    expect(inspection.questions).toEqual(expected);
    const unfixed = await importFixtureFile('swapped-lat-lon.csv');
    expect(problemsOf(unfixed).slice(0, 2)).toEqual([
      ['coordinatesLookSwapped', null, null],
      ['outsideColombia', 2, 'S-1'],
    ]);
    const fixed = points(await importFixtureFile('swapped-lat-lon.csv', { swapLatLon: true }));
    expect([fixed.lon[0], fixed.lat[0]]).toEqual([-75.35, 7.58]);
  });
});

describe('spreadsheets and feature formats', () => {
  it('lists both XLSX sheets and reads the first, with date cells and an Excel serial', async () => {
    const result = await importFixtureFile('two-sheets.xlsx');
    const imported = points(result);
    expect(result.sheet).toBe('Intervenciones');
    expect((await inspectFixture('two-sheets.xlsx')).sheets).toEqual(['Intervenciones', 'Coca']);
    expect(problemsOf(result)).toEqual([['latitudeOutOfRange', 4, 'X-3']]);
    expect(Array.from(imported.startDay)).toEqual([19754, 19723]); // 2024-02-01, 2024-01-01 (serial 45292)
  });

  it('reads the chosen XLSX sheet as a wide table', async () => {
    const result = await importFixtureFile('two-sheets.xlsx', { sheet: 'Coca' });
    expect(result.kind === 'table' && result.table.sums).toEqual({ 2022: 24668.6, 2023: 19610.25 });
  });

  it('reads KML points with ExtendedData and rejects the line', async () => {
    const result = await importFixtureFile('points.kml');
    expect(result.mapping.fields).toMatchObject({ title: 'name', type: 'tipo', status: 'estado' });
    expect(problemsOf(result)).toEqual([['unsupportedGeometry', 3, null]]);
  });

  it('reads GPX waypoints and rejects the track', async () => {
    const result = await importFixtureFile('waypoints.gpx');
    expect([result.accepted, result.problems[0].code]).toEqual([2, 'unsupportedGeometry']);
  });

  it('reads KMZ polygons as areas', async () => {
    const result = await importFixtureFile('areas.kmz');
    expect(
      result.kind === 'areas' && result.areas.collection.features.map((feature) => feature.properties.name),
    ).toEqual(['Núcleo veredal Cáceres', 'Núcleo veredal Sardinata']);
  });

  it('reads a CTM12 shapefile of areas with a mapshaper "UNK" .prj, reprojected and rewound', async () => {
    const result = await importFixtureFile('areas-ctm12-shapefile.zip');
    if (result.kind !== 'areas') throw new Error('expected areas');
    const [first] = result.areas.collection.features;
    const properties: AreaProperties = first.properties;
    expect(result.crs).toBe('EPSG:9377');
    expect([properties.name, properties.row, properties.CODIGO]).toEqual([
      'Vereda Puerto Bélgica',
      1,
      'V-01',
    ]);
    const ring = first.geometry.type === 'Polygon' ? first.geometry.coordinates[0] : [];
    expect(ring[0][0]).toBeCloseTo(-75.37, 6);
    const signedArea = ring
      .slice(1)
      .reduce((sum, [x, y], index) => sum + (ring[index][0] * y - x * ring[index][1]), 0);
    expect(signedArea).toBeGreaterThan(0); // counter-clockwise outer ring (RFC 7946)
  });

  it('reads Latin-1 shapefile attributes through the .cpg and the MAGNA-SIRGAS .prj', async () => {
    const result = await importFixtureFile('points-latin1-shapefile.zip');
    expect(result.crs).toBe('EPSG:4686');
    expect(textAt(points(result).title, 1)).toBe('Señalización Tumaco');
  });
});

describe('municipal tables', () => {
  it('reads a SIMCI-style wide table: years from irregular names, keys in any form, unmatched listed', async () => {
    const result = await importFixtureFile('coca-wide.csv');
    if (result.kind !== 'table') throw new Error('expected a table');
    expect(result.table.keys).toEqual(['05120', '52835', '54720']);
    expect(result.table.unmatched).toEqual(['99999', 'Total']);
    expect(tableValue(result.table, '05120', 2001, 'value')).toBe(10.5);
    expect(tableValue(result.table, '54720', 2024, 'value')).toBeNaN();
    expect(result.table.sums).toEqual({ 2001: 1011.5, 2004: 2022, 2022: 3033.25, 2023: 4044, 2024: 5050 });
  });

  it('reads a long table, keeping the first of two values for one municipality and year', async () => {
    const result = await importFixtureFile('coca-long.csv');
    if (result.kind !== 'table') throw new Error('expected a table');
    expect(result.table.sums).toEqual({ hectareas: 44278.85 });
    expect(problemsOf(result)).toEqual([
      ['duplicateKey', 6, '52835'],
      ['invalidYear', 7, '54720'],
    ]);
  });
});

describe('refused files', () => {
  it.each([
    ['empty.csv', 'emptyFile'],
    ['binary.dat', 'binaryFile'],
    ['zip-bomb.zip', 'zipBomb'],
  ])('refuses %s (%s) with a message naming it', async (name, code) => {
    const outcome = await inspectFile(importFixture(name));
    expect(outcome).toMatchObject({
      ok: false,
      refusal: { code, file: name, message: expect.stringMatching(new RegExp(`^${name}: `)) },
    });
  });

  it.each([
    [
      'roto.kml',
      '<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>a</nam></Placemark></kml>',
      'unreadable',
    ],
    ['vacio.kml', '<kml></kml>', 'noRows'],
    ['topologia.json', '{"type":"Topology"}', 'unreadable'],
    ['hoja.xlsx', 'PK\u0003\u0004basura', 'unreadable'],
    ['solo-encabezado.csv', 'id;latitud;longitud\n', 'noRows'],
  ])('refuses the unreadable %s (%s)', async (name, text, code) => {
    const outcome = await inspectFile(byteSourceFromBytes(name, new TextEncoder().encode(text)));
    expect(outcome).toMatchObject({
      ok: false,
      refusal: { code, message: expect.stringMatching(new RegExp(`^${name}: `)) },
    });
  });
});
