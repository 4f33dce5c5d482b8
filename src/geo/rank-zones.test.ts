import { describe, expect, it } from 'vitest';
import type { ZoneRow } from './aggregate-rows';
import { isRankingMetric, RANKING_METRICS, rankingValue, rankZones } from './rank-zones';
import { ZONE_METRICS } from './zone-aggregates';

function row(zone: number, name: string, count: number, extra: Partial<ZoneRow> = {}): ZoneRow {
  const metrics = Object.fromEntries(ZONE_METRICS.map((m) => [m, 0])) as ZoneRow['metrics'];
  return Object.freeze({
    zone,
    name,
    count,
    byPillar: { SR: 0, RD: 0, EP: 0 },
    byType: {} as ZoneRow['byType'],
    byStatus: {} as ZoneRow['byStatus'],
    byAgency: {},
    metrics,
    coca: null,
    interventionsPer1000Hectares: null,
    ...extra,
  });
}

const change = (percent: number | null) => ({
  fromYear: 2018,
  toYear: 2023,
  from: 100,
  to: 100,
  changeHectares: 0,
  changePercent: percent,
});

describe('rankingValue', () => {
  it('reads count, each zone metric, coca change and interventions per 1,000 ha', () => {
    const r = row(0, 'A', 7, {
      metrics: { ...row(0, 'A', 0).metrics, budget_cop: 5e9, seized_kg: 12 },
      coca: change(-25),
      interventionsPer1000Hectares: 3.5,
    });
    expect(rankingValue(r, 'count')).toBe(7);
    expect(rankingValue(r, 'budget_cop')).toBe(5e9);
    expect(rankingValue(r, 'seized_kg')).toBe(12);
    expect(rankingValue(r, 'coca_change')).toBe(-25);
    expect(rankingValue(r, 'interventions_per_1000_ha')).toBe(3.5);
  });

  it('reads coca hectares of the coca year by zone index, null when unknown or not given', () => {
    expect(rankingValue(row(1, 'B', 0), 'coca', { cocaHectares: [10, 250.5] })).toBe(250.5);
    expect(rankingValue(row(1, 'B', 0), 'coca', { cocaHectares: [10, Number.NaN] })).toBeNull();
    expect(rankingValue(row(1, 'B', 0), 'coca')).toBeNull();
    expect(rankingValue(row(1, 'B', 0, { coca: change(null) }), 'coca_change')).toBeNull();
  });
});

describe('rankZones', () => {
  const rows = [
    row(0, 'Cauca', 5),
    row(1, 'Arauca', 9),
    row(2, 'Bajo Cauca', 5),
    row(3, 'Ñame', 1),
    row(4, 'Zeta', 0, { interventionsPer1000Hectares: null }),
  ];

  it('orders largest first with shared ranks for ties, ties by name', () => {
    const ranked = rankZones(rows, 'count');
    expect(ranked.map((r) => [r.row.name, r.rank])).toEqual([
      ['Arauca', 1],
      ['Bajo Cauca', 2],
      ['Cauca', 2],
      ['Ñame', 4],
      ['Zeta', 5],
    ]);
  });

  it('orders smallest first on request', () => {
    expect(rankZones(rows, 'count', { descending: false }).map((r) => r.row.name)).toEqual([
      'Zeta',
      'Ñame',
      'Bajo Cauca',
      'Cauca',
      'Arauca',
    ]);
  });

  it('puts unknown values last in both directions, without a rank', () => {
    const cocaHectares = [Number.NaN, 30, 10, Number.NaN, 20];
    for (const descending of [true, false]) {
      const ranked = rankZones(rows, 'coca', { cocaHectares, descending });
      expect(ranked.slice(3).map((r) => [r.row.name, r.rank])).toEqual([
        ['Cauca', null],
        ['Ñame', null],
      ]);
    }
    expect(rankZones(rows, 'coca', { cocaHectares }).map((r) => r.rank)).toEqual([1, 2, 3, null, null]);
  });

  it('does not modify its input', () => {
    const input = [...rows];
    rankZones(input, 'count');
    expect(input.map((r) => r.name)).toEqual(rows.map((r) => r.name));
  });
});

describe('isRankingMetric', () => {
  it('accepts every metric and nothing else', () => {
    expect(RANKING_METRICS.every(isRankingMetric)).toBe(true);
    expect(RANKING_METRICS).toHaveLength(14);
    expect(isRankingMetric('name')).toBe(false);
  });
});
