/**
 * The column mapping: which column of the file feeds which field of a record, and what kind of
 * data the file is. `automaticMapping` proposes one from header synonyms; the UI shows it with a
 * preview, lets the user change any of it and re-runs `importFile` with the result. Columns are
 * named by their header text (as in `Inspection.headers`).
 *
 * @example
 * const mapping: ColumnMapping = {
 *   kind: 'points',
 *   fields: { id: 'ID', title: 'Nombre', type: 'Tipo', startDate: 'Fecha inicio' },
 *   location: { latitude: 'Latitud', longitude: 'Longitud' },
 *   extra: ['Observaciones'],
 * };
 */

export type ImportKind = 'points' | 'areas' | 'table';

/** Record fields of an intervention (see `src/io/schemas.ts`), in the UI's order. */
export const RECORD_FIELDS = [
  'id',
  'title',
  'pillar',
  'type',
  'agency',
  'status',
  'startDate',
  'endDate',
  'budget',
  'beneficiaries',
  'hectares',
  'km',
  'families',
  'seizedKg',
  'labs',
  'arrests',
] as const;
export type RecordField = (typeof RECORD_FIELDS)[number];

/** Numeric record fields (never negative). */
export const MEASURE_FIELDS = [
  'budget',
  'beneficiaries',
  'hectares',
  'km',
  'families',
  'seizedKg',
  'labs',
  'arrests',
] as const satisfies readonly RecordField[];
export type MeasureField = (typeof MEASURE_FIELDS)[number];

/**
 * Where a record is: tried in this order per row: longitude + latitude, a "lat lon [alt acc]"
 * text (KoboToolbox/ODK geopoint), WKT, then the municipality (DIVIPOLA code, or name with an
 * optional department) whose interior point places it ("located by municipality"). Rows of
 * GeoJSON, KML, GPX and shapefiles carry their own geometry, used first.
 */
export interface LocationMapping {
  longitude?: string;
  latitude?: string;
  latLonText?: string;
  wkt?: string;
  divipola?: string;
  municipality?: string;
  department?: string;
}

/** A value column of a municipal table: a wide column carries its year, a long one takes the year column's. */
export interface TableValueColumn {
  column: string;
  year: number | null;
}

export interface TableMapping {
  /** Long layout: the column holding the year. */
  yearColumn?: string;
  values: TableValueColumn[];
}

export interface ColumnMapping {
  kind: ImportKind;
  fields: Partial<Record<RecordField, string>>;
  location: LocationMapping;
  /** Areas: the column naming each zone (else the zones are numbered). */
  areaName?: string;
  /** Municipal tables: the key is `location.divipola` or `location.municipality` (+ department). */
  table?: TableMapping;
  /** Other columns kept as extra attributes of points and areas. */
  extra: string[];
}

/** The headers a mapping uses, for checking it against a file. */
export function mappedColumns(mapping: ColumnMapping): string[] {
  const used = [
    ...Object.values(mapping.fields),
    ...Object.values(mapping.location),
    mapping.areaName,
    mapping.table?.yearColumn,
    ...(mapping.table?.values.map((value) => value.column) ?? []),
  ];
  return used.filter((column): column is string => typeof column === 'string');
}
