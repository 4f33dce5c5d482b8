/**
 * Why a whole file is refused (nothing of it is imported): a stable `code` + `params` for the UI
 * and an English `message` that names the file. Readers throw an `ImportRefusalError`;
 * `inspectFile` and `importFile` turn it into `{ ok: false, refusal }`.
 *
 * @example
 * throw new ImportRefusalError('emptyFile', 'datos.csv');
 * // caught → { code: 'emptyFile', file: 'datos.csv', message: 'datos.csv: the file is empty' }
 */
import { fillTemplate, type ProblemParams } from './problems';

const REFUSAL_MESSAGES = {
  emptyFile: 'the file is empty',
  binaryFile: 'the file is binary, not text or a known format',
  unknownFormat:
    'not a format the atlas reads (CSV, TSV, TXT, XLSX, GeoJSON, KML, KMZ, GPX, zipped shapefile): {detail}',
  unreadable: 'the file cannot be read as {format}: {detail}',
  tooLarge: 'the file is {bytes} bytes, more than the limit of {limit} for {format}',
  zipBomb:
    'the archive unpacks to {uncompressed} bytes in {entries} entries, more than the limits ({limitBytes} bytes, {limitEntries} entries): refused without unpacking',
  noShapefile: 'the archive holds no shapefile (.shp with its .dbf)',
  noRows: 'the file has no data rows (or no features)',
  sheetNotFound: 'no sheet named "{sheet}" (sheets: {sheets})',
  noLocationColumns:
    'no column gives a location (coordinates, WKT, a "lat lon" column, a DIVIPOLA code or a municipality name); columns: {headers}',
  crsRequired:
    'the coordinates look projected (e.g. {x}, {y}) and the file declares no coordinate system: choose one of {candidates}',
  unsupportedCrs: 'the coordinate system is not supported: {detail}',
  noPolygons: 'no polygon could be imported as an area',
  noKey: 'a municipal table needs a DIVIPOLA code or a municipality name column',
  noValues: 'a municipal table needs value columns (numbers, or one column per year)',
  cancelled: 'the import was cancelled',
} as const;

type RefusalCode = keyof typeof REFUSAL_MESSAGES;

export interface ImportRefusal {
  code: RefusalCode;
  file: string;
  params: ProblemParams;
  /** English, starting with the file name. */
  message: string;
}

export class ImportRefusalError extends Error {
  readonly refusal: ImportRefusal;
  constructor(code: RefusalCode, file: string, params: ProblemParams = {}) {
    const message = `${file}: ${fillTemplate(REFUSAL_MESSAGES[code], params)}`;
    super(message);
    this.name = 'ImportRefusalError';
    this.refusal = { code, file, params, message };
  }
}

/**
 * The refusal carried by an error, or an `unreadable` one for any other exception (a parser's
 * own error), so no exception escapes the pipeline unexplained.
 *
 * @example refusalOf(new Error('bad'), 'a.kml', 'KML').code // => 'unreadable'
 */
export function refusalOf(error: unknown, file: string, format: string): ImportRefusal {
  if (error instanceof ImportRefusalError) return error.refusal;
  const detail = error instanceof Error ? error.message : String(error);
  return new ImportRefusalError('unreadable', file, { format, detail: detail.slice(0, 200) }).refusal;
}
