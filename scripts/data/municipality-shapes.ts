/**
 * Municipality shapes for the generators: one entry per polygon of
 * `public/geo/municipalities.geojson`, with the engine's point-in-zone index (`src/geo`:
 * `buildZoneIndex` + `assignZones`) as the one rule for "this point lies in that municipality".
 * The generators use the same rule the app uses to assign points to zones, so a synthetic cell or a
 * sample point is counted in the municipality it claims.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { assignZones } from '../../src/geo/assign-zones.ts';
import { buildZoneIndex } from '../../src/geo/build-zone-index.ts';
import type { ZoneIndex } from '../../src/geo/zone-index-types.ts';

export interface MunicipalityShape {
  divipola: string;
  name: string;
  department: string;
  pdet_subregion: string | null;
  zona_futuro: string | null;
  pilot: boolean;
  area_km2: number;
  /** [west, south, east, north] in degrees. */
  bbox: [number, number, number, number];
  /** This shape's feature index in `index`. */
  feature: number;
  /** The engine's index over all municipalities (shared by every shape). */
  index: ZoneIndex;
}

interface MunicipalityProperties {
  divipola: string;
  name: string;
  department: string;
  pdet_subregion: string | null;
  zona_futuro: string | null;
  pilot: boolean;
  area_km2: number;
}

/**
 * Returns one shape per municipality feature, sorted by DIVIPOLA.
 *
 * @example
 * buildMunicipalityShapes(municipalities).find((shape) => shape.divipola === '52835')?.area_km2; // 3611.5
 */
export function buildMunicipalityShapes(collection: FeatureCollection): MunicipalityShape[] {
  const index = buildZoneIndex(collection);
  const features = collection.features as Feature<Polygon | MultiPolygon, MunicipalityProperties>[];
  return features
    .map(
      ({ properties, geometry }, feature): MunicipalityShape => ({
        divipola: properties.divipola,
        name: properties.name,
        department: properties.department,
        pdet_subregion: properties.pdet_subregion ?? null,
        zona_futuro: properties.zona_futuro ?? null,
        pilot: properties.pilot === true,
        area_km2: properties.area_km2,
        bbox: geometryBbox(geometry),
        feature,
        index,
      }),
    )
    .sort((a, b) => (a.divipola < b.divipola ? -1 : 1));
}

/**
 * Whether the engine assigns the point to this municipality (a point on a shared border goes to
 * one municipality only, as in the app).
 *
 * @example
 * shapeContains(tumaco, -78.76, 1.8); // true
 */
export function shapeContains(shape: MunicipalityShape, lon: number, lat: number): boolean {
  const [west, south, east, north] = shape.bbox;
  if (lon < west || lon > east || lat < south || lat > north) return false;
  return assignZones(shape.index, [lon], [lat])[0] === shape.feature;
}

/**
 * Keeps the points (parallel arrays) the engine assigns to this municipality; returns their
 * positions in the input, in order.
 */
export function pointsInShape(
  shape: MunicipalityShape,
  lon: ArrayLike<number>,
  lat: ArrayLike<number>,
): number[] {
  const zones = assignZones(shape.index, lon, lat);
  const kept: number[] = [];
  for (let i = 0; i < zones.length; i++) if (zones[i] === shape.feature) kept.push(i);
  return kept;
}

function geometryBbox(geometry: Polygon | MultiPolygon): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) {
    for (const [x, y] of polygon[0]) {
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    }
  }
  return box;
}
