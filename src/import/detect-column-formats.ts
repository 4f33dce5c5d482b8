/**
 * Each column's number convention and date order, from the sampled rows (text cells only;
 * spreadsheet numbers and dates need none). `;`-delimited files lean to the decimal comma.
 *
 * @example
 * detectColumnFormats(['lat', 'fecha'], [['4,61', '25/03/2024']], { preferDecimalComma: true })
 * // => { numberFormats: { lat: { decimal: ',', … }, fecha: … }, dateOrders: { lat: 'dmy', fecha: 'dmy' } }
 */
import type { CellValue } from './cell-value';
import { detectNumberFormat, type NumberFormat } from './number-format';
import { type DateOrder, detectDateOrder } from './parse-date';

export function detectColumnFormats(
  headers: readonly string[],
  sample: readonly CellValue[][],
  options: { preferDecimalComma?: boolean } = {},
): { numberFormats: Record<string, NumberFormat>; dateOrders: Record<string, DateOrder> } {
  const numberFormats: Record<string, NumberFormat> = {};
  const dateOrders: Record<string, DateOrder> = {};
  headers.forEach((header, index) => {
    const texts = sample
      .map((row) => row[index])
      .filter((value): value is string => typeof value === 'string');
    numberFormats[header] = detectNumberFormat(texts, options);
    dateOrders[header] = detectDateOrder(texts);
  });
  return { numberFormats, dateOrders };
}
