/**
 * Step one of an import: open the file and look at its first rows, without validating anything.
 * Returns what the mapping step shows the user: format, encoding, delimiter, sheets, headers, a
 * preview, the detected kind and the proposed mapping and settings (CRS, number and date
 * conventions), the questions that must be answered (the CRS of projected numbers) or may be
 * (the swap fix), and the header signature for remembering mappings.
 *
 * @example
 * const inspected = await inspectFile(byteSourceFromBlob(file));
 * if (!inspected.ok) show(inspected.refusal.message);
 * else showMapping(inspected.inspection.preview, inspected.inspection.mapping);
 */
import type { Geometry } from 'geojson';
import type { CrsCode } from '../geo/crs/colombian-crs';
import { automaticMapping } from './automatic-mapping';
import type { ByteSource } from './byte-source';
import { type CellValue, cellText } from './cell-value';
import type { ColumnMapping, ImportKind } from './column-mapping';
import { detectColumnFormats } from './detect-column-formats';
import type { Delimiter } from './detect-delimiter';
import type { EncodingDetection } from './detect-encoding';
import type { ImportFormat } from './detect-format';
import { headerSignature } from './header-signature';
import type { ImportSettings } from './import-settings';
import { type OpenOptions, openSource } from './open-source';
import type { OpenedSource } from './opened-source';
import type { ImportProblem } from './problems';
import { type ImportRefusal, ImportRefusalError, refusalOf } from './refusal';
import { decideCoordinates } from './resolve-crs';

const SAMPLE_ROWS = 2000;
/** Sampling reads the head in small chunks: 2,000 rows need far less than a 4 MB chunk. */
const SAMPLE_CHUNK_BYTES = 256 * 1024;
const PREVIEW_ROWS = 20;

export type ImportQuestion =
  | { code: 'crs'; candidates: CrsCode[]; example: [number, number] }
  | { code: 'swapLatLon'; inside: number; sampled: number };

export interface Inspection {
  file: string;
  format: ImportFormat;
  encoding?: EncodingDetection;
  delimiter?: Delimiter;
  sheets?: string[];
  sheet?: string;
  headers: string[];
  /** First rows as text, for the mapping preview (render as text, never HTML). */
  preview: string[][];
  /** Rows looked at to decide (up to `SAMPLE_ROWS`). */
  sampledRows: number;
  kind: ImportKind;
  /** The CRS the file declares, when recognised. */
  declaredCrs: CrsCode | null;
  mapping: ColumnMapping;
  settings: ImportSettings;
  questions: ImportQuestion[];
  signature: string;
  notes: ImportProblem[];
}

export type InspectOutcome = { ok: true; inspection: Inspection } | { ok: false; refusal: ImportRefusal };

export async function inspectFile(source: ByteSource, options: OpenOptions = {}): Promise<InspectOutcome> {
  try {
    return { ok: true, inspection: await inspect(source, options) };
  } catch (error) {
    return { ok: false, refusal: refusalOf(error, source.name, 'the detected format') };
  }
}

async function inspect(source: ByteSource, options: OpenOptions): Promise<Inspection> {
  const opened = await openSource(source, options);
  const { rows, geometries } = await sampleRows(opened, SAMPLE_ROWS);
  if (rows.length === 0) throw new ImportRefusalError('noRows', source.name);
  const formats = detectColumnFormats(opened.headers, rows, { preferDecimalComma: opened.delimiter === ';' });
  const mapping = automaticMapping(opened.headers, rows, geometryTypes(geometries), formats.numberFormats);
  const settings: ImportSettings = { crs: null, swapLatLon: false, ...formats };
  const decision = decideCoordinates(opened, mapping, settings, { rows, geometries });
  const questions: ImportQuestion[] = [];
  if ('question' in decision) questions.push({ code: 'crs', ...decision.question });
  if (decision.swap) questions.push({ code: 'swapLatLon', ...decision.swap });
  return {
    file: source.name,
    format: opened.format,
    encoding: opened.encoding,
    delimiter: opened.delimiter,
    sheets: opened.sheets,
    sheet: opened.sheet,
    headers: opened.headers,
    preview: rows.slice(0, PREVIEW_ROWS).map((row) => row.map((cell) => cellText(cell))),
    sampledRows: rows.length,
    kind: mapping.kind,
    declaredCrs: declaredCode(opened),
    mapping,
    settings: { ...settings, crs: 'crs' in decision ? decision.crs : null },
    questions,
    signature: headerSignature(opened.headers),
    notes: opened.notes,
  };
}

/** The first `limit` rows (and geometries) of a source; stops reading there. */
export async function sampleRows(
  opened: OpenedSource,
  limit: number,
): Promise<{ rows: CellValue[][]; geometries: (Geometry | null)[] | undefined }> {
  const rows: CellValue[][] = [];
  const geometries: (Geometry | null)[] = [];
  for await (const batch of opened.batches({ chunkBytes: SAMPLE_CHUNK_BYTES })) {
    rows.push(...batch.rows.slice(0, limit - rows.length));
    if (batch.geometries) geometries.push(...batch.geometries.slice(0, limit - geometries.length));
    if (rows.length >= limit) break;
  }
  return { rows, geometries: opened.hasGeometry ? geometries : undefined };
}

function geometryTypes(geometries: readonly (Geometry | null)[] | undefined): string[] {
  return (geometries ?? [])
    .filter((geometry): geometry is Geometry => geometry !== null)
    .map((geometry) => geometry.type);
}

function declaredCode(opened: OpenedSource): CrsCode | null {
  return opened.declaredCrs && 'crs' in opened.declaredCrs ? opened.declaredCrs.crs : null;
}
