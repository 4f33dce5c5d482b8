import type { Lang } from './translate';

const LOCALES: Record<Lang, string> = { es: 'es-CO', en: 'en-US' };
const cache = new Map<string, Intl.NumberFormat>();

/**
 * Formats a number for the UI language: Colombian format in Spanish (`1.234,5`), US in English
 * (`1,234.5`). Grouping is always on, so four-digit numbers are grouped too, and a value that
 * rounds to zero prints without a minus sign unless `options.signDisplay` asks otherwise. The one
 * number formatter of the app: the screen, the legends and the exported images all use it.
 *
 * @example formatNumber(1234.5, 'es', { maximumFractionDigits: 1 }) // '1.234,5'
 * @example formatNumber(-0.001, 'en', { maximumFractionDigits: 1 }) // '0'
 */
export function formatNumber(value: number, lang: Lang, options: Intl.NumberFormatOptions = {}): string {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], {
      useGrouping: 'always',
      signDisplay: 'negative',
      ...options,
    } as Intl.NumberFormatOptions);
    cache.set(key, format);
  }
  return format.format(value);
}
