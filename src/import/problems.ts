/**
 * Every problem the import pipeline reports, as data: a stable `code` with `params` (so the UI can
 * word it in Spanish or English) and an English `message` (for the CLI and logs). Problems are
 * plain text, never HTML.
 *
 * Row numbers: `row` is the row as the user sees it in a spreadsheet, 1-based, with the header on
 * row 1, so the first record of a CSV or XLSX with one header line is row 2 (blank lines and
 * quoted line breaks do not shift it: a CSV record spanning three lines is one row). For
 * feature formats (GeoJSON, KML, KMZ, GPX, shapefile) `row` is the 1-based position of the
 * feature (the shapefile's record number). File-level problems have `row: null`.
 *
 * @example
 * const problem = rowProblem('latitudeOutOfRange', 4, 'A-17', { value: 107 });
 * problem.message // => 'latitude 107 is outside -90…90'
 */

/** `rejected`: the row is not imported. `warning`: kept, with a note. */
type ProblemSeverity = 'rejected' | 'warning';

const ROW_MESSAGES = {
  noLocation: ['rejected', 'no coordinates and no municipality to place the record'],
  invalidCoordinate: ['rejected', '{field} "{value}" is not a number'],
  latitudeOutOfRange: ['rejected', 'latitude {value} is outside -90…90'],
  longitudeOutOfRange: ['rejected', 'longitude {value} is outside -180…180'],
  invalidWkt: ['rejected', 'WKT "{value}" cannot be read'],
  unsupportedGeometry: ['rejected', 'geometry {geometryType} is not supported here'],
  invalidGeometry: ['rejected', 'invalid {geometryType}: {reason}'],
  tooManyVertices: ['rejected', 'the areas have {vertices} vertices, more than the limit of {limit}'],
  invalidNumber: ['rejected', '{field} "{value}" is not a number'],
  negativeValue: ['rejected', '{field} {value} is negative'],
  invalidDate: ['rejected', '{field} "{value}" is not a valid date'],
  endBeforeStart: ['rejected', 'end date {end} is before start date {start}'],
  typeNotInPillar: ['rejected', 'type {type} does not belong to pillar {pillar}'],
  unknownMunicipalityCode: ['rejected', 'DIVIPOLA code "{value}" is not a municipality'],
  unknownMunicipality: ['rejected', 'municipality "{municipality}" ({department}) not found'],
  ambiguousMunicipality: [
    'rejected',
    'municipality "{municipality}" is ambiguous ({candidates}); add its department or DIVIPOLA code',
  ],
  municipalityWithoutPoint: ['rejected', 'municipality {code} {name} has no point on the map to place it'],
  missingKey: ['rejected', 'no DIVIPOLA code or municipality name'],
  invalidYear: ['rejected', 'year "{value}" is not a year'],
  outsideColombia: ['warning', 'position {lon}, {lat} is outside Colombia'],
  unrecognisedCategory: ['warning', '{field} "{value}" is not a known code or label: kept as unclassified'],
  duplicateKey: ['warning', 'a second value for {key} {year}: the first is kept'],
  locatedByMunicipality: ['warning', 'no coordinates: placed at the municipality {code} {name}'],
} as const;

const FILE_MESSAGES = {
  invalidUtf8: ['warning', '{count} characters could not be read as UTF-8 and were replaced'],
  coordinatesLookSwapped: [
    'warning',
    'latitude and longitude look swapped ({inside} of {sampled} sampled positions fall in Colombia only when swapped)',
  ],
  skippedEntries: ['warning', 'files in the archive not read: {names}'],
  problemsTruncated: ['warning', '{count} more problems not listed (counted in the totals)'],
  locatedByMunicipalityRows: [
    'warning',
    '{count} records have no coordinates and were placed at their municipality',
  ],
} as const;

export type RowProblemCode = keyof typeof ROW_MESSAGES;
type FileProblemCode = keyof typeof FILE_MESSAGES;
export type ProblemCode = RowProblemCode | FileProblemCode;
export type ProblemParams = Readonly<Record<string, string | number>>;

export interface ImportProblem {
  code: ProblemCode;
  severity: ProblemSeverity;
  /** Spreadsheet row or feature number (see the module header); null for the whole file. */
  row: number | null;
  /** The record's id when the id column has one. */
  id: string | null;
  params: ProblemParams;
  /** English wording, for the CLI and logs; the UI words `code` + `params` itself. */
  message: string;
}

export function rowProblem(
  code: RowProblemCode,
  row: number,
  id: string | null,
  params: ProblemParams = {},
): ImportProblem {
  const [severity, template] = ROW_MESSAGES[code];
  return { code, severity, row, id, params, message: fillTemplate(template, params) };
}

/** @example fileProblem('invalidUtf8', { count: 3 }).row // => null */
export function fileProblem(code: FileProblemCode, params: ProblemParams = {}): ImportProblem {
  const [severity, template] = FILE_MESSAGES[code];
  return { code, severity, row: null, id: null, params, message: fillTemplate(template, params) };
}

/** Replaces `{name}` with `params.name` (left as is when missing). */
export function fillTemplate(template: string, params: ProblemParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
