/**
 * The mapping proposed before the user sees the file: location columns (`detectLocation`), the
 * kind (`detectKind`), each record field from its header synonyms, the area name, the table's
 * year and value columns, and every other column kept as an extra attribute. Each column feeds
 * at most one field.
 *
 * @example
 * automaticMapping(['ID', 'Nombre', 'Tipo', 'Latitud', 'Longitud', 'Notas'], sample, [])
 * // => { kind: 'points', fields: { id: 'ID', title: 'Nombre', type: 'Tipo' },
 * //      location: { latitude: 'Latitud', longitude: 'Longitud' }, extra: ['Notas'] }
 */
import type { CellValue } from './cell-value';
import { type ColumnMapping, mappedColumns, RECORD_FIELDS, type TableMapping } from './column-mapping';
import { AREA_NAME_SYNONYMS, FIELD_SYNONYMS, YEAR_SYNONYMS } from './column-synonyms';
import { detectKind } from './detect-kind';
import { detectLocation, firstSynonym } from './detect-location';
import { normalizeKey } from './normalize-key';
import { type NumberFormat, POINT_DECIMAL, parseNumber } from './number-format';
import { yearOfHeader } from './year-columns';

export function automaticMapping(
  headers: readonly string[],
  sample: readonly CellValue[][],
  geometryTypes: readonly string[],
  numberFormats: Record<string, NumberFormat> = {},
): ColumnMapping {
  const keys = headers.map(normalizeKey);
  const location = detectLocation(headers, sample);
  const taken = new Set(Object.values(location));
  const pick = (synonyms: readonly string[]) => {
    const free = keys.map((key, index) => (taken.has(headers[index]) ? '' : key));
    const index = firstSynonym(free, synonyms);
    if (index < 0) return undefined;
    taken.add(headers[index]);
    return headers[index];
  };
  const fields: ColumnMapping['fields'] = {};
  for (const field of RECORD_FIELDS) {
    const header = pick(FIELD_SYNONYMS[field]);
    if (header !== undefined) fields[field] = header;
  }
  const types =
    geometryTypes.length > 0 ? geometryTypes : wktTypes(sample, headers.indexOf(location.wkt ?? ''));
  const kind = detectKind({ geometryTypes: types, location, headers, fields });
  const mapping: ColumnMapping = { kind, fields: kind === 'points' ? fields : {}, location, extra: [] };
  if (kind === 'areas')
    mapping.areaName = firstFree(headers, keys, AREA_NAME_SYNONYMS, new Set(Object.values(location)));
  if (kind === 'table') mapping.table = tableMapping(headers, sample, location, numberFormats);
  const used = new Set(mappedColumns(mapping));
  mapping.extra = headers.filter((header) => !used.has(header));
  return mapping;
}

function firstFree(
  headers: readonly string[],
  keys: readonly string[],
  synonyms: readonly string[],
  taken: Set<string | undefined>,
): string | undefined {
  const index = firstSynonym(
    keys.map((key, position) => (taken.has(headers[position]) ? '' : key)),
    synonyms,
  );
  return index < 0 ? undefined : headers[index];
}

/** Wide: every header with a year. Long: the year column and the numeric columns left over. */
function tableMapping(
  headers: readonly string[],
  sample: readonly CellValue[][],
  location: ColumnMapping['location'],
  numberFormats: Record<string, NumberFormat>,
): TableMapping {
  const wide = headers
    .map((column) => ({ column, year: yearOfHeader(column) }))
    .filter((value) => value.year !== null);
  if (wide.length >= 2) return { values: wide };
  const yearIndex = firstSynonym(headers.map(normalizeKey), YEAR_SYNONYMS);
  const yearColumn = yearIndex < 0 ? undefined : headers[yearIndex];
  const taken = new Set([...Object.values(location), yearColumn]);
  const values = headers
    .map((column, index) => ({ column, index }))
    .filter(
      ({ column, index }) =>
        !taken.has(column) && isNumericColumn(sample, index, numberFormats[column] ?? POINT_DECIMAL),
    )
    .map(({ column }) => ({ column, year: null }));
  return { yearColumn, values };
}

/** Geometry types named by the sampled WKT values (`POLYGON (…)` → `Polygon`). */
function wktTypes(sample: readonly CellValue[][], index: number): string[] {
  if (index < 0) return [];
  const names: Record<string, string> = {
    POINT: 'Point',
    MULTIPOINT: 'MultiPoint',
    POLYGON: 'Polygon',
    MULTIPOLYGON: 'MultiPolygon',
  };
  return sample
    .map((row) => /^\s*(?:SRID=\d+;)?\s*([A-Z]+)/i.exec(String(row[index] ?? ''))?.[1]?.toUpperCase() ?? '')
    .filter((name) => name in names)
    .map((name) => names[name]);
}

/** Most non-empty sampled values read as numbers. */
function isNumericColumn(sample: readonly CellValue[][], index: number, format: NumberFormat): boolean {
  const values = sample.map((row) => parseNumber(row[index], format)).filter((value) => value !== null);
  return values.length > 0 && values.filter((value) => !Number.isNaN(value)).length / values.length >= 0.8;
}
