/**
 * What every reader returns: the file's columns and a way to stream its rows in batches. Text
 * formats stream from the bytes (a 1M-row CSV is never one string); the others are parsed whole
 * (their formats need it) and batched from memory. Rows of feature formats carry their geometry.
 *
 * @example
 * const opened = await openSource(source);
 * for await (const batch of opened.batches()) batch.rows.length; // up to a few thousand rows
 */
import type { Geometry } from 'geojson';
import type { CrsRecognition } from '../geo/crs/recognise-crs';
import type { CellValue } from './cell-value';
import type { Delimiter } from './detect-delimiter';
import type { EncodingDetection } from './detect-encoding';
import type { ImportFormat } from './detect-format';
import type { ImportProblem } from './problems';

export interface RowBatch {
  /** Row number of each row (see `problems.ts` for the convention). */
  rowNumbers: number[];
  /** Cells aligned with `OpenedSource.headers`. */
  rows: CellValue[][];
  /** Feature formats: each row's geometry (null when the feature has none). */
  geometries?: (Geometry | null)[];
}

export interface BatchOptions {
  signal?: AbortSignal;
  /** Streamed formats: bytes per read (small when only the first rows are wanted). */
  chunkBytes?: number;
  /** Fraction of the file read, 0…1. */
  onProgress?: (fraction: number) => void;
}

export interface OpenedSource {
  file: string;
  format: ImportFormat;
  headers: string[];
  /** Delimited text only. */
  encoding?: EncodingDetection;
  delimiter?: Delimiter;
  /** XLSX only: every sheet name, and the one read. */
  sheets?: string[];
  sheet?: string;
  /** The CRS the file declares (`.prj`, GeoJSON `crs`); KML and GPX are lon/lat by definition. */
  declaredCrs: CrsRecognition | null;
  /** True when rows carry geometries (GeoJSON, KML, KMZ, GPX, shapefile). */
  hasGeometry: boolean;
  /** File-level notes from reading (skipped zip entries, replaced characters…). */
  notes: ImportProblem[];
  batches(options?: BatchOptions): AsyncGenerator<RowBatch>;
}

export const BATCH_ROWS = 5000;

/** Cancels between batches: throws the signal's reason when it is aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason ?? new Error('aborted');
}

/**
 * Headers made usable: trimmed, empty ones named `column_N` (1-based), repeated ones suffixed
 * ` (2)`, ` (3)`… so a mapping can name every column.
 *
 * @example uniqueHeaders(['Valor', '', 'valor']) // => ['Valor', 'column_2', 'valor']
 */
export function uniqueHeaders(raw: readonly unknown[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((value, index) => {
    const text = value === null || value === undefined ? '' : String(value).trim();
    const base = text === '' ? `column_${index + 1}` : text;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}
