import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import mapshaper from 'mapshaper';
import { describe, expect, it } from 'vitest';
import { readBoundaryFile } from './read-boundary-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'read-boundary-'));
const square = (west: number, south: number, size = 0.2) => [
  [
    [west, south],
    [west + size, south],
    [west + size, south + size],
    [west, south + size],
    [west, south],
  ],
];
const collection = (properties: object, coordinates = square(-74.2, 4.5), extra: object = {}) =>
  JSON.stringify({
    type: 'FeatureCollection',
    ...extra,
    features: [{ type: 'Feature', properties, geometry: { type: 'Polygon', coordinates } }],
  });
const write = (name: string, text: string | Uint8Array) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
const bytes = (content: string | ArrayBuffer | Uint8Array) =>
  typeof content === 'string' ? new TextEncoder().encode(content) : new Uint8Array(content);

/** Shapefile parts (.shp, .shx, .dbf, .prj, .cpg) as mapshaper writes them, named `<name>.*`. */
async function shapefileParts(
  name: string,
  json: string,
  projection = '',
): Promise<Record<string, Uint8Array>> {
  const output = await mapshaper.applyCommands(`-i in.json ${projection} -o format=shapefile ${name}.shp`, {
    'in.json': json,
  });
  return Object.fromEntries(Object.entries(output).map(([file, content]) => [file, bytes(content)]));
}

const CTM12_PROJ4 =
  '+proj=tmerc +lat_0=4 +lon_0=-73 +k=0.9992 +x_0=5000000 +y_0=2000000 +ellps=GRS80 +units=m +no_defs';

describe('readBoundaryFile: schemas and codes', () => {
  it('keys GeoJSON features by MPIO_CDPMP and keeps the official area and the name', async () => {
    const source = await readBoundaryFile(
      write(
        'cdpmp.geojson',
        collection({ MPIO_CDPMP: '11001', MPIO_CNMBR: 'BOGOTÁ, D.C.', MPIO_NAREA: 1622.85, MPIO_NANO: 2023 }),
      ),
    );
    expect(source.municipalities.map((feature) => feature.properties.divipola)).toEqual(['11001']);
    expect(source.names.get('11001')).toBe('BOGOTÁ, D.C.');
    expect(source.officialAreas.get('11001')).toBe(1622.85);
    expect(source.year).toBe('2023');
    expect(source.departments).toBeNull();
  });

  it("reads OCHA COD-AB's ADM2_PCODE (CO + DIVIPOLA) and the lower-case adm2_pcode schema", async () => {
    for (const fixture of ['cod-ab-adm2.geojson', 'cod-ab-adm2-lowercase.geojson']) {
      const file = join(dir, fixture);
      copyFileSync(join('test/fixtures', fixture), file);
      const source = await readBoundaryFile(file);
      expect(source.municipalities.map((feature) => feature.properties.divipola).sort(), fixture).toEqual([
        '05120',
        '52835',
        '54720',
      ]);
      expect(source.names.get('52835'), fixture).toBe('San Andrés de Tumaco');
      expect(source.officialAreas.size, fixture).toBe(0);
      expect(source.schema, fixture).toBe('COD-AB');
    }
  });

  it('reads the municipalities and the departments of the committed MGN 2018 TopoJSON', async () => {
    const source = await readBoundaryFile('data/sources/MGN2018_colombia.topojson');
    expect(source.municipalities).toHaveLength(1122);
    expect(source.departments).toHaveLength(33);
    expect(source.officialAreas.get('52835')).toBeCloseTo(3611.51, 2);
    expect(source.layer).toBe('MGN_MPIO_POLITICO');
    expect(source.schema).toBe('MGN');
    expect(source.crs).toBe('EPSG:4326');
  });
});

describe('readBoundaryFile: coordinate systems, recognised by their parameters', () => {
  it('reprojects a zipped CTM12 shapefile whose .prj mapshaper names "UNK / Transverse_Mercator"', async () => {
    const parts = await shapefileParts(
      'mpio',
      collection({ DPTO_CCDGO: '52', MPIO_CCDGO: '835' }),
      `-proj ${CTM12_PROJ4}`,
    );
    expect(new TextDecoder().decode(parts['mpio.prj'])).toContain('UNK / Transverse_Mercator');
    const source = await readBoundaryFile(write('ctm12.zip', zipSync(parts)));
    expect(source.crs).toBe('EPSG:9377');
    const [lon, lat] = (source.municipalities[0].geometry.coordinates[0] as number[][])[0];
    expect(lon).toBeCloseTo(-74.2, 6);
    expect(lat).toBeCloseTo(4.5, 6);
  });

  it('reprojects a MAGNA-SIRGAS Bogotá zone (EPSG:3116) declared in a GeoJSON crs member', async () => {
    const crs = { crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3116' } } };
    const projected = square(1_000_000, 1_000_000, 20_000);
    const source = await readBoundaryFile(
      write('bogota.geojson', collection({ MPIO_CCNCT: '11001' }, projected, crs)),
    );
    const [lon, lat] = (source.municipalities[0].geometry.coordinates[0] as number[][])[0];
    expect(lon).toBeCloseTo(-74.0775, 4);
    expect(lat).toBeCloseTo(4.5962, 4);
  });

  it('refuses an unsupported CRS and undeclared projected coordinates, naming the file', async () => {
    const utm = { crs: { type: 'name', properties: { name: 'EPSG:32618' } } };
    await expect(
      readBoundaryFile(
        write('utm.geojson', collection({ MPIO_CDPMP: '11001' }, square(500_000, 500_000, 1000), utm)),
      ),
    ).rejects.toThrow(/utm\.geojson: unknown CRS: EPSG:32618 is not a supported CRS/);
    await expect(
      readBoundaryFile(
        write('bare.geojson', collection({ MPIO_CDPMP: '11001' }, square(4_880_000, 2_070_000, 1000))),
      ),
    ).rejects.toThrow(/bare\.geojson: .*projected.*EPSG:9377/);
  });
});

describe('readBoundaryFile: shapefiles and zips', () => {
  it('picks the shapefile with a code field from a zip with several, and names them', async () => {
    const departments = await shapefileParts('MGN_DPTO_POLITICO', collection({ DPTO_CCDGO: '52' }));
    const municipalities = await shapefileParts(
      'MGN_MPIO_POLITICO',
      collection({ DPTO_CCDGO: '52', MPIO_CCDGO: '835', MPIO_CNMBR: 'TUMACO' }),
    );
    const file = write('mgn.zip', zipSync({ ...departments, ...municipalities }));
    const source = await readBoundaryFile(file);
    expect(source.municipalities.map((feature) => feature.properties.divipola)).toEqual(['52835']);
    expect(source.layer).toBe('MGN_MPIO_POLITICO.shp');
    expect(source.notes.join(' ')).toMatch(
      /2 shapefiles \(MGN_DPTO_POLITICO\.shp, MGN_MPIO_POLITICO\.shp\).*MGN_MPIO_POLITICO\.shp/,
    );
  });

  it('names every shapefile of a zip when none has a code field', async () => {
    const a = await shapefileParts('rios', collection({ NOMBRE: 'Mira' }));
    const b = await shapefileParts('vias', collection({ NOMBRE: 'Troncal' }));
    await expect(readBoundaryFile(write('other.zip', zipSync({ ...a, ...b })))).rejects.toThrow(
      /other\.zip: .*rios\.shp, vias\.shp.*none has a DIVIPOLA code field/,
    );
  });

  it('says "unreadable .dbf" when the .dbf is truncated, not that a code field is missing', async () => {
    const features = Array.from({ length: 40 }, (_, index) => ({
      type: 'Feature',
      properties: { MPIO_CDPMP: String(11001 + index), MPIO_CNMBR: 'X'.repeat(40) },
      geometry: { type: 'Polygon', coordinates: square(-74 + index * 0.01, 4.5, 0.005) },
    }));
    const parts = await shapefileParts('mpio', JSON.stringify({ type: 'FeatureCollection', features }));
    parts['mpio.dbf'] = parts['mpio.dbf'].subarray(0, parts['mpio.dbf'].length - 500);
    await expect(readBoundaryFile(write('cut.zip', zipSync(parts)))).rejects.toThrow(
      /cut\.zip: unreadable \.dbf \(mpio\.dbf truncated/,
    );
    for (const [name, content] of Object.entries(parts)) write(`cut-${name}`, content);
    await expect(readBoundaryFile(join(dir, 'cut-mpio.shp'))).rejects.toThrow(
      /cut-mpio\.shp: unreadable \.dbf/,
    );
  });
});

describe('readBoundaryFile: other errors name the file', () => {
  it('says when the code field is missing, listing the fields found', async () => {
    await expect(readBoundaryFile(write('nocode.geojson', collection({ NOMBRE: 'X' })))).rejects.toThrow(
      /nocode\.geojson: no DIVIPOLA code field .*found: NOMBRE/,
    );
  });

  it('says when the file is unreadable, absent or holds no polygons', async () => {
    await expect(readBoundaryFile(write('broken.geojson', '{ not json'))).rejects.toThrow(
      /broken\.geojson: unreadable/,
    );
    await expect(readBoundaryFile(join(dir, 'absent.shp'))).rejects.toThrow(/absent\.shp: file not found/);
    const points = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { MPIO_CDPMP: '11001' },
          geometry: { type: 'Point', coordinates: [-74, 4.6] },
        },
      ],
    });
    await expect(readBoundaryFile(write('points.geojson', points))).rejects.toThrow(
      /points\.geojson: no polygon features/,
    );
  });

  it('keeps the committed TopoJSON unchanged (the file is read, never rewritten)', () => {
    expect(readFileSync('data/sources/MGN2018_colombia.topojson').length).toBe(1_913_116);
  });
});
