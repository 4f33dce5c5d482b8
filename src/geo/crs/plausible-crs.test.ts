import { describe, expect, it } from 'vitest';
import { plausibleCrs } from './plausible-crs';

describe('plausibleCrs', () => {
  it('offers the longitude/latitude systems for degrees inside Colombia', () => {
    expect(plausibleCrs([[-74.08, 4.6]])).toEqual(['EPSG:4326', 'EPSG:4686']);
  });

  it('offers only CTM12 for CTM12-sized numbers (false easting 5,000 km)', () => {
    expect(plausibleCrs([[4_880_000, 2_070_000]])).toEqual(['EPSG:9377']);
  });

  it('offers the Gauss–Krüger zones that keep Bogotá-zone numbers inside Colombia', () => {
    const candidates = plausibleCrs([[1_000_000, 1_000_000]]);
    expect(candidates).toContain('EPSG:3116');
    expect(candidates).not.toContain('EPSG:9377');
    expect(candidates).not.toContain('EPSG:4326');
  });

  it('offers nothing for numbers no supported system places in Colombia', () => {
    expect(plausibleCrs([[200_000, 3_000_000]])).toEqual([]);
    expect(plausibleCrs([])).toEqual([]);
  });
});
