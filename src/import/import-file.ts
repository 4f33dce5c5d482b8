/**
 * Step two of an import: read every row with a mapping and settings (the inspection's, or the
 * user's changes to them) and validate it into a dataset of points, areas or a municipal table,
 * with counts and every problem. Re-run it whenever the user changes the mapping. The file is
 * refused as a whole (nothing imported) when it cannot be read, has no location columns, or has
 * projected numbers whose CRS nobody chose (`crsRequired`, with the candidates).
 *
 * @example
 * const outcome = await importFile(source, { mapping, settings, gazetteer, signal, onProgress });
 * if (outcome.ok && outcome.result.kind === 'points') engine.add(outcome.result.points);
 */
import { bbox as turfBbox } from '@turf/turf';
import type { CrsCode } from '../geo/crs/colombian-crs';
import type { ByteSource } from './byte-source';
import type { ColumnMapping, ImportKind } from './column-mapping';
import type { Delimiter } from './detect-delimiter';
import type { EncodingDetection } from './detect-encoding';
import type { ImportFormat } from './detect-format';
import type { Gazetteer } from './gazetteer';
import type { ImportSettings } from './import-settings';
import type { ImportedPoints } from './imported-points';
import { sampleRows } from './inspect-file';
import { type OpenOptions, openSource } from './open-source';
import type { OpenedSource } from './opened-source';
import { problemLog } from './problem-log';
import { fileProblem, type ImportProblem, type ProblemCode } from './problems';
import { type ImportRefusal, ImportRefusalError, refusalOf } from './refusal';
import { decideCoordinates } from './resolve-crs';
import { type ImportedAreas, validateAreas } from './validate-areas';
import { validatePoints } from './validate-points';
import { type ImportedTable, validateTable } from './validate-table';

export type BoundingBox = [west: number, south: number, east: number, north: number];

export interface ImportRequest {
  /** The dataset's id, carried into the result (the UI makes one; default: the file name). */
  datasetId?: string;
  mapping: ColumnMapping;
  settings: ImportSettings;
  gazetteer: Gazetteer;
  /** The same options the inspection was opened with (sheet, encoding, delimiter overrides). */
  open?: OpenOptions;
  signal?: AbortSignal;
  /** Fraction of the file read, 0…1. */
  onProgress?: (fraction: number) => void;
}

interface ResultBase {
  datasetId: string;
  file: string;
  format: ImportFormat;
  kind: ImportKind;
  encoding?: EncodingDetection;
  delimiter?: Delimiter;
  sheet?: string;
  /** Null for tables (no coordinates). */
  crs: CrsCode | null;
  /** Data rows read (blank rows not counted). */
  rows: number;
  accepted: number;
  rejected: number;
  /** Lon/lat of the accepted points or areas (a table: of its matched municipalities). */
  bbox: BoundingBox | null;
  problems: ImportProblem[];
  /** Every problem counted by code, including those past the listing limit. */
  problemCounts: Partial<Record<ProblemCode, number>>;
  mapping: ColumnMapping;
  settings: ImportSettings;
}

export type ImportResult =
  | (ResultBase & { kind: 'points'; points: ImportedPoints })
  | (ResultBase & { kind: 'areas'; areas: ImportedAreas })
  | (ResultBase & { kind: 'table'; table: ImportedTable });

export type ImportOutcome = { ok: true; result: ImportResult } | { ok: false; refusal: ImportRefusal };

export async function importFile(source: ByteSource, request: ImportRequest): Promise<ImportOutcome> {
  try {
    return { ok: true, result: await run(source, request) };
  } catch (error) {
    if (request.signal?.aborted)
      return { ok: false, refusal: new ImportRefusalError('cancelled', source.name).refusal };
    return { ok: false, refusal: refusalOf(error, source.name, 'the detected format') };
  }
}

async function run(source: ByteSource, request: ImportRequest): Promise<ImportResult> {
  const opened = await openSource(source, request.open);
  const { mapping } = request;
  checkMapping(opened, mapping);
  const crs = await resolveCrs(opened, request);
  const log = problemLog();
  const settings = { ...request.settings, crs: crs ?? 'EPSG:4326' };
  const context = {
    gazetteer: request.gazetteer,
    log,
    signal: request.signal,
    onProgress: request.onProgress,
  };
  const base = {
    datasetId: request.datasetId ?? source.name,
    file: source.name,
    format: opened.format,
    encoding: opened.encoding,
    delimiter: opened.delimiter,
    sheet: opened.sheet,
    crs,
    mapping,
    settings: { ...request.settings, crs },
  };
  const finish = (rows: number, rejected: number, bbox: BoundingBox | null) => {
    for (const note of opened.notes) log.add(note);
    return { ...base, rows, accepted: rows - rejected, rejected, bbox, ...log.finish() };
  };
  if (mapping.kind === 'points') {
    const { points, rows, rejected } = await validatePoints(opened, mapping, settings, context);
    return { ...finish(rows, rejected, pointsBbox(points.lon, points.lat)), kind: 'points', points };
  }
  if (mapping.kind === 'areas') {
    const { areas, rows, rejected } = await validateAreas(opened, mapping, settings, context);
    const box = areas.collection.features.length > 0 ? (turfBbox(areas.collection) as BoundingBox) : null;
    if (areas.collection.features.length === 0) throw new ImportRefusalError('noPolygons', source.name);
    return { ...finish(rows, rejected, box), kind: 'areas', areas };
  }
  const { table, rows, rejected } = await validateTable(opened, mapping, request.settings, context);
  const points = table.keys.map((key) => request.gazetteer.byCode(key)?.point).filter((point) => !!point);
  const box = pointsBbox(
    points.map((point) => point[0]),
    points.map((point) => point[1]),
  );
  return { ...finish(rows, rejected, box), kind: 'table', crs: null, table };
}

/** Refuses a mapping that cannot place anything before reading the rows. */
function checkMapping(opened: OpenedSource, mapping: ColumnMapping): void {
  const { location } = mapping;
  const keyed = location.divipola !== undefined || location.municipality !== undefined;
  if (mapping.kind === 'table') {
    if (!keyed) throw new ImportRefusalError('noKey', opened.file);
    if ((mapping.table?.values.length ?? 0) === 0) throw new ImportRefusalError('noValues', opened.file);
    return;
  }
  const located =
    opened.hasGeometry ||
    keyed ||
    [location.latitude, location.latLonText, location.wkt].some((column) => column !== undefined);
  if (!located)
    throw new ImportRefusalError('noLocationColumns', opened.file, { headers: opened.headers.join(', ') });
}

/** The CRS to read with, deciding from the first rows when none was chosen; null for tables. */
async function resolveCrs(opened: OpenedSource, request: ImportRequest): Promise<CrsCode | null> {
  if (request.mapping.kind === 'table') return null;
  const sample = await sampleRows(opened, 500);
  const decision = decideCoordinates(opened, request.mapping, request.settings, sample);
  if ('question' in decision) {
    const { candidates, example } = decision.question;
    throw new ImportRefusalError('crsRequired', opened.file, {
      x: example[0],
      y: example[1],
      candidates: candidates.join(', '),
    });
  }
  if (decision.swap && !request.settings.swapLatLon)
    opened.notes.push(fileProblem('coordinatesLookSwapped', { ...decision.swap }));
  return decision.crs;
}

function pointsBbox(lon: ArrayLike<number>, lat: ArrayLike<number>): BoundingBox | null {
  if (lon.length === 0) return null;
  const box: BoundingBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (let index = 0; index < lon.length; index++) {
    box[0] = Math.min(box[0], lon[index]);
    box[1] = Math.min(box[1], lat[index]);
    box[2] = Math.max(box[2], lon[index]);
    box[3] = Math.max(box[3], lat[index]);
  }
  return box;
}
