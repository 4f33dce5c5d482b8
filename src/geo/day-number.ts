/**
 * Converts an ISO date (`YYYY-MM-DD`) to a day number: whole days since 1970-01-01 (UTC), the unit
 * of the `startDay` / `endDay` columns. Returns NaN for text that is not a valid date.
 *
 * @example
 * dayNumber('1970-01-02'); // 1
 * dayNumber('2024-03-01'); // 19783
 */
export function dayNumber(isoDate: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return Number.NaN;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000;
}
