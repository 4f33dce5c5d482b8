import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/fixtures/load-fixture';
import { cocaByZone } from './coca-by-zone';
import type { CocaMunicipalTable } from './coca-series';
import { cocaAt } from './coca-series';

const table = loadFixture<CocaMunicipalTable>('coca-municipal-small.json');

describe('cocaByZone', () => {
  it('sums the municipal table over each zone’s municipalities', () => {
    const series = cocaByZone(table, [
      ['00001', '00002'],
      ['00003', '00004'],
    ]);
    expect(series).toMatchObject({ firstYear: 2020, yearCount: 4, zoneCount: 2 });
    // 00001 [100, 200, 150, null] + 00002 [0, 0, 50, 100]
    expect(Array.from(series.values.slice(0, 4))).toEqual([100, 200, 200, 100]);
  });

  it('counts absent codes as 0 ha, skips nulls, and gives NaN when nothing is known', () => {
    const series = cocaByZone(table, [['00004'], ['00003'], [], ['00003', '00004']]);
    expect(cocaAt(series, 0, 2022)).toBe(0);
    expect(cocaAt(series, 1, 2022)).toBeNaN();
    expect(cocaAt(series, 2, 2022)).toBeNaN();
    expect(cocaAt(series, 3, 2022)).toBe(0);
    expect(cocaAt(series, 0, 2019)).toBeNaN(); // outside the series
  });
});
