import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../analysis/analysis-session';
import { DEFAULT_SETTINGS, EMPTY_FILTERS } from '../analysis/filters';
import type { ZoneRow } from '../geo/aggregate-rows';
import { quantileBreaks } from '../theme/palette';
import { rankingChoropleth } from './ranking-choropleth';

const row = (zone: number, count: number, budget: number): ZoneRow =>
  ({
    zone,
    name: `z${zone}`,
    count,
    metrics: { budget_cop: budget },
    coca: null,
    interventionsPer1000Hectares: null,
  }) as unknown as ZoneRow;

const result = {
  query: {
    filters: EMPTY_FILTERS,
    selection: null,
    settings: { ...DEFAULT_SETTINGS, rankingLayer: 'pdet-subregions' },
  },
  ranking: [row(0, 10, 5), row(1, 20, 0), row(2, 30, 7)],
} as unknown as AnalysisResult;
const layer = { ids: ['Arauca', 'Catatumbo', 'Chocó'], codes: [['81001'], ['54720'], ['27150']] };
const cocaTable = { years: [2023], rows: { '81001': [100], '54720': [null], '27150': [300] } };

describe('rankingChoropleth', () => {
  it('colours each zone of the ranking layer by the ranking metric', () => {
    const choropleth = rankingChoropleth({ result, layer, metric: 'count', cocaTable, cocaYear: 2023 });
    expect(choropleth.layer).toBe('pdet-subregions');
    expect(choropleth.values).toEqual({ Arauca: 10, Catatumbo: 20, Chocó: 30 });
    expect(choropleth.classes.map((c) => c.min)).toEqual([10, 20, 30]);
    // Fewer classes than colours use the dark end of the ramp, so the top class is always darkest.
    expect(choropleth.classes.at(-1)?.color).toBe('#045a8d');
  });

  it('reads coca of the coca year per zone and leaves unknown zones out', () => {
    const choropleth = rankingChoropleth({ result, layer, metric: 'coca', cocaTable, cocaYear: 2023 });
    expect(choropleth.values).toEqual({ Arauca: 100, Chocó: 300 });
  });

  it('breaks values into quantile classes, merging repeated bounds', () => {
    expect(quantileBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5)).toEqual([1, 3, 5, 7, 9]);
    expect(quantileBreaks([0, 0, 0, 0, 5], 5)).toEqual([0, 5]);
    expect(quantileBreaks([Number.NaN], 5)).toEqual([]);
  });
});
