import { booleanClockwise } from '@turf/turf';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { type AreaFileResult, MAX_AREA_FILE_BYTES, readAreaFile } from './read-area-file';

const FILE = 'mi área.geojson';
// Clockwise outer ring (not RFC 7946): the reader rewinds it.
const square = [
  [
    [-79, 1.5],
    [-79, 2],
    [-78.5, 2],
    [-78.5, 1.5],
    [-79, 1.5],
  ],
];
const polygonFeature = (properties: Record<string, unknown> = {}) => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Polygon', coordinates: square },
});
const collection = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

function problemOf(result: AreaFileResult) {
  if (result.ok) throw new Error('expected a rejected file');
  return result.problem;
}

describe('readAreaFile', () => {
  it('keeps the polygon features, reports the others by index, and rewinds to RFC 7946', () => {
    const result = readAreaFile(
      collection(
        polygonFeature({ nombre: 'Vereda La Playa' }),
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [0, 0] } },
        { type: 'Feature', properties: {}, geometry: null },
        { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[0, 0]]] } },
        polygonFeature(),
      ),
      FILE,
    );
    if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.problem)}`);
    expect(result.area.name).toBe('Vereda La Playa');
    expect(result.area.collection.features).toHaveLength(2);
    expect(result.area.bbox).toEqual([-79, 1.5, -78.5, 2]);
    expect(result.vertices).toBe(10);
    const ring = (result.area.collection.features[0].geometry as Polygon).coordinates[0];
    expect(booleanClockwise(ring)).toBe(false);
    expect(result.skipped).toEqual([
      { index: 1, reason: 'notPolygon', geometryType: 'Point' },
      { index: 2, reason: 'noGeometry' },
      { index: 3, reason: 'badCoordinates' },
    ]);
  });

  it('accepts a bare geometry and a single feature, named from the file or the name property', () => {
    const bare = readAreaFile(
      JSON.stringify({ type: 'MultiPolygon', coordinates: [square] }),
      'dir/zona.json',
    );
    expect(bare.ok && bare.area.name).toBe('zona');
    const single = readAreaFile(JSON.stringify(polygonFeature({ name: 'Norte' })), FILE);
    expect(single.ok && single.area.name).toBe('Norte');
  });

  it('does not mutate or keep references to the parsed input', () => {
    const text = collection(polygonFeature());
    const a = readAreaFile(text, FILE);
    const b = readAreaFile(text, FILE);
    expect(a).toEqual(b);
  });

  describe('rejects the whole file with one problem, as data (the UI words it)', () => {
    const cases: [string, string, Record<string, unknown>][] = [
      [
        'not JSON',
        '{"type": "FeatureCollection",\n "features": [}',
        { code: 'notJson', line: 2, column: 15 },
      ],
      ['not JSON (position)', '{"type"\n 1}', { code: 'notJson', line: 2, column: 2 }],
      ['not GeoJSON', JSON.stringify({ hello: 1 }), { code: 'notGeoJson' }],
      [
        'no polygons',
        collection({ type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: {} }),
        { code: 'noPolygons' },
      ],
      [
        'projected coordinates',
        collection({
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [4_600_000, 1_900_000],
                [4_700_000, 1_900_000],
                [4_700_000, 2_000_000],
                [4_600_000, 1_900_000],
              ],
            ],
          },
        }),
        { code: 'projected', feature: 0, x: 4_600_000, y: 1_900_000 },
      ],
    ];
    for (const [label, text, expected] of cases) {
      it(label, () => {
        expect(problemOf(readAreaFile(text, FILE))).toMatchObject({ ...expected, file: FILE });
      });
    }

    it('too large', () => {
      const problem = problemOf(readAreaFile('{}', FILE, { bytes: MAX_AREA_FILE_BYTES + 1 }));
      expect(problem).toEqual({
        code: 'tooLarge',
        file: FILE,
        bytes: MAX_AREA_FILE_BYTES + 1,
        limit: MAX_AREA_FILE_BYTES,
      });
    });

    it('too many vertices', () => {
      const ring = Array.from({ length: 200_001 }, (_, i) => [
        Math.round((-78 + Math.cos((i / 200_000) * 2 * Math.PI)) * 1000) / 1000,
        Math.round((2 + Math.sin((i / 200_000) * 2 * Math.PI)) * 1000) / 1000,
      ]);
      ring[ring.length - 1] = ring[0];
      const text = JSON.stringify({ type: 'Polygon', coordinates: [ring] });
      expect(problemOf(readAreaFile(text, FILE))).toEqual({
        code: 'tooManyVertices',
        file: FILE,
        vertices: 200_001,
        limit: 200_000,
      });
    });
  });
});
