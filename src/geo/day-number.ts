import { ISO_DATE, isoDateParts } from './iso-date';

/**
 * Converts an ISO date (`YYYY-MM-DD`) to a day number: whole days since 1970-01-01 (UTC), the unit
 * of the `startDay` / `endDay` columns. Returns NaN for text that is not a valid date.
 *
 * @example
 * dayNumber('1970-01-02'); // 1
 * dayNumber('2024-03-01'); // 19783
 */
export function dayNumber(isoDate: string): number {
  const parts = ISO_DATE.test(isoDate) ? isoDateParts(isoDate) : null;
  if (!parts) return Number.NaN;
  const [year, month, day] = parts;
  return Date.UTC(Number(year), Number(month) - 1, Number(day)) / 86_400_000;
}
