/**
 * Reads an XLSX workbook with read-excel-file (fflate + a SAX parser, no DOM, so it runs in a
 * worker and in node): the first sheet, or the one chosen by name, with every sheet name listed
 * so the UI can offer the others. The header is the first non-blank row; row numbers are the
 * sheet's own (1-based), as Excel shows them. Date cells arrive as dates, numbers as numbers.
 * The zip is checked before read-excel-file inflates it.
 *
 * @example
 * const opened = await readXlsx(byteSourceFromBytes('metas.xlsx', bytes), { sheet: 'Resumen' });
 * opened.sheets // => ['Detalle', 'Resumen']
 */
import readXlsxFile from 'read-excel-file/universal';
import { type ByteSource, readAll } from './byte-source';
import { type CellValue, isBlankRow, toCellValue } from './cell-value';
import {
  BATCH_ROWS,
  type BatchOptions,
  type OpenedSource,
  type RowBatch,
  throwIfAborted,
  uniqueHeaders,
} from './opened-source';
import { ImportRefusalError } from './refusal';
import { listZipEntries } from './safe-unzip';

export async function readXlsx(source: ByteSource, options: { sheet?: string } = {}): Promise<OpenedSource> {
  const bytes = await readAll(source);
  listZipEntries(bytes, source.name);
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    sheets = (await readXlsxFile(bytes.slice().buffer as ArrayBuffer)) as typeof sheets;
  } catch (error) {
    throw new ImportRefusalError('unreadable', source.name, {
      format: 'XLSX',
      detail: (error as Error).message,
    });
  }
  const names = sheets.map((sheet) => sheet.sheet);
  const chosen =
    options.sheet === undefined ? sheets[0] : sheets.find((sheet) => sheet.sheet === options.sheet);
  if (!chosen) {
    throw new ImportRefusalError('sheetNotFound', source.name, {
      sheet: options.sheet ?? '',
      sheets: names.join(', '),
    });
  }
  const rows = chosen.data.map((row) => row.map(toCellValue));
  const headerIndex = rows.findIndex((row) => !isBlankRow(row));
  if (headerIndex < 0) throw new ImportRefusalError('emptyFile', source.name);
  const headers = uniqueHeaders(rows[headerIndex]);
  return {
    file: source.name,
    format: 'xlsx',
    headers,
    sheets: names,
    sheet: chosen.sheet,
    declaredCrs: null,
    hasGeometry: false,
    notes: [],
    batches: (batchOptions) => sheetBatches(rows, headerIndex, headers.length, batchOptions),
  };
}

async function* sheetBatches(
  rows: CellValue[][],
  headerIndex: number,
  columns: number,
  options: BatchOptions = {},
): AsyncGenerator<RowBatch> {
  for (let start = headerIndex + 1; start < rows.length; start += BATCH_ROWS) {
    throwIfAborted(options.signal);
    const batch: RowBatch = { rowNumbers: [], rows: [] };
    for (let index = start; index < Math.min(rows.length, start + BATCH_ROWS); index++) {
      if (isBlankRow(rows[index])) continue;
      const row = rows[index].slice(0, columns);
      while (row.length < columns) row.push(null);
      batch.rows.push(row);
      batch.rowNumbers.push(index + 1);
    }
    options.onProgress?.(Math.min(1, (start + BATCH_ROWS) / rows.length));
    if (batch.rows.length > 0) yield batch;
  }
}
