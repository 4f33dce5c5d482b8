/**
 * The ISO calendar date (`YYYY-MM-DD`), written once: the pattern the record schemas validate
 * with, the check the URL codec and the export overrides use, and the reading of the date part of
 * an ISO date or date-time that day numbers, file names and the export footer use.
 *
 * @example
 * ISO_DATE.test('2026-01-01'); // true
 * isIsoDate('2026-13-01'); // false (no such month)
 * isoDateParts('2026-11-28T04:21:00Z'); // ['2026', '11', '28']
 */

/** A whole `YYYY-MM-DD` text (digits only; `isIsoDate` also checks the calendar). */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `value` is a whole `YYYY-MM-DD` date the calendar accepts. */
export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && !Number.isNaN(Date.parse(value));
}

/**
 * Year, month and day that an ISO date or date-time starts with, as written (no time zone
 * conversion, no clock), or null when `text` does not start with `YYYY-MM-DD`.
 */
export function isoDateParts(text: string): [year: string, month: string, day: string] | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  return match ? [match[1], match[2], match[3]] : null;
}
