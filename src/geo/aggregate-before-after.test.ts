import { describe, expect, it } from 'vitest';
import { makeIntervention } from '../../test/fixtures/make-intervention';
import { aggregateBeforeAfter } from './aggregate-before-after';
import type { CocaSeries } from './coca-series';
import { toColumns } from './to-columns';

// Years 2010 … 2016, six zones (hand-made).
const YEARS = 7;
const series = [
  [10, 100, 100, 80, 60, 40, 30], // 0: treated from 2013 → before 2011–12 = 100, after 2014–15 = 50
  [50, 50, 70, 60, 60, 80, 10], // 1: control → before 60, after 70 (has only another type)
  [0, 0, 0, 0, 0, 0, 0], // 2: never any coca → not a control
  [20, 20, Number.NaN, 20, 20, 20, 20], // 3: unknown year in the window → not a control
  [0, 40, 20, 0, 10, 10, 0], // 4: control → before 30, after 10 (its PNIS record is filtered out)
  [5, 5, 5, 5, 5, 5, 5], // 5: treated from 2010 → the window does not fit the series
];
const coca: CocaSeries = {
  firstYear: 2010,
  yearCount: YEARS,
  zoneCount: 6,
  values: Float64Array.from(series.flat()),
};

const features = [
  makeIntervention(0, 0, { start_date: '2014-05-01' }), // zone 0
  makeIntervention(0, 0, { start_date: '2013-11-20' }), // zone 0, earliest → T = 2013
  makeIntervention(1, 1, { type: 'SR-ERF', start_date: '2012-01-01' }), // zone 1, other type
  makeIntervention(4, 4, { start_date: '2012-01-01' }), // zone 4, masked out below
  makeIntervention(5, 5, { start_date: '2010-06-01' }), // zone 5
];
const columns = toColumns(features);
const assignment = Int32Array.of(0, 0, 1, 4, 5);
const mask = Uint8Array.of(1, 1, 1, 0, 1);

describe('aggregateBeforeAfter', () => {
  const rows = aggregateBeforeAfter(columns, mask, assignment, coca, { type: 'RD-PNIS', window: 2 });

  it('lists the treated zones with the first start year of the type', () => {
    expect(rows.map((row) => [row.zone, row.firstYear])).toEqual([
      [0, 2013],
      [5, 2010],
    ]);
  });

  it('computes before/after means and the control zones’ same-period change (hand-checked)', () => {
    const row = rows[0];
    expect(row).toMatchObject({ beforeYears: [2011, 2012], afterYears: [2014, 2015] });
    expect(row).toMatchObject({ before: 100, after: 50, change: -50, changePercent: -50 });
    // controls: zone 1 (60 → 70) and zone 4 (30 → 10); zones 2 (no coca) and 3 (NaN) excluded
    expect(row.controlZones).toBe(2);
    expect(row).toMatchObject({ controlBefore: 45, controlAfter: 40, controlChange: -5 });
    expect(row.controlChangePercent).toBeCloseTo(-11.111, 3);
    expect(row.difference).toBe(-45);
    expect(row.differencePercent).toBeCloseTo(-38.889, 3);
  });

  it('gives nulls when the window does not fit the coca years', () => {
    expect(rows[1]).toMatchObject({ beforeYears: null, before: null, after: null, difference: null });
  });
});
