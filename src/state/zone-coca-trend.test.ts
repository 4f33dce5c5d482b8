import { describe, expect, it } from 'vitest';
import { layerCocaInYear, trendAt, trendFigures, zoneCocaTrend } from './zone-coca-trend';

const table = Object.freeze({
  years: [2021, 2022, 2023, 2024],
  rows: Object.freeze({
    '52835': [1000, 1500, 2000, 2500],
    '05120': [100, null, 300, 0],
    '54720': [null, null, null, 50],
  }),
});

describe('zoneCocaTrend', () => {
  it('sums the codes of a zone; absent codes are 0, a year with only unknown values is null', () => {
    expect(zoneCocaTrend(table, ['52835', '05120', '99999']).hectares).toEqual([1100, 1500, 2300, 2500]);
    expect(zoneCocaTrend(table, ['54720']).hectares).toEqual([null, null, null, 50]);
  });

  it('gives the national series (every municipality) without codes, and reuses results', () => {
    expect(zoneCocaTrend(table, null).hectares).toEqual([1100, 1500, 2300, 2550]);
    const codes = ['52835'];
    expect(zoneCocaTrend(table, codes)).toBe(zoneCocaTrend(table, codes));
  });
});

describe('trendFigures', () => {
  const trend = zoneCocaTrend(table, ['52835', '05120']);

  it('reads the coca year, the change between two years and interventions per 1,000 ha', () => {
    const figures = trendFigures(trend, { year: 2023, from: 2021, to: 2023, count: 46 });
    expect(figures.hectares).toBe(2300);
    expect(figures.change.changeHectares).toBe(1200);
    expect(figures.change.changePercent).toBeCloseTo(109.09, 2);
    expect(figures.per1000Hectares).toBe(20);
  });

  it('gives nulls for years outside the series', () => {
    const figures = trendFigures(trend, { year: 2010, from: 2001, to: 2023, count: 5 });
    expect(figures.hectares).toBeNull();
    expect(figures.change.changePercent).toBeNull();
    expect(figures.per1000Hectares).toBeNull();
    expect(trendAt(trend, 2030)).toBeNull();
  });
});

describe('layerCocaInYear', () => {
  it('gives each zone of a layer its hectares in the year', () => {
    expect(Array.from(layerCocaInYear(table, [['52835'], ['54720'], []], 2022))).toEqual([
      1500,
      Number.NaN,
      Number.NaN,
    ]);
    expect(Array.from(layerCocaInYear(table, [['52835']], 2030))).toEqual([Number.NaN]);
  });
});
