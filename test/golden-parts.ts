// Splitting a golden input into its polygons (zones) and its points, and styling a result for the
// eye: zones filled with their colour, points marked with the colour of the zone they fell in.
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import { zoneColor } from './golden';

export function zonesAndPoints(input: FeatureCollection) {
  const zones: FeatureCollection<Geometry | null> = {
    type: 'FeatureCollection',
    features: input.features.filter((feature) => feature.geometry?.type !== 'Point'),
  };
  const points = input.features.filter(
    (feature): feature is Feature<Point> => feature.geometry?.type === 'Point',
  );
  return {
    zones,
    points,
    lon: points.map((point) => point.geometry.coordinates[0]),
    lat: points.map((point) => point.geometry.coordinates[1]),
  };
}

/** The zones with a fill of their own colour, and `extra` properties by zone index. */
export function styledZones(
  zones: FeatureCollection<Geometry | null>,
  extra: (zone: number) => object = () => ({}),
) {
  return zones.features.map((feature, zone) => ({
    ...feature,
    properties: { ...feature.properties, ...extra(zone), fill: zoneColor(zone), 'fill-opacity': 0.3 },
  }));
}

/** The points with the zone each fell in (index and name) and its marker colour. */
export function styledPoints(
  points: Feature<Point>[],
  assignment: ArrayLike<number>,
  zones: FeatureCollection<Geometry | null>,
) {
  return points.map((point, index) => {
    const zone = assignment[index];
    return {
      ...point,
      properties: {
        ...point.properties,
        zone,
        'zone-name': zones.features[zone]?.properties?.name ?? null,
        'marker-color': zoneColor(zone),
      },
    };
  });
}
