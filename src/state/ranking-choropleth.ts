/**
 * The ranking metric on the map: each zone of the ranking layer coloured by the metric the ranking
 * table sorts by, in quantile classes. Pure; the style builder draws it and the legend (on screen
 * and in exports) lists the same classes.
 */

import type { AnalysisResult } from '../analysis/analysis-session';
import type { ZoneLayerId } from '../analysis/zone-layers';
import type { CocaMunicipalTable } from '../geo/coca-series';
import { type RankingMetric, rankingValue } from '../geo/rank-zones';
import { quantileBreaks, RANKING_RAMP } from '../theme/palette';
import { layerCocaInYear } from './zone-coca-trend';

export interface RankingChoropleth {
  layer: ZoneLayerId;
  metric: RankingMetric;
  classes: { min: number; color: string }[];
  /** Metric value by zone id (DIVIPOLA for municipal layers, name otherwise); unknown zones left out. */
  values: Record<string, number>;
}

export interface RankingChoroplethInput {
  result: AnalysisResult;
  layer: { ids: readonly string[]; codes: readonly (readonly string[])[] };
  metric: RankingMetric;
  cocaTable: CocaMunicipalTable;
  cocaYear: number;
}

/** @example rankingChoropleth({ result, layer, metric: 'count', cocaTable, cocaYear: 2023 }).classes.length // ≤ 5 */
export function rankingChoropleth(input: RankingChoroplethInput): RankingChoropleth {
  const { result, layer, metric } = input;
  const cocaHectares =
    metric === 'coca' ? layerCocaInYear(input.cocaTable, layer.codes, input.cocaYear) : undefined;
  const values: Record<string, number> = {};
  for (const row of result.ranking) {
    if (typeof row.zone !== 'number') continue;
    const value = rankingValue(row, metric, { cocaHectares });
    if (value !== null) values[layer.ids[row.zone]] = value;
  }
  const breaks = quantileBreaks(Object.values(values), RANKING_RAMP.length);
  const offset = RANKING_RAMP.length - breaks.length;
  return {
    layer: result.query.settings.rankingLayer,
    metric,
    classes: breaks.map((min, index) => ({ min, color: RANKING_RAMP[offset + index] })),
    values,
  };
}

let memo: { key: readonly unknown[]; value: RankingChoropleth | null } | null = null;

/**
 * The ranking choropleth of the current state (null before the analysis is ready), memoised on
 * the inputs' identity so the style and the legend share one computation.
 */
export function selectRankingChoropleth(state: {
  analysisResult: AnalysisResult | null;
  analysisData: {
    data: { cocaTable: CocaMunicipalTable };
    layers: Record<ZoneLayerId, RankingChoroplethInput['layer']>;
  } | null;
  settings: { rankingMetric: RankingMetric; cocaYear: number };
}): RankingChoropleth | null {
  const key = [
    state.analysisResult,
    state.analysisData,
    state.settings.rankingMetric,
    state.settings.cocaYear,
  ];
  if (memo?.key.every((value, index) => value === key[index])) return memo.value;
  const { analysisResult: result, analysisData: data } = state;
  const value =
    result && data
      ? rankingChoropleth({
          result,
          layer: data.layers[result.query.settings.rankingLayer],
          metric: state.settings.rankingMetric,
          cocaTable: data.data.cocaTable,
          cocaYear: state.settings.cocaYear,
        })
      : null;
  memo = { key, value };
  return value;
}
