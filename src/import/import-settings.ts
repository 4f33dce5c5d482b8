/**
 * How values are read, decided by inspection and changeable by the user before `importFile`:
 * the coordinate system, the lat/lon swap fix, and each column's number and date conventions.
 *
 * @example
 * const settings: ImportSettings = {
 *   crs: 'EPSG:9377', swapLatLon: false,
 *   numberFormats: { Presupuesto: COMMA_DECIMAL }, dateOrders: { 'Fecha inicio': 'dmy' },
 * };
 */
import type { CrsCode } from '../geo/crs/colombian-crs';
import { type NumberFormat, POINT_DECIMAL } from './number-format';
import type { DateOrder } from './parse-date';

export interface ImportSettings {
  /**
   * The coordinates' system. Null: none chosen yet; degrees are then read as EPSG:4326, and
   * projected numbers stop the import with the `crsRequired` question.
   */
  crs: CrsCode | null;
  /** Read the latitude column as longitude and vice versa (the offered fix for swapped files). */
  swapLatLon: boolean;
  /** Per column (header); columns not listed read with a decimal point. */
  numberFormats: Record<string, NumberFormat>;
  /** Per column (header); columns not listed are day first. */
  dateOrders: Record<string, DateOrder>;
}

export function numberFormatOf(settings: ImportSettings, column: string | undefined): NumberFormat {
  return (column !== undefined && settings.numberFormats[column]) || POINT_DECIMAL;
}

export function dateOrderOf(settings: ImportSettings, column: string | undefined): DateOrder {
  return (column !== undefined && settings.dateOrders[column]) || 'dmy';
}
