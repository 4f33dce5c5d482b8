/**
 * A function that converts positions in one of the supported Colombian systems to WGS84
 * longitude/latitude. Geographic systems (EPSG:4326, EPSG:4686) pass through unchanged: MAGNA-SIRGAS
 * equals WGS84 at the metre level.
 */
import proj4 from 'proj4';
import { type CrsCode, colombianCrs } from './colombian-crs';

export type Reprojector = (x: number, y: number) => [number, number];

/**
 * @example
 * const toLonLat = reprojector('EPSG:9377');
 * toLonLat(5_000_000, 2_000_000); // => [-73, 4] (the CTM12 origin)
 */
export function reprojector(code: CrsCode): Reprojector {
  const crs = colombianCrs(code);
  if (crs.projection === null) return (x, y) => [x, y];
  const converter = proj4(crs.proj4, 'EPSG:4326');
  return (x, y) => converter.forward([x, y]) as [number, number];
}
