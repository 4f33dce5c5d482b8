import { describe, expect, it } from 'vitest';
import type { InterventionFeature } from '../io/schemas';
import {
  cocaCellsCollection,
  cocaForYear,
  filteredCollection,
  nationalCocaSeries,
} from './analysis-selectors';

const table = { years: [2022, 2023], rows: { '52835': [100, 200.5], '05120': [null, 0], '54720': [30, 40] } };

describe('analysis selectors', () => {
  it('keeps the filtered features in index order and memoises on identity', () => {
    const features = [{ id: 'a' }, { id: 'b' }, { id: 'c' }] as unknown as InterventionFeature[];
    const indices = Uint32Array.of(2, 0);
    const collection = filteredCollection(features, indices);
    expect(collection.features).toEqual([features[2], features[0]]);
    expect(filteredCollection(features, indices)).toBe(collection);
  });

  it('gives cells one property per year', () => {
    const cells = { years: [2015, 2016], lon: [-78], lat: [1.5], divipola: ['52835'], hectares: [[1.5, 0]] };
    expect(cocaCellsCollection(cells).features[0]).toEqual({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [-78, 1.5] },
      properties: { divipola: '52835', y2015: 1.5, y2016: 0 },
    });
  });

  it('reads one year of the official table, skipping nulls and zeros', () => {
    expect(cocaForYear(table, 2023)).toEqual({ '52835': 200.5, '54720': 40 });
    expect(cocaForYear(table, 2022)).toEqual({ '52835': 100, '54720': 30 });
    expect(cocaForYear(table, 1999)).toEqual({});
  });

  it('sums the national series', () => {
    expect(nationalCocaSeries(table)).toEqual([130, 240.5]);
  });
});
