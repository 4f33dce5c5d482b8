import { featureCollection, point, pointsWithinPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';

/**
 * The naive baseline: Turf's `pointsWithinPolygon` once per zone over all points. A point found
 * in several zones keeps the lowest zone index (the engine's tie rule); points in none get -1.
 */
export function naiveAssign(
  zones: FeatureCollection<Geometry | null>,
  lon: Float64Array,
  lat: Float64Array,
): Int32Array {
  const points = featureCollection(Array.from(lon, (x, i) => point([x, lat[i]], { i })));
  const result = new Int32Array(lon.length).fill(-1);
  zones.features.forEach((zone, zoneIndex) => {
    if (zone.geometry?.type !== 'Polygon' && zone.geometry?.type !== 'MultiPolygon') return;
    const within = pointsWithinPolygon(points, zone as Feature<Polygon | MultiPolygon>);
    for (const found of within.features) {
      const i = (found.properties as { i: number }).i;
      if (result[i] === -1) result[i] = zoneIndex;
    }
  });
  return result;
}
