/**
 * For coordinates that declare no CRS: which supported systems would put them in Colombia. The
 * atlas never guesses silently; this list orders the question it asks the user ("these look like
 * projected metres: which system are they in?"), the likeliest first.
 */
import { COLOMBIA_BBOX, COLOMBIAN_CRS, type CrsCode } from './colombian-crs';
import { reprojector } from './reprojector';

/**
 * Supported systems in which every sample position lands inside Colombia's extent, longitude/
 * latitude systems first. An empty list means no supported system fits.
 *
 * @example
 * plausibleCrs([[-74.08, 4.6]]) // => ['EPSG:4326', 'EPSG:4686']
 * plausibleCrs([[4_880_000, 2_070_000]]) // => ['EPSG:9377']
 */
export function plausibleCrs(sample: readonly (readonly [number, number])[]): CrsCode[] {
  const positions = sample.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
  if (positions.length === 0) return [];
  const [west, south, east, north] = COLOMBIA_BBOX;
  return COLOMBIAN_CRS.filter((crs) => {
    const toLonLat = reprojector(crs.code);
    return positions.every(([x, y]) => {
      if (crs.projection === null && (Math.abs(x) > 180 || Math.abs(y) > 90)) return false;
      if (crs.projection !== null && Math.abs(x) <= 180 && Math.abs(y) <= 90) return false;
      const [lon, lat] = toLonLat(x, y);
      return lon >= west && lon <= east && lat >= south && lat <= north;
    });
  }).map((crs) => crs.code);
}
