/**
 * The one-line JSON summary of an import that `npm run import -- --json` prints (and that a UI
 * report can start from): counts, detected encoding, delimiter and CRS, the bounding box and the
 * problems with row, id and English message; for tables the matched keys, the unmatched ones and
 * the sum of each value column.
 *
 * @example
 * JSON.stringify(resultSummary(result))
 * // {"file":"datos.csv","format":"csv","kind":"points","encoding":"windows-1252","delimiter":";",…}
 */
import type { ImportResult } from './import-file';

export interface ResultSummary {
  file: string;
  format: string;
  kind: string;
  encoding: string | null;
  delimiter: string | null;
  sheet?: string;
  crs: string | null;
  rows: number;
  accepted: number;
  rejected: number;
  bbox: number[] | null;
  problems: { row: number | null; id: string | null; code: string; message: string }[];
  keys?: string[];
  unmatched?: string[];
  sums?: Record<string, number>;
}

export function resultSummary(result: ImportResult): ResultSummary {
  const summary: ResultSummary = {
    file: result.file,
    format: result.format,
    kind: result.kind,
    encoding: result.encoding ? `${result.encoding.encoding}${result.encoding.bom ? '-bom' : ''}` : null,
    delimiter: result.delimiter ?? null,
    ...(result.sheet !== undefined ? { sheet: result.sheet } : {}),
    crs: result.crs,
    rows: result.rows,
    accepted: result.accepted,
    rejected: result.rejected,
    bbox: result.bbox?.map((value) => round(value, 6)) ?? null,
    problems: result.problems.map(({ row, id, code, message }) => ({ row, id, code, message })),
  };
  if (result.kind === 'table') {
    summary.keys = result.table.keys;
    summary.unmatched = result.table.unmatched;
    summary.sums = Object.fromEntries(
      Object.entries(result.table.sums).map(([key, value]) => [key, round(value, 6)]),
    );
  }
  return summary;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
