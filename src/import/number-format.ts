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
  let text = typeof value === 'string' ? value.trim() : String(value).trim();
  if (text === '') return null;
  if (PLAIN_DIGITS.test(text)) return Number(text);
  if (text.charCodeAt(0) === 36 /* $ */) text = text.slice(1);
  if (text.includes(' ') || text.includes('\u00a0')) text = text.replace(/[\s\u00a0]/g, '');
  if (format.thousands !== null && text.includes(format.thousands)) {
    if (!GROUPED[format.thousands].test(text)) return Number.NaN;
    text = text.replaceAll(format.thousands, '');
  }
  if (format.decimal === ',') text = text.replace(',', '.');
  return plainNumber(text);
}

/** A fast path: an optional minus and digits only, read the same in every convention. */
const PLAIN_DIGITS = /^-?\d{1,15}$/;

/** Thousands groups of exactly three digits (`1.234.567,5`; not `1.5`, not `12.34,5`). */
const GROUPED = { '.': /^[+-]?\d{1,3}(\.\d{3})+(,\d*)?$/, ',': /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/ };

/**
 * Decimal notation only (what `Number` reads, minus hex, octal, binary, `Infinity` and
 * separators): a sign, digits with one optional point, an optional exponent; NaN otherwise.
 */
function plainNumber(text: string): number {
  const first = text.charCodeAt(0);
  const startsWell = (first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46;
  const second = text.charCodeAt(1) | 0x20;
  if (!startsWell || second === 120 || second === 111 || second === 98) return Number.NaN; // 0x, 0o, 0b
  const value = Number(text);
  return Number.isFinite(value) && text !== '-' && text !== '+' && text !== '.' ? value : Number.NaN;
}
