/**
 * Locale number formatting without `Intl` differences between engines: Spanish (Colombia) uses
 * `.` for thousands and `,` for decimals (`1.234,5`), English the reverse (`1,234.5`).
 */
import type { Lang } from './types';

/**
 * Formats `value` with grouping and up to `maximumFractionDigits` decimals (trailing zeros dropped).
 *
 * @example
 * formatNumber(1234.5, 'es'); // "1.234,5"
 * formatNumber(1234.5, 'en'); // "1,234.5"
 */
export function formatNumber(
  value: number,
  lang: Lang,
  options: { maximumFractionDigits?: number } = {},
): string {
  const digits = options.maximumFractionDigits ?? 1;
  const [group, decimal] = lang === 'es' ? ['.', ','] : [',', '.'];
  const negative = value < 0;
  const fixed = Math.abs(value).toFixed(digits);
  const [integerPart, fractionPart = ''] = fixed.split('.');
  const grouped = integerPart.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const fraction = fractionPart.replace(/0+$/, '');
  const sign = negative && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${grouped}${fraction ? decimal + fraction : ''}`;
}
