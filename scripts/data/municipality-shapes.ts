/**
 * Municipality shapes for the generators: the polygons of `public/geo/municipalities.geojson`
 * flattened into typed rings for a fast point-in-polygon test, plus one entry per municipality
 * without a polygon of its own (manifest `missing`), which borrows the polygon that contains it
 * and keeps its own DIVIPOLA.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export interface MunicipalityShape {
  divipola: string;
  name: string;
  department: string;
  pdet_subregion: string | null;
  zona_futuro: string | null;
  pilot: boolean;
  area_km2: number;
  /** DIVIPOLA of the polygon used: its own, or the containing polygon's for missing municipalities. */
  polygon_divipola: string;
  /** [west, south, east, north] in degrees. */
  bbox: [number, number, number, number];
  /** Every ring (outer and holes, all parts) as flat [lon, lat, lon, lat, …]. */
  rings: Float64Array[];
}

export interface MissingEntry {
  divipola: string;
  name: string;
  department: string;
  pdet_subregion: string | null;
  contained_in: { divipola: string; name: string };
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
 * Returns one shape per DIVIPOLA, sorted by DIVIPOLA: every polygon feature, then every missing
 * municipality mapped onto its containing polygon.
 */
export function buildMunicipalityShapes(
  collection: FeatureCollection,
  missing: readonly MissingEntry[],
): MunicipalityShape[] {
  const byCode = new Map<string, MunicipalityShape>();
  for (const feature of collection.features as Feature<Polygon | MultiPolygon, MunicipalityProperties>[]) {
    const properties = feature.properties;
    const polygons =
      feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    const rings = polygons.flatMap((polygon) => polygon.map((ring) => Float64Array.from(ring.flat())));
    byCode.set(properties.divipola, {
      divipola: properties.divipola,
      name: properties.name,
      department: properties.department,
      pdet_subregion: properties.pdet_subregion ?? null,
      zona_futuro: properties.zona_futuro ?? null,
      pilot: properties.pilot === true,
      area_km2: properties.area_km2,
      polygon_divipola: properties.divipola,
      bbox: ringsBbox(rings),
      rings,
    });
  }
  for (const entry of missing) {
    const container = byCode.get(entry.contained_in.divipola);
    if (!container)
      throw new Error(`missing municipality ${entry.divipola}: no polygon ${entry.contained_in.divipola}`);
    byCode.set(entry.divipola, {
      ...container,
      divipola: entry.divipola,
      name: entry.name,
      department: entry.department,
      pdet_subregion: entry.pdet_subregion,
      zona_futuro: null,
      pilot: false,
      polygon_divipola: container.divipola,
    });
  }
  return [...byCode.values()].sort((a, b) => (a.divipola < b.divipola ? -1 : 1));
}

/**
 * Even-odd point-in-polygon over all rings of a shape (outer rings and holes alike).
 *
 * @example
 * shapeContains(tumaco, -78.76, 1.8); // true
 */
export function shapeContains(shape: MunicipalityShape, lon: number, lat: number): boolean {
  const [west, south, east, north] = shape.bbox;
  if (lon < west || lon > east || lat < south || lat > north) return false;
  let inside = false;
  for (const ring of shape.rings) {
    const length = ring.length;
    for (let index = 0, previous = length - 2; index < length; previous = index, index += 2) {
      const yi = ring[index + 1];
      const yj = ring[previous + 1];
      if (yi > lat !== yj > lat) {
        const xi = ring[index];
        const crossing = xi + ((lat - yi) * (ring[previous] - xi)) / (yj - yi);
        if (lon < crossing) inside = !inside;
      }
    }
  }
  return inside;
}

function ringsBbox(rings: readonly Float64Array[]): [number, number, number, number] {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const ring of rings) {
    for (let index = 0; index < ring.length; index += 2) {
      west = Math.min(west, ring[index]);
      east = Math.max(east, ring[index]);
      south = Math.min(south, ring[index + 1]);
      north = Math.max(north, ring[index + 1]);
    }
  }
  return [west, south, east, north];
}
