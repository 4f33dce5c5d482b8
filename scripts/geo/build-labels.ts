/**
 * Builds label anchor points for offline labels: for each area feature, a point inside its
 * largest polygon part (turf `pointOnFeature`, which keeps the centroid when it lies inside).
 */
import { area, pointOnFeature, polygon } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';

export type LabelLayer =
  | 'pdet-subregions'
  | 'zonas-futuro'
  | 'pilot-municipalities'
  | 'municipalities'
  | 'departments';
export interface LabelProperties {
  name: string;
  layer: LabelLayer;
  divipola: string | null;
}

/**
 * @example
 * labelPoint(tumaco.geometry) // => [-78.3, 1.7] or so: a point inside the largest part
 */
export function labelPoint(geometry: Polygon | MultiPolygon): [number, number] {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const largest = parts
    .map((rings) => polygon(rings))
    .reduce((best, candidate) => (area(candidate) > area(best) ? candidate : best));
  const [x, y] = pointOnFeature(largest).geometry.coordinates;
  return [Math.round(x * 1e5) / 1e5, Math.round(y * 1e5) / 1e5];
}

/** One label feature per area feature, named by `nameOf`. */
export function buildLabels<P>(
  features: Feature<Polygon | MultiPolygon, P>[],
  layer: LabelLayer,
  nameOf: (properties: P) => string,
  divipolaOf: (properties: P) => string | null = () => null,
): Feature<Point, LabelProperties>[] {
  return features.map((feature) => ({
    type: 'Feature',
    properties: { name: nameOf(feature.properties), layer, divipola: divipolaOf(feature.properties) },
    geometry: { type: 'Point', coordinates: labelPoint(feature.geometry) },
  }));
}
