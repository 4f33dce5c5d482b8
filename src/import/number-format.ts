/**
 * Numbers as people type them, per column: Spanish-locale files write `1.234,5` (decimal comma,
 * thousands dot), English ones `1,234.5`, some `1 234,5`. `detectNumberFormat` decides a column's
 * convention from its values; `parseNumber` reads one value with it. A value the convention
 * cannot read is NaN (reported as invalid), never silently another number.
 *
 * @example
 * const format = detectNumberFormat(['1.234,5', '-74,0721', '12']); // { decimal: ',', thousands: '.' }
 * parseNumber('1.234,5', format) // => 1234.5
 */

export interface NumberFormat {
  decimal: '.' | ',';
  /** Thousands separator removed before reading (spaces are always removed). */
  thousands: '.' | ',' | null;
}

export const POINT_DECIMAL: NumberFormat = { decimal: '.', thousands: ',' };
export const COMMA_DECIMAL: NumberFormat = { decimal: ',', thousands: '.' };

/**
 * Votes over a column's values: a value with both `.` and `,` has its decimal mark last; one mark
 * repeated is a thousands separator; one mark not followed by exactly three digits is decimal.
 * Values that decide nothing (`12`, `1.234`) leave the choice to `preferDecimalComma` (true for
 * `;`-delimited files, the Spanish-locale Excel export).
 */
export function detectNumberFormat(
  values: readonly string[],
  options: { preferDecimalComma?: boolean } = {},
): NumberFormat {
  let comma = 0;
  let point = 0;
  for (const raw of values) {
    const vote = decimalVote(raw.replace(/[\s\u00a0$]/g, ''));
    if (vote === ',') comma++;
    else if (vote === '.') point++;
  }
  if (comma > point) return COMMA_DECIMAL;
  if (point > comma) return POINT_DECIMAL;
  return options.preferDecimalComma ? COMMA_DECIMAL : POINT_DECIMAL;
}

function decimalVote(text: string): '.' | ',' | null {
  if (!/^[+-]?[\d.,]+$/.test(text)) return null;
  const lastComma = text.lastIndexOf(',');
  const lastPoint = text.lastIndexOf('.');
  if (lastComma >= 0 && lastPoint >= 0) return lastComma > lastPoint ? ',' : '.';
  const mark = lastComma >= 0 ? ',' : lastPoint >= 0 ? '.' : null;
  if (mark === null) return null;
  if (text.indexOf(mark) !== text.lastIndexOf(mark)) return mark === ',' ? '.' : ',';
  const digitsAfter = text.length - text.lastIndexOf(mark) - 1;
  return digitsAfter === 3 ? null : mark;
}

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Reads a value with a column's convention: numbers pass through, text is cleaned (spaces,
 * a leading `$`, thousands separators) and read; empty text is `null`, anything else unreadable
 * is NaN.
 *
 * @example
 * parseNumber('1 234,50', COMMA_DECIMAL) // => 1234.5
 * parseNumber('', COMMA_DECIMAL) // => null
 * parseNumber('doce', POINT_DECIMAL) // => NaN
 */
export function parseNumber(value: unknown, format: NumberFormat): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : Number.NaN;
  if (value === null || value === undefined) return null;
  let text = String(value).trim();
  if (text === '') return null;
  if (text.startsWith('$')) text = text.slice(1);
  text = text.replace(/[\s\u00a0]/g, '');
  if (format.thousands !== null && text.includes(format.thousands)) {
    text = text.split(format.thousands).join('');
  }
  if (format.decimal === ',') text = text.replace(',', '.');
  return PLAIN_NUMBER.test(text) ? Number(text) : Number.NaN;
}
