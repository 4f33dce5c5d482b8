import { describe, expect, it } from 'vitest';
import { loadInterventionFixture } from '../../test/fixtures/load-fixture';
import { dayNumber } from './day-number';
import { OPEN_END } from './intervention-columns';
import { INTERVENTION_TYPES, PILLARS, STATUSES } from './taxonomy';
import { toColumns } from './to-columns';

const features = loadInterventionFixture();

describe('toColumns', () => {
  it('converts validated features to typed columns with taxonomy codes', () => {
    const columns = toColumns(features);
    expect(columns.count).toBe(10);
    expect(columns.ids[2]).toBe('i3');
    expect(INTERVENTION_TYPES[columns.type[2]]).toBe('RD-TIE');
    expect(PILLARS[columns.pillar[2]]).toBe('RD');
    expect(STATUSES[columns.status[2]]).toBe('in_progress');
    expect(columns.agencies[columns.agency[1]]).toBe('Ejército');
    expect(columns.agency[1]).toBe(columns.agency[6]); // same agency, same code
    expect([columns.lon[7], columns.lat[7]]).toEqual([7, 2]);
    expect(columns.divipola[0]).toBe(1);
  });

  it('stores dates as day numbers, an open end as OPEN_END, missing measures as 0', () => {
    const columns = toColumns(features);
    expect(columns.startDay[0]).toBe(dayNumber('2021-02-01'));
    expect(columns.endDay[0]).toBe(dayNumber('2021-06-30'));
    expect(columns.endDay[2]).toBe(OPEN_END);
    expect(columns.seizedKg[7]).toBe(750.5);
    expect(columns.seizedKg[0]).toBe(0);
    expect(columns.labs[6]).toBe(3);
    expect(columns.hectares[8]).toBe(0);
  });

  it('keeps agency codes given in options stable', () => {
    const columns = toColumns(features, { agencies: ['ART', 'PNN'] });
    expect(columns.agencies.slice(0, 2)).toEqual(['ART', 'PNN']);
    expect(columns.agency[8]).toBe(0);
  });
});

describe('dayNumber', () => {
  it('counts days since 1970-01-01 and rejects bad text', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2024-03-01')).toBe(19783);
    expect(dayNumber('1 March 2024')).toBeNaN();
  });
});
