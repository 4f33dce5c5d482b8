/**
 * Coca hectares per zone and year: `values[zone * yearCount + (year - firstYear)]`, NaN where
 * unknown. Made by `cocaByZone` (official municipal table) or `cocaFromCells` (1 km cells).
 */
export interface CocaSeries {
  firstYear: number;
  yearCount: number;
  zoneCount: number;
  values: Float64Array;
}

/** The shape of `public/geo/coca-municipal.json`: hectares per DIVIPOLA code and year. */
export interface CocaMunicipalTable {
  years: readonly number[];
  rows: Readonly<Record<string, readonly (number | null)[]>>;
}

/**
 * Reads one value of a series; NaN when the zone or year is outside it or unknown.
 *
 * @example
 * cocaAt(series, 3, 2023); // hectares in zone 3 on 31 December 2023
 */
export function cocaAt(series: CocaSeries, zone: number, year: number): number {
  const offset = year - series.firstYear;
  if (zone < 0 || zone >= series.zoneCount || offset < 0 || offset >= series.yearCount) return Number.NaN;
  return series.values[zone * series.yearCount + offset];
}
