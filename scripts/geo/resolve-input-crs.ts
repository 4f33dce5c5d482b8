/**
 * Decides the coordinate system of a boundary file for the build, with the engine's CRS module
 * (`src/geo/crs`): a `.prj` is recognised by its projection parameters (proj4 reads the WKT), a
 * GeoJSON `crs` member by its EPSG code; with nothing declared, longitude/latitude magnitudes are
 * accepted and projected numbers are refused with the systems that would fit them (the build never
 * guesses a projection).
 */
import { CRS_CODES, type CrsCode } from '../../src/geo/crs/colombian-crs.ts';
import { plausibleCrs } from '../../src/geo/crs/plausible-crs.ts';
import { recogniseCrs } from '../../src/geo/crs/recognise-crs.ts';
import { GeoInputError } from './geo-input-error.ts';

/**
 * @example
 * resolveInputCrs('mpio.zip', { prj: 'PROJCS["UNK / Transverse_Mercator",…]' }) // => 'EPSG:9377'
 * resolveInputCrs('a.geojson', { sample: [[-74.1, 4.6]] }) // => 'EPSG:4326'
 */
export function resolveInputCrs(
  name: string,
  declared: { prj?: string; crsName?: string; sample: readonly (readonly [number, number])[] },
): CrsCode {
  const prj = declared.prj?.trim() || undefined;
  if (prj !== undefined || declared.crsName !== undefined) {
    const recognised = recogniseCrs({ wkt: prj, name: declared.crsName });
    if ('crs' in recognised) return recognised.crs;
    throw new GeoInputError(name, `unknown CRS: ${recognised.problem}`);
  }
  const candidates = plausibleCrs(declared.sample);
  if (candidates.includes('EPSG:4326')) return 'EPSG:4326';
  throw new GeoInputError(
    name,
    candidates.length > 0
      ? `unknown CRS: projected coordinates but no .prj or crs member says which projection (they would fit ${candidates.join(', ')}); add the .prj`
      : `unknown CRS: coordinates that no supported system (${CRS_CODES.join(', ')}) places in Colombia`,
  );
}
