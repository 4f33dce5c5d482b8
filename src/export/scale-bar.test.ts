import { describe, expect, it } from 'vitest';
import { metersPerCssPixel, scaleBar } from './scale-bar';

describe('scaleBar', () => {
  it('picks the largest 1/2/5 × 10^n distance that fits', () => {
    expect(scaleBar(100, 250, 'es')).toEqual({ meters: 20_000, length: 200, label: '20 km' });
    expect(scaleBar(100, 199, 'es').meters).toBe(10_000);
    expect(scaleBar(1, 600, 'es')).toMatchObject({ meters: 500, length: 500, label: '500 m' });
    expect(scaleBar(1, 1000, 'en')).toMatchObject({ meters: 1000, label: '1 km' });
  });

  it('formats large distances with the locale grouping', () => {
    expect(scaleBar(10_000, 250, 'es').label).toBe('2.000 km');
    expect(scaleBar(10_000, 250, 'en').label).toBe('2,000 km');
  });

  it('never returns a bar longer than the maximum', () => {
    for (const metersPerPixel of [0.3, 1.7, 13, 38.2, 999, 12345]) {
      const bar = scaleBar(metersPerPixel, 240, 'es');
      expect(bar.length).toBeLessThanOrEqual(240);
      expect(bar.length).toBeGreaterThan(240 / 5 - 1e-9);
    }
  });

  it('rejects non-positive inputs', () => {
    expect(() => scaleBar(0, 100, 'es')).toThrow();
  });
});

describe('metersPerCssPixel', () => {
  it('matches Web Mercator at the equator and shrinks with latitude', () => {
    expect(metersPerCssPixel(0, 0)).toBeCloseTo(78271.517, 2);
    expect(metersPerCssPixel(60, 1)).toBeCloseTo(78271.517 / 4, 2);
  });
});
