/**
 * Which columns locate the records, from header names (Spanish and English, see
 * `column-synonyms.ts`) and, for a "lat lon" text or WKT under an unusual name, from the values:
 * - a longitude + latitude pair (`longitud`/`latitud`, `lon`/`lat`, `x`/`y`, `este`/`norte`,
 *   KoboToolbox `_gps_longitude`/`_gps_latitude`, ODK `place-Longitude`/`place-Latitude`);
 * - one "lat lon [alt acc]" column (KoboToolbox `gps`, ODK geopoint) when no pair exists;
 * - a WKT column;
 * - the municipality: a DIVIPOLA code, or a municipality name with its department.
 *
 * @example
 * detectLocation(['_gps_latitude', '_gps_longitude', 'gps'], rows)
 * // => { latitude: '_gps_latitude', longitude: '_gps_longitude' }
 */
import { type CellValue, cellText } from './cell-value';
import type { LocationMapping } from './column-mapping';
import { COORDINATE_SUFFIXES, COORDINATE_SYNONYMS, LOCATION_SYNONYMS } from './column-synonyms';
import { normalizeKey } from './normalize-key';

const LAT_LON_TEXT = /^-?\d+(?:\.\d+)?\s+-?\d+(?:\.\d+)?(?:\s+-?\d+(?:\.\d+)?){0,2}$/;
const WKT = /^\s*(?:SRID=\d+;)?\s*(?:POINT|MULTIPOINT|POLYGON|MULTIPOLYGON)\s*(?:Z|M|ZM)?\s*\(/i;

export function detectLocation(headers: readonly string[], sample: readonly CellValue[][]): LocationMapping {
  const keys = headers.map(normalizeKey);
  const location: LocationMapping = {};
  const latitude = coordinateColumn(keys, 'latitude');
  const longitude = coordinateColumn(keys, 'longitude');
  if (latitude >= 0 && longitude >= 0) {
    location.latitude = headers[latitude];
    location.longitude = headers[longitude];
  } else {
    const text = columnWhere(keys, sample, LOCATION_SYNONYMS.latLonText, (value) => LAT_LON_TEXT.test(value));
    if (text >= 0) location.latLonText = headers[text];
  }
  const wkt = columnWhere(keys, sample, LOCATION_SYNONYMS.wkt, (value) => WKT.test(value), {
    byValueAlone: true,
  });
  if (wkt >= 0 && location.latitude === undefined && location.latLonText === undefined)
    location.wkt = headers[wkt];
  for (const field of ['divipola', 'municipality', 'department'] as const) {
    const index = firstSynonym(keys, LOCATION_SYNONYMS[field]);
    if (index >= 0) location[field] = headers[index];
  }
  return location;
}

/** Exact synonyms in order, then headers ending in `_<suffix>` (`place_latitude`, `gps_latitude`). */
function coordinateColumn(keys: readonly string[], axis: 'latitude' | 'longitude'): number {
  const exact = firstSynonym(keys, COORDINATE_SYNONYMS[axis]);
  if (exact >= 0) return exact;
  for (const suffix of COORDINATE_SUFFIXES[axis]) {
    const index = keys.findIndex((key) => key.endsWith(`_${suffix}`));
    if (index >= 0) return index;
  }
  return -1;
}

export function firstSynonym(keys: readonly string[], synonyms: readonly string[]): number {
  for (const synonym of synonyms) {
    const index = keys.indexOf(synonym);
    if (index >= 0) return index;
  }
  return -1;
}

/**
 * A column whose name is a synonym and whose sampled values mostly pass `test`, or (with
 * `byValueAlone`) any column whose values all pass it.
 */
function columnWhere(
  keys: readonly string[],
  sample: readonly CellValue[][],
  synonyms: readonly string[],
  test: (value: string) => boolean,
  options: { byValueAlone?: boolean } = {},
): number {
  const share = (index: number) => {
    const values = sample.map((row) => cellText(row[index])).filter((value) => value !== '');
    return values.length === 0 ? 0 : values.filter(test).length / values.length;
  };
  for (const synonym of synonyms) {
    const index = keys.indexOf(synonym);
    if (index >= 0 && share(index) >= 0.5) return index;
  }
  if (!options.byValueAlone) return -1;
  return keys.findIndex((_, index) => share(index) === 1);
}
