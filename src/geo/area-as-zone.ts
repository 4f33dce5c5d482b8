import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/**
 * Turns an area made of several polygon features (an imported file) into a collection of one
 * MultiPolygon feature, so that the zone index answers 0 for a point inside any of its polygons
 * (overlapping polygons count once) and -1 outside. Holes stay with their polygon. Inputs are not
 * mutated (the rings are shared, not copied).
 *
 * @example
 * const zone = areaAsZone(area.collection, 'Vereda La Playa');
 * assignZones(buildZoneIndex(zone), lon, lat); // 0 inside the area, -1 outside
 */
export function areaAsZone(
  collection: FeatureCollection<Polygon | MultiPolygon>,
  name: string,
): FeatureCollection<MultiPolygon> {
  const coordinates = collection.features.flatMap((feature) =>
    feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates,
  );
  const zone: Feature<MultiPolygon> = {
    type: 'Feature',
    properties: { name },
    geometry: { type: 'MultiPolygon', coordinates },
  };
  return { type: 'FeatureCollection', features: [zone] };
}
