import { describe, expect, it } from 'vitest';
import { importFixture } from '../../test/fixtures/import-fixtures';
import { detectFormat } from './detect-format';
import type { ImportRefusalError } from './refusal';

const text = (value: string) => new TextEncoder().encode(value);
const refusalCode = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as ImportRefusalError).refusal.code;
  }
  return null;
};

describe('detectFormat', () => {
  it('tells GeoJSON, KML, GPX and delimited text apart by content, not name', () => {
    expect(detectFormat(text('\uFEFF {"type":"FeatureCollection"'), 'datos.txt')).toBe('geojson');
    expect(detectFormat(text('<?xml version="1.0"?>\n<kml xmlns="x">'), 'a.xml')).toBe('kml');
    expect(detectFormat(text('<?xml version="1.0"?><gpx version="1.1">'), 'a.xml')).toBe('gpx');
    expect(detectFormat(text('id;nombre\n1;a'), 'a.json')).toBe('csv');
  });

  it('tells zips apart by their entries', () => {
    const zip = Uint8Array.of(0x50, 0x4b, 3, 4);
    expect(detectFormat(zip, 'a.zip', ['x/predios.SHP', 'x/predios.dbf'])).toBe('shapefile');
    expect(detectFormat(zip, 'a.zip', ['doc.kml'])).toBe('kmz');
    expect(detectFormat(zip, 'libro.zip', ['xl/workbook.xml'])).toBe('xlsx');
  });

  it('refuses an empty file, naming it', () => {
    expect(() => detectFormat(new Uint8Array(), 'vacío.csv')).toThrow('vacío.csv: the file is empty');
    expect(refusalCode(() => detectFormat(text('  \n\n'), 'blank.csv'))).toBe('emptyFile');
  });

  it('refuses the binary fixture as binary', async () => {
    const source = importFixture('binary.dat');
    const head = await source.read(0, 512);
    expect(refusalCode(() => detectFormat(head, source.name))).toBe('binaryFile');
  });

  it('says what to do with an .xls workbook and a lone .shp', () => {
    expect(() => detectFormat(Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1), 'viejo.xls')).toThrow(
      /save it as .xlsx or CSV/,
    );
    expect(() => detectFormat(Uint8Array.of(0, 0, 0x27, 0x0a), 'predios.shp')).toThrow(/zip the .shp/);
  });

  it('refuses a zip holding none of the known formats', () => {
    expect(refusalCode(() => detectFormat(Uint8Array.of(0x50, 0x4b, 3, 4), 'fotos.zip', ['a.jpg']))).toBe(
      'unknownFormat',
    );
  });
});
