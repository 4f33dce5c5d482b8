/**
 * The values a reader hands on, one per cell: text from delimited files, typed values from
 * spreadsheets (numbers, booleans, date cells) and from feature properties. Anything else a
 * property may hold (objects, arrays) becomes its JSON text, so every later step sees one of these.
 */
export type CellValue = string | number | boolean | Date | null;

/** @example toCellValue({ a: 1 }) // => '{"a":1}' */
export function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  return JSON.stringify(value);
}

/** A cell as trimmed text ('' for empty), for names, ids and categories. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value).trim();
}

/** True when every cell is empty (a blank spreadsheet row). */
export function isBlankRow(row: readonly CellValue[]): boolean {
  return row.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));
}
