import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { FlatPolygons } from './zone-index-types';

/**
 * Flattens the (Multi)Polygon features of a collection into typed arrays: one entry per polygon
 * (a MultiPolygon gives several), its rings and their vertices. Features with other or missing
 * geometries keep their index but own no polygon (no point is ever assigned to them). Unclosed
 * rings are closed; rings with fewer than 3 distinct vertices are dropped.
 *
 * @example
 * const flat = flattenPolygons(municipalities);
 * flat.polygonFeature[flat.polygonCount - 1]; // feature index of the last polygon
 */
export function flattenPolygons(collection: FeatureCollection<Geometry | null>): FlatPolygons {
  const polygonFeature: number[] = [];
  const polygonRingStart: number[] = [0];
  const ringStart: number[] = [0];
  const coords: number[] = [];
  const ringBounds: number[] = [];
  const polygonBounds: number[] = [];
  collection.features.forEach((feature: Feature<Geometry | null>, featureIndex) => {
    for (const polygon of polygonsOf(feature.geometry)) {
      let minX = Infinity;
      let minY = Infinity;
      let maxX = -Infinity;
      let maxY = -Infinity;
      for (const ring of polygon) {
        if (ring.length < 3) continue;
        const closed = ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1];
        const vertices = closed ? ring : [...ring, ring[0]];
        if (vertices.length < 4) continue;
        let rMinX = Infinity;
        let rMinY = Infinity;
        let rMaxX = -Infinity;
        let rMaxY = -Infinity;
        for (const [x, y] of vertices) {
          coords.push(x, y);
          if (x < rMinX) rMinX = x;
          if (y < rMinY) rMinY = y;
          if (x > rMaxX) rMaxX = x;
          if (y > rMaxY) rMaxY = y;
        }
        ringStart.push(coords.length / 2);
        ringBounds.push(rMinX, rMinY, rMaxX, rMaxY);
        minX = Math.min(minX, rMinX);
        minY = Math.min(minY, rMinY);
        maxX = Math.max(maxX, rMaxX);
        maxY = Math.max(maxY, rMaxY);
      }
      if (ringStart.length - 1 === polygonRingStart[polygonRingStart.length - 1]) continue;
      polygonFeature.push(featureIndex);
      polygonRingStart.push(ringStart.length - 1);
      polygonBounds.push(minX, minY, maxX, maxY);
    }
  });
  return {
    featureCount: collection.features.length,
    polygonCount: polygonFeature.length,
    polygonFeature: Int32Array.from(polygonFeature),
    polygonRingStart: Int32Array.from(polygonRingStart),
    ringStart: Int32Array.from(ringStart),
    coords: Float64Array.from(coords),
    ringBounds: Float64Array.from(ringBounds),
    polygonBounds: Float64Array.from(polygonBounds),
  };
}

function polygonsOf(geometry: Geometry | null): Position[][][] {
  if (geometry?.type === 'Polygon') return [geometry.coordinates];
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}
