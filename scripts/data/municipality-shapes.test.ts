import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/geo/seeded-random.ts';
import { shapeContains } from './municipality-shapes.ts';
import { committedManifest, committedMunicipalities, committedShapes } from './test-helpers.ts';

const shapes = committedShapes();
const features = new Map(
  committedMunicipalities().features.map((feature) => [
    String(feature.properties?.divipola),
    feature as Feature<Polygon | MultiPolygon>,
  ]),
);

describe('municipality shapes', () => {
  it('agrees with Turf booleanPointInPolygon on random points (pilots, a multipolygon, a container)', () => {
    const multipolygon = [...features.values()].find((feature) => feature.geometry.type === 'MultiPolygon');
    const codes = ['52835', '05120', '54720', '86865', String(multipolygon?.properties?.divipola)];
    const random = seededRandom(11);
    for (const code of codes) {
      const shape = shapes.get(code);
      const feature = features.get(code);
      if (!shape || !feature) throw new Error(`no shape ${code}`);
      const [west, south, east, north] = shape.bbox;
      for (let index = 0; index < 400; index++) {
        const point: [number, number] = [west + random() * (east - west), south + random() * (north - south)];
        expect(shapeContains(shape, ...point), `${code} ${point}`).toBe(
          booleanPointInPolygon(point, feature),
        );
      }
    }
  });

  it('gives each missing municipality its own DIVIPOLA on the containing polygon', () => {
    for (const entry of committedManifest().missing) {
      const shape = shapes.get(entry.divipola);
      expect(shape?.polygon_divipola).toBe(entry.contained_in.divipola);
      expect(shape?.pdet_subregion).toBe(entry.pdet_subregion);
    }
  });
});
