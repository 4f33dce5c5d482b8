/**
 * Reprojects polygon geometry to WGS84 longitude/latitude with proj4. MAGNA-SIRGAS (EPSG:4686) is
 * ITRF-based and equal to WGS84 at the metre level, so it passes through unchanged.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import proj4 from 'proj4';
import type { SupportedCrs } from './detect-crs.ts';

/** CTM12 "Origen Nacional", DANE's national projection since 2020 (EPSG:9377). */
export const CTM12 =
  '+proj=tmerc +lat_0=4 +lon_0=-73 +k=0.9992 +x_0=5000000 +y_0=2000000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';

/**
 * @example
 * reprojectGeometry(ctm12Polygon, 'EPSG:9377') // same polygon in lon/lat
 */
export function reprojectGeometry<G extends Polygon | MultiPolygon>(geometry: G, crs: SupportedCrs): G {
  if (crs !== 'EPSG:9377') return geometry;
  const converter = proj4(CTM12, 'EPSG:4326');
  const ring = (positions: Position[]) => positions.map(([x, y]) => converter.forward([x, y]));
  return (
    geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: geometry.coordinates.map(ring) }
      : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon) => polygon.map(ring)) }
  ) as G;
}
