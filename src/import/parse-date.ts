/**
 * Dates as they come in imported files: ISO (`2024-03-05`, with or without a time), day first
 * (`5/3/2024`, `05-03-2024`, `5.3.2024`, Colombia's convention), month first when a column proves
 * it (`3/25/2024`), Excel serial numbers (`45356`) and spreadsheet date cells. The result is a day
 * number (days since 1970-01-01, the unit of the engine's date columns). A date that does not
 * exist (2023-02-30, 31/04/2024) is invalid (NaN), never rolled over into the next month.
 *
 * @example
 * const order = detectDateOrder(['25/03/2024', '1/4/2024']); // 'dmy'
 * parseDate('30/02/2023', order) // => NaN
 * parseDate('2024-03-01', order) // => 19783
 */

export type DateOrder = 'dmy' | 'mdy';

const ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T\s].*)?$/;
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[T\s].*)?$/;
const SERIAL = /^\d{5}(?:\.\d+)?$/;
const MS_PER_DAY = 86_400_000;
/** Day number of Excel's serial 0 (1899-12-30, which absorbs Lotus' 1900 leap-year bug). */
const EXCEL_EPOCH_DAY = -25_569;
/** Serials accepted: 10000 (1927) to 80000 (2119); other bare numbers are not dates. */
const SERIAL_RANGE = [10_000, 80_000] as const;

/**
 * Day first unless a value proves month first (a second part over 12 while no first part is).
 */
export function detectDateOrder(values: readonly string[]): DateOrder {
  let dayFirstProof = false;
  let monthFirstProof = false;
  for (const value of values) {
    const match = NUMERIC.exec(String(value).trim());
    if (!match) continue;
    if (Number(match[1]) > 12) dayFirstProof = true;
    if (Number(match[2]) > 12) monthFirstProof = true;
  }
  return monthFirstProof && !dayFirstProof ? 'mdy' : 'dmy';
}

/** A day number, `null` for an empty value, NaN for a value that is not an existing date. */
export function parseDate(value: unknown, order: DateOrder): number | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return dateCellDay(value);
  if (typeof value === 'number') return serialDay(value);
  const text = String(value).trim();
  if (text === '') return null;
  const iso = ISO.exec(text);
  if (iso) return calendarDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [first, second, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    return order === 'dmy' ? calendarDay(year, second, first) : calendarDay(year, first, second);
  }
  if (SERIAL.test(text)) return serialDay(Number(text));
  return Number.NaN;
}

/** The ISO text of a day number. @example isoDate(19783) // => '2024-03-01' */
export function isoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

function calendarDay(year: number, month: number, day: number): number {
  if (month < 1 || month > 12 || day < 1 || year < 1000) return Number.NaN;
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return Number.NaN;
  return time / MS_PER_DAY;
}

function serialDay(serial: number): number {
  if (!(serial >= SERIAL_RANGE[0] && serial <= SERIAL_RANGE[1])) return Number.NaN;
  return Math.floor(serial) + EXCEL_EPOCH_DAY;
}

/**
 * Spreadsheet and dBase date cells arrive as Date objects: at UTC midnight (XLSX) or local
 * midnight (dBase); either way the calendar day the cell shows.
 */
function dateCellDay(date: Date): number {
  const time = date.getTime();
  if (Number.isNaN(time)) return Number.NaN;
  if (time % MS_PER_DAY === 0) return time / MS_PER_DAY;
  return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / MS_PER_DAY;
}
