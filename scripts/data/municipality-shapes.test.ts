import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/geo/seeded-random.ts';
import { pointsInShape, shapeContains } from './municipality-shapes.ts';
import { committedMunicipalities, committedShapes } from './test-helpers.ts';

const shapes = committedShapes();
const features = new Map(
  committedMunicipalities().features.map((feature) => [
    String(feature.properties?.divipola),
    feature as Feature<Polygon | MultiPolygon>,
  ]),
);

describe('municipality shapes (the engine as the point-in-municipality rule)', () => {
  it('agrees with Turf booleanPointInPolygon on random points (pilots, a multipolygon, a hole)', () => {
    const multipolygon = [...features.values()].find((feature) => feature.geometry.type === 'MultiPolygon');
    const codes = ['52835', '05120', '54720', '86865', '27150', String(multipolygon?.properties?.divipola)];
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

  it('gives a point on a shared border to one municipality only', () => {
    const tumaco = features.get('52835') as Feature<Polygon | MultiPolygon>;
    const ring =
      tumaco.geometry.type === 'Polygon' ? tumaco.geometry.coordinates[0] : tumaco.geometry.coordinates[0][0];
    const [lon, lat] = ring[Math.floor(ring.length / 2)];
    const owners = [...shapes.values()].filter((shape) => pointsInShape(shape, [lon], [lat]).length === 1);
    expect(owners).toHaveLength(1);
  });

  it('has one shape per municipality polygon, with the official area', () => {
    expect(shapes.size).toBe(1122);
    expect(shapes.get('52835')?.area_km2).toBe(3611.5);
  });
});
