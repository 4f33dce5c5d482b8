/**
 * Ranking of the zones of one layer by a metric: the value each metric reads from a zone row,
 * and a stable order with shared ranks for ties and unknown values last. Pure; the ranking table
 * and the ranking choropleth read the same metric through `rankingValue`.
 */
import type { ZoneRow } from './aggregate-rows';
import { ZONE_METRICS } from './zone-aggregates';

/** What zones can be ranked by. `coca` is hectares in the coca year; `coca_change` is % change. */
export const RANKING_METRICS = [
  'count',
  ...ZONE_METRICS,
  'coca',
  'coca_change',
  'interventions_per_1000_ha',
] as const;
export type RankingMetric = (typeof RANKING_METRICS)[number];

export const isRankingMetric = (value: string): value is RankingMetric =>
  (RANKING_METRICS as readonly string[]).includes(value);

/** Context a metric may need beyond the row. */
export interface RankingContext {
  /** Coca hectares of each zone (by feature index) in the coca year; NaN when unknown. */
  cocaHectares?: ArrayLike<number>;
}

/**
 * The value of one metric for one zone row; null when unknown (no coca figure, zero base, …).
 *
 * @example
 * rankingValue(row, 'budget_cop'); // row.metrics.budget_cop
 * rankingValue(row, 'coca', { cocaHectares }); // hectares in the coca year
 */
export function rankingValue(
  row: ZoneRow,
  metric: RankingMetric,
  context: RankingContext = {},
): number | null {
  let value: number | null;
  if (metric === 'count') value = row.count;
  else if (metric === 'coca')
    value = typeof row.zone === 'number' && context.cocaHectares ? context.cocaHectares[row.zone] : null;
  else if (metric === 'coca_change') value = row.coca?.changePercent ?? null;
  else if (metric === 'interventions_per_1000_ha') value = row.interventionsPer1000Hectares;
  else value = row.metrics[metric];
  return value === null || value === undefined || !Number.isFinite(value) ? null : value;
}

export interface RankedZone {
  row: ZoneRow;
  value: number | null;
  /** 1-based; tied values share the rank of the first of them ("1, 2, 2, 4"); null when unknown. */
  rank: number | null;
}

export interface RankZonesOptions extends RankingContext {
  /** Largest first (default) or smallest first. Unknown values are last either way. */
  descending?: boolean;
}

/**
 * Orders zone rows by a metric. Ties are ordered by name (Spanish collation) and share a rank;
 * rows whose value is unknown come last, by name, without a rank. Does not modify `rows`.
 *
 * @example
 * rankZones(rows, 'count').map((r) => [r.row.name, r.rank]); // [['Catatumbo', 1], ['Arauca', 2], …]
 */
export function rankZones(
  rows: readonly ZoneRow[],
  metric: RankingMetric,
  options: RankZonesOptions = {},
): RankedZone[] {
  const sign = options.descending === false ? 1 : -1;
  const ranked = rows.map((row) => ({
    row,
    value: rankingValue(row, metric, options),
    rank: null as number | null,
  }));
  ranked.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value !== b.value) return a.value === null ? 1 : -1;
    } else if (a.value !== b.value) return sign * (a.value - b.value);
    return a.row.name.localeCompare(b.row.name, 'es');
  });
  ranked.forEach((entry, index) => {
    if (entry.value === null) return;
    const previous = ranked[index - 1];
    entry.rank = previous && previous.value === entry.value ? previous.rank : index + 1;
  });
  return ranked;
}
