/**
 * Reads CSV, TSV and TXT: encoding and delimiter detected from the first megabyte (or given),
 * then the bytes streamed in chunks through a `TextDecoder` into papaparse, which keeps a record
 * cut by a chunk boundary (even inside a quoted line break) for the next chunk. Memory stays at a
 * chunk plus a batch of rows, whatever the file size.
 *
 * Row numbers count records as a spreadsheet shows them: the header is row 1 and blank lines
 * count; a quoted field with line breaks is one row.
 *
 * @example
 * const opened = await openDelimited(byteSourceFromBytes('datos.csv', bytes));
 * opened.encoding // { encoding: 'windows-1252', bom: false, bomBytes: 0 }
 * opened.delimiter // ';'
 */
import Papa from 'papaparse';
import { type ByteSource, readChunks } from './byte-source';
import { type CellValue, isBlankRow } from './cell-value';
import { type Delimiter, detectDelimiter } from './detect-delimiter';
import { detectEncoding, type EncodingDetection } from './detect-encoding';
import {
  type BatchOptions,
  type OpenedSource,
  type RowBatch,
  throwIfAborted,
  uniqueHeaders,
} from './opened-source';
import { fileProblem } from './problems';
import { ImportRefusalError } from './refusal';

const HEAD_BYTES = 1024 * 1024;

interface DelimitedOptions {
  encoding?: EncodingDetection;
  delimiter?: Delimiter;
  /** Bytes per chunk when streaming (tests use small chunks to cross boundaries). */
  chunkBytes?: number;
}

export async function openDelimited(
  source: ByteSource,
  options: DelimitedOptions = {},
): Promise<OpenedSource> {
  const head = await source.read(0, Math.min(source.size, HEAD_BYTES));
  const encoding = options.encoding ?? detectEncoding(head);
  const headText = new TextDecoder(encoding.encoding).decode(head.subarray(encoding.bomBytes));
  const delimiter = options.delimiter ?? detectDelimiter(headText.slice(0, 65_536));
  const newline = lineBreakOf(headText);
  const headerRow = Papa.parse<string[]>(headText, { delimiter, skipEmptyLines: 'greedy', preview: 1 })
    .data[0];
  if (!headerRow || headerRow.every((cell) => cell.trim() === '')) {
    throw new ImportRefusalError('emptyFile', source.name);
  }
  const headers = uniqueHeaders(headerRow);
  const opened: OpenedSource = {
    file: source.name,
    format: 'csv',
    headers,
    encoding,
    delimiter,
    declaredCrs: null,
    hasGeometry: false,
    notes: [],
    batches: (batchOptions) =>
      streamRows(source, opened, { ...options, encoding, delimiter, newline }, batchOptions),
  };
  return opened;
}

async function* streamRows(
  source: ByteSource,
  opened: OpenedSource,
  options: DelimitedOptions & { encoding: EncodingDetection; delimiter: Delimiter; newline: LineBreak },
  batchOptions: BatchOptions = {},
): AsyncGenerator<RowBatch> {
  const decoder = new TextDecoder(options.encoding.encoding);
  const rowCutter = createRowCutter(opened.headers.length);
  const feed = papaFeed(options.delimiter, options.newline, (records) => rowCutter.add(records));
  let bytesRead = options.encoding.bomBytes;
  let replaced = 0;
  const chunkBytes = batchOptions.chunkBytes ?? options.chunkBytes;
  const chunks = readChunks(source, { start: options.encoding.bomBytes, chunkBytes });
  for await (const bytes of chunks) {
    throwIfAborted(batchOptions.signal);
    const text = decoder.decode(bytes, { stream: true });
    replaced += countReplacements(text);
    feed.push(text);
    bytesRead += bytes.length;
    batchOptions.onProgress?.(bytesRead / Math.max(1, source.size));
    yield* rowCutter.take();
  }
  feed.push(decoder.decode());
  feed.end();
  yield* rowCutter.take();
  const previous = opened.notes.findIndex((note) => note.code === 'invalidUtf8');
  if (previous >= 0) opened.notes.splice(previous, 1);
  if (replaced > 0 && options.encoding.encoding === 'utf-8') {
    opened.notes.push(fileProblem('invalidUtf8', { count: replaced }));
  }
}

/** Numbers records (1-based, header included), drops the header and blank rows, pads short rows. */
function createRowCutter(columns: number) {
  let recordNumber = 0;
  let headerSeen = false;
  let pending: RowBatch[] = [];
  return {
    add(records: string[][]) {
      const batch: RowBatch = { rowNumbers: [], rows: [] };
      for (const record of records) {
        recordNumber++;
        if (isBlankRow(record)) continue;
        if (!headerSeen) {
          headerSeen = true;
          continue;
        }
        const row: CellValue[] = record.length === columns ? record : padded(record, columns);
        batch.rows.push(row);
        batch.rowNumbers.push(recordNumber);
      }
      if (batch.rows.length > 0) pending.push(batch);
    },
    *take(): Generator<RowBatch> {
      const ready = pending;
      pending = [];
      yield* ready;
    },
  };
}

function padded(record: string[], columns: number): CellValue[] {
  const row: CellValue[] = record.slice(0, columns);
  while (row.length < columns) row.push(null);
  return row;
}

type LineBreak = '\r\n' | '\n' | '\r';

/**
 * The file's line break, decided once from the head: papaparse would guess it per chunk, and a
 * chunk without a line break in it would make it guess wrong.
 */
function lineBreakOf(text: string): LineBreak {
  if (text.includes('\r\n')) return '\r\n';
  return text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
}

function countReplacements(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\uFFFD'); index >= 0; index = text.indexOf('\uFFFD', index + 1)) count++;
  return count;
}

/**
 * Papaparse's streaming input for node readable streams, fed by hand: each `push` parses the
 * complete records in the text so far (synchronously) and hands them to `onRecords`; the cut
 * record waits for the next push. Works the same in a worker, which has no node streams.
 */
function papaFeed(delimiter: Delimiter, newline: LineBreak, onRecords: (records: string[][]) => void) {
  const listeners = new Map<string, ((value?: string) => void)[]>();
  const emit = (event: string, value?: string) => {
    for (const listener of [...(listeners.get(event) ?? [])]) listener(value);
  };
  const stream = {
    readable: true,
    read: () => null,
    on(event: string, listener: (value?: string) => void) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    },
    removeListener(event: string, listener: (value?: string) => void) {
      listeners.set(
        event,
        (listeners.get(event) ?? []).filter((other) => other !== listener),
      );
    },
    pause: () => {},
    resume: () => {},
  };
  let failure: unknown = null;
  const parseStream = Papa.parse as unknown as (
    input: unknown,
    config: Papa.ParseLocalConfig<string[]>,
  ) => void;
  parseStream(stream, {
    delimiter,
    newline,
    skipEmptyLines: false,
    chunk: (results: Papa.ParseResult<string[]>) => onRecords(results.data),
    complete: () => {},
    error: (error: unknown) => {
      failure = error;
    },
  });
  return {
    push(text: string) {
      if (text !== '') emit('data', text);
      if (failure) throw failure;
    },
    end() {
      emit('end');
      if (failure) throw failure;
    },
  };
}
