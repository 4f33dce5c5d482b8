/**
 * Decides the CRS of an official-boundary input from what it declares (a `.prj` WKT or a GeoJSON
 * `crs` member) or, when it declares nothing, from the magnitude of its coordinates. Only the CRSs
 * DANE ships the MGN in are accepted; anything else is an error.
 */
export type SupportedCrs = 'EPSG:4326' | 'EPSG:4686' | 'EPSG:9377';

/**
 * Returns the CRS, or a string starting with `unknown CRS` describing why not.
 *
 * @example
 * detectCrs({ prj: 'GEOGCS["MAGNA-SIRGAS",…]' }) // => 'EPSG:4686'
 * detectCrs({ sample: [4_700_000, 1_900_000] }) // => 'unknown CRS: projected coordinates …'
 */
export function detectCrs(declared: {
  prj?: string;
  crsName?: string;
  sample?: number[];
}): SupportedCrs | string {
  if (declared.prj !== undefined) {
    const wkt = declared.prj.toUpperCase();
    if (wkt.includes('PROJCS') || wkt.includes('PROJCRS')) {
      if (wkt.includes('CTM12') || wkt.includes('ORIGEN-NACIONAL') || wkt.includes('ORIGEN_NACIONAL'))
        return 'EPSG:9377';
      return `unknown CRS: projected .prj that is not CTM12 (EPSG:9377): ${declared.prj.slice(0, 80)}`;
    }
    if (wkt.includes('MAGNA')) return 'EPSG:4686';
    if (wkt.includes('WGS_1984') || wkt.includes('WGS 84') || wkt.includes('WGS84')) return 'EPSG:4326';
    return `unknown CRS: .prj not recognised: ${declared.prj.slice(0, 80)}`;
  }
  if (declared.crsName !== undefined) {
    const name = declared.crsName.toUpperCase();
    if (/CRS84$|EPSG:+4326$/.test(name)) return 'EPSG:4326';
    if (/EPSG:+4686$/.test(name)) return 'EPSG:4686';
    if (/EPSG:+9377$/.test(name)) return 'EPSG:9377';
    return `unknown CRS: crs member "${declared.crsName}"`;
  }
  const [x, y] = declared.sample ?? [];
  if (x === undefined || y === undefined) return 'unknown CRS: no coordinates';
  if (Math.abs(x) <= 180 && Math.abs(y) <= 90) return 'EPSG:4326';
  return 'unknown CRS: projected coordinates but no .prj or crs member says which projection';
}
