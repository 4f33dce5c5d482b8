import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import mapshaper from 'mapshaper';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { readMgn } from './read-mgn.ts';
import { CTM12 } from './reproject.ts';

const dir = mkdtempSync(join(tmpdir(), 'read-mgn-'));
const lonLatSquare = [
  [
    [-74.2, 4.5],
    [-74.0, 4.5],
    [-74.0, 4.7],
    [-74.2, 4.7],
    [-74.2, 4.5],
  ],
];
const collection = (properties: object, coordinates = lonLatSquare, extra: object = {}) =>
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

describe('readMgn', () => {
  it('keys GeoJSON features by MPIO_CDPMP', async () => {
    const source = await readMgn(
      write('cdpmp.geojson', collection({ MPIO_CDPMP: '11001', MPIO_CNMBR: 'BOGOTÁ, D.C.' })),
    );
    expect(source.features[0].properties.divipola).toBe('11001');
    expect(source.names.get('11001')).toBe('BOGOTÁ, D.C.');
  });

  it('reprojects CTM12 (EPSG:9377) declared in a GeoJSON crs member', async () => {
    const projected = lonLatSquare.map((ring) => ring.map((position) => proj4('EPSG:4326', CTM12, position)));
    const crs = { crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::9377' } } };
    const source = await readMgn(write('ctm12.geojson', collection({ MPIO_CCNCT: '11001' }, projected, crs)));
    const [x, y] = (source.features[0].geometry.coordinates[0] as number[][])[0];
    expect(x).toBeCloseTo(-74.2, 6);
    expect(y).toBeCloseTo(4.5, 6);
    expect(source.crs).toBe('EPSG:9377');
  });

  it('reads a zipped shapefile keyed by DPTO_CCDGO + MPIO_CCDGO', async () => {
    const output = await mapshaper.applyCommands('-i in.json -o format=shapefile mpio.shp', {
      'in.json': collection({ DPTO_CCDGO: '52', MPIO_CCDGO: '835' }),
    });
    const files = Object.fromEntries(
      Object.entries(output).map(([name, content]) => [
        name,
        typeof content === 'string' ? new TextEncoder().encode(content) : new Uint8Array(content),
      ]),
    );
    files['mpio.prj'] = new TextEncoder().encode(
      'GEOGCS["GCS_MAGNA",DATUM["D_MAGNA",SPHEROID["GRS_1980",6378137,298.257222101]]]',
    );
    const source = await readMgn(write('mpio.zip', zipSync(files)));
    expect(source.features.map((feature) => feature.properties.divipola)).toEqual(['52835']);
    expect(source.crs).toBe('EPSG:4686');
  });

  it('names the file when the code field is missing', async () => {
    const file = write('nocode.geojson', collection({ NOMBRE: 'X' }));
    await expect(readMgn(file)).rejects.toThrow(/nocode\.geojson: no DIVIPOLA code field/);
  });

  it('names the file when the CRS is unknown', async () => {
    const crs = { crs: { type: 'name', properties: { name: 'EPSG:3116' } } };
    await expect(
      readMgn(write('bogota.geojson', collection({ MPIO_CDPMP: '11001' }, lonLatSquare, crs))),
    ).rejects.toThrow(/bogota\.geojson: unknown CRS/);
  });

  it('names the file when it is unreadable or absent', async () => {
    await expect(readMgn(write('broken.geojson', '{ not json'))).rejects.toThrow(
      /broken\.geojson: unreadable/,
    );
    await expect(readMgn(join(dir, 'absent.shp'))).rejects.toThrow(/absent\.shp: file not found/);
  });

  it('names the file when it holds no polygons', async () => {
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
    await expect(readMgn(write('points.geojson', points))).rejects.toThrow(
      /points\.geojson: no polygon features/,
    );
  });
});
