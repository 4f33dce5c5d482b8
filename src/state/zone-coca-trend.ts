/**
 * The official coca series behind the statistics panel: one zone's (summed over its member
 * municipalities) or the national one, with the figures the panel shows for the chosen years.
 * Pure and memoised on the identity of the table and the code list (both are replaced, never
 * mutated, by the store).
 */
import { cocaByZone } from '../geo/coca-by-zone';
import { type CocaChange, changeBetween, interventionsPer1000Hectares } from '../geo/coca-change';
import type { CocaMunicipalTable } from '../geo/coca-series';
import { nationalCocaSeries } from './analysis-selectors';

/** A coca series as the charts read it: hectares per year, null where unknown. */
export interface CocaTrend {
  years: readonly number[];
  hectares: readonly (number | null)[];
}

const national = new WeakMap<object, CocaTrend>();
const byCodes = new WeakMap<object, WeakMap<readonly string[], CocaTrend>>();

/**
 * The series of a zone made of `codes` (same rules as `cocaByZone`), or the national series
 * (every municipality of the table) when `codes` is null.
 *
 * @example
 * zoneCocaTrend(table, ['52835']).hectares; // Tumaco, 2001…2024
 * zoneCocaTrend(table, null).hectares[22]; // 252571.74 (2023, national)
 */
export function zoneCocaTrend(table: CocaMunicipalTable, codes: readonly string[] | null): CocaTrend {
  if (codes === null) {
    let trend = national.get(table);
    if (!trend) {
      trend = { years: table.years, hectares: nationalCocaSeries(table) };
      national.set(table, trend);
    }
    return trend;
  }
  let cache = byCodes.get(table);
  if (!cache) {
    cache = new WeakMap();
    byCodes.set(table, cache);
  }
  let trend = cache.get(codes);
  if (!trend) {
    const { values } = cocaByZone(table, [codes]);
    trend = { years: table.years, hectares: Array.from(values, (v) => (Number.isFinite(v) ? v : null)) };
    cache.set(codes, trend);
  }
  return trend;
}

/** Hectares of a trend in one year; null when unknown or outside the series. */
export function trendAt(trend: CocaTrend, year: number): number | null {
  const index = trend.years.indexOf(year);
  return index < 0 ? null : (trend.hectares[index] ?? null);
}

export interface TrendFigures {
  /** Hectares in the coca year. */
  hectares: number | null;
  change: CocaChange;
  /** Interventions per 1,000 ha in the coca year. */
  per1000Hectares: number | null;
}

/**
 * The coca figures of the panel: hectares in `year`, the change between `from` and `to`, and
 * `count` interventions per 1,000 ha of the coca year.
 *
 * @example
 * trendFigures(trend, { year: 2023, from: 2018, to: 2023, count: 40 }).change.changePercent;
 */
export function trendFigures(
  trend: CocaTrend,
  options: { year: number; from: number; to: number; count: number },
): TrendFigures {
  const value = (year: number) => trendAt(trend, year) ?? Number.NaN;
  const hectares = trendAt(trend, options.year);
  return {
    hectares,
    change: changeBetween(value(options.from), value(options.to), options.from, options.to),
    per1000Hectares: interventionsPer1000Hectares(options.count, hectares ?? Number.NaN),
  };
}

let lastLayer: {
  table: object;
  codes: readonly (readonly string[])[];
  year: number;
  value: Float64Array;
} | null = null;

/**
 * Coca hectares of every zone of a layer in one year (NaN where unknown), for the ranking.
 *
 * @example layerCocaInYear(table, layers['pdet-subregions'].codes, 2023)[0]; // hectares of zone 0
 */
export function layerCocaInYear(
  table: CocaMunicipalTable,
  codes: readonly (readonly string[])[],
  year: number,
): Float64Array {
  if (lastLayer?.table === table && lastLayer.codes === codes && lastLayer.year === year)
    return lastLayer.value;
  const series = cocaByZone(table, codes);
  const offset = year - series.firstYear;
  const value = new Float64Array(codes.length).fill(Number.NaN);
  if (offset >= 0 && offset < series.yearCount) {
    for (let zone = 0; zone < codes.length; zone++)
      value[zone] = series.values[zone * series.yearCount + offset];
  }
  lastLayer = { table, codes, year, value };
  return value;
}
