import { type CocaSeries, cocaAt } from './coca-series';

/** Coca in two years and the change between them. */
export interface CocaChange {
  fromYear: number;
  toYear: number;
  /** Hectares in `fromYear` (null when unknown). */
  from: number | null;
  /** Hectares in `toYear` (null when unknown). */
  to: number | null;
  /** `to − from` in hectares (null when either is unknown). */
  changeHectares: number | null;
  /** `(to − from) / from × 100` (null when either is unknown or `from` is 0). */
  changePercent: number | null;
}

/**
 * Change in coca hectares of one zone between two years (ha and %).
 *
 * @example
 * cocaChange(series, 0, 2021, 2023); // { from: 100, to: 150, changeHectares: 50, changePercent: 50, … }
 */
export function cocaChange(series: CocaSeries, zone: number, fromYear: number, toYear: number): CocaChange {
  return changeBetween(cocaAt(series, zone, fromYear), cocaAt(series, zone, toYear), fromYear, toYear);
}

/**
 * The same change for two known values (e.g. sums over several zones).
 *
 * @example
 * changeBetween(200, 150, 2022, 2023).changePercent; // -25
 */
export function changeBetween(from: number, to: number, fromYear: number, toYear: number): CocaChange {
  const known = (value: number) => (Number.isFinite(value) ? value : null);
  const both = Number.isFinite(from) && Number.isFinite(to);
  return {
    fromYear,
    toYear,
    from: known(from),
    to: known(to),
    changeHectares: both ? to - from : null,
    changePercent: both && from !== 0 ? ((to - from) / from) * 100 : null,
  };
}

/**
 * Interventions per 1,000 ha of coca: `count / (hectares / 1000)`; null when coca is unknown or 0.
 *
 * @example
 * interventionsPer1000Hectares(30, 2500); // 12
 */
export function interventionsPer1000Hectares(count: number, hectares: number): number | null {
  return Number.isFinite(hectares) && hectares > 0 ? count / (hectares / 1000) : null;
}
