// The checks `src/io/read-area-file.ts` makes on an area, made by the areas import on any format.
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { byteSourceFromBytes } from './byte-source';
import { createGazetteer } from './gazetteer';
import { type ImportOutcome, importFile } from './import-file';
import { inspectFile } from './inspect-file';

const square = (lon: number, lat: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [lon, lat],
      [lon, lat + 0.1],
      [lon + 0.1, lat + 0.1],
      [lon + 0.1, lat],
      [lon, lat],
    ],
  ],
});

async function importAreas(features: object[], name = 'areas.geojson'): Promise<ImportOutcome> {
  const bytes = new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features }));
  const inspected = await inspectFile(byteSourceFromBytes(name, bytes));
  if (!inspected.ok) return inspected;
  const { mapping, settings } = inspected.inspection;
  return importFile(byteSourceFromBytes(name, bytes), { mapping, settings, gazetteer: createGazetteer([]) });
}

const feature = (geometry: object | null, name = 'Zona'): object => ({
  type: 'Feature',
  properties: { nombre: name },
  geometry,
});

describe('areas import', () => {
  it('rewinds a clockwise outer ring counter-clockwise (RFC 7946)', async () => {
    const outcome = await importAreas([feature(square(-75, 7)), feature(square(-74, 7))]);
    if (!outcome.ok || outcome.result.kind !== 'areas') throw new Error('expected areas');
    const ring = (
      outcome.result.areas.collection.features[0] as Feature<{ type: 'Polygon'; coordinates: number[][][] }>
    ).geometry.coordinates[0];
    expect(ring[1]).toEqual([-74.9, 7]); // first turn goes east: counter-clockwise
  });

  it('rejects, row by row, a point, a feature without geometry and a ring of bad coordinates', async () => {
    const outcome = await importAreas([
      feature(square(-75, 7), 'A'),
      feature({ type: 'Point', coordinates: [-75, 7] }, 'B'),
      feature(null, 'C'),
      feature(
        {
          type: 'Polygon',
          coordinates: [
            [
              [-75, 7],
              ['x', 7],
              [-75, 8],
              [-75, 7],
            ],
          ],
        },
        'D',
      ),
      feature(square(-74, 7), 'E'),
    ]);
    if (!outcome.ok) throw new Error(outcome.refusal.message);
    expect(outcome.result.problems.map((problem) => [problem.code, problem.row, problem.id])).toEqual([
      ['unsupportedGeometry', 2, 'B'],
      ['noLocation', 3, 'C'],
      ['invalidGeometry', 4, 'D'],
    ]);
    expect([outcome.result.accepted, outcome.result.rejected]).toEqual([2, 3]);
  });

  it('refuses a file whose polygons all fail, naming it', async () => {
    const outcome = await importAreas(
      [
        feature({
          type: 'Polygon',
          coordinates: [
            [
              [-75, 7],
              [-75, 7],
            ],
          ],
        }),
        feature({
          type: 'Polygon',
          coordinates: [
            [
              [-75, 95],
              [-74, 95],
              [-74, 96],
              [-75, 95],
            ],
          ],
        }),
      ],
      'malas.geojson',
    );
    expect(outcome).toMatchObject({
      ok: false,
      refusal: { code: 'noPolygons', message: expect.stringMatching(/^malas.geojson: /) },
    });
  });

  it('refuses text that is not JSON with the parser position', async () => {
    const bytes = new TextEncoder().encode('{"type": "FeatureCollection", "features": [');
    expect(await inspectFile(byteSourceFromBytes('cortado.geojson', bytes))).toMatchObject({
      ok: false,
      refusal: {
        code: 'unreadable',
        message: expect.stringContaining('cortado.geojson: the file cannot be read as JSON'),
      },
    });
  });
});
