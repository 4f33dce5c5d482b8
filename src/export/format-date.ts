/**
 * Formats the calendar date of an ISO string for the map footer, reading the date part as written
 * (no time zone conversion, no clock).
 */
import type { Lang } from '../i18n/translate';

const MONTHS: Record<Lang, string[]> = {
  es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/**
 * @example
 * formatDate('2026-11-28T04:21:00Z', 'es'); // "28 nov 2026"
 * formatDate('2026-11-28', 'en'); // "28 Nov 2026"
 */
export function formatDate(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) throw new Error(`formatDate: not an ISO date: ${iso}`);
  const [, year, month, day] = match;
  return `${Number(day)} ${MONTHS[lang][Number(month) - 1]} ${year}`;
}
