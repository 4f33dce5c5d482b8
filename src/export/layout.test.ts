import { describe, expect, it } from 'vitest';
import { computeLayout, type Layout, mapCanvasSize } from './layout';
import type { Rect } from './types';

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

function checkInvariants(layout: Layout) {
  const page = { x: 0, y: 0, ...layout.output };
  const bands = [layout.titleBand, layout.map, layout.legend, layout.footer];
  for (const band of bands) expect(inside(band, page)).toBe(true);
  for (let i = 0; i < bands.length; i++) {
    for (let j = i + 1; j < bands.length; j++)
      expect(overlaps(bands[i], bands[j]), `bands ${i} and ${j}`).toBe(false);
  }
  const furniture = [layout.scaleBar, layout.northArrow, layout.stamp];
  for (const item of furniture) expect(inside(item, layout.map)).toBe(true);
  for (let i = 0; i < furniture.length; i++) {
    for (let j = i + 1; j < furniture.length; j++) expect(overlaps(furniture[i], furniture[j])).toBe(false);
  }
}

describe('computeLayout', () => {
  const options = { pixelRatio: 1, hasSubtitle: true, legendRows: 8 };

  it('keeps bands apart and furniture inside the map, landscape and portrait', () => {
    checkInvariants(computeLayout({ width: 1920, height: 1080 }, options));
    checkInvariants(computeLayout({ width: 3840, height: 2160 }, { ...options, pixelRatio: 2 }));
    checkInvariants(computeLayout({ width: 2480, height: 3508 }, { ...options, pixelRatio: 300 / 96 }));
    checkInvariants(computeLayout({ width: 1275, height: 1650 }, { ...options, legendRows: 40 }));
    checkInvariants(computeLayout({ width: 800, height: 600 }, { ...options, legendRows: 60 }));
  });

  it('puts the legend right of the map in landscape and below it in portrait', () => {
    const landscape = computeLayout({ width: 1920, height: 1080 }, options);
    expect(landscape.legend.x).toBeGreaterThan(landscape.map.x + landscape.map.width);
    const portrait = computeLayout({ width: 2480, height: 3508 }, options);
    expect(portrait.orientation).toBe('portrait');
    expect(portrait.legend.y).toBeGreaterThan(portrait.map.y + portrait.map.height);
  });

  it('scales proportionally: 4K is the slide layout doubled (within rounding)', () => {
    const slide = computeLayout({ width: 1920, height: 1080 }, options);
    const uhd = computeLayout({ width: 3840, height: 2160 }, { ...options, pixelRatio: 2 });
    for (const key of ['titleBand', 'map', 'legend', 'footer', 'scaleBar', 'northArrow', 'stamp'] as const) {
      for (const side of ['x', 'y', 'width', 'height'] as const) {
        expect(Math.abs(uhd[key][side] - 2 * slide[key][side]), `${key}.${side}`).toBeLessThanOrEqual(2);
      }
    }
    expect(Math.abs(uhd.fonts.title - 2 * slide.fonts.title)).toBeLessThanOrEqual(1);
    expect(uhd.mapCss).toEqual(slide.mapCss);
  });

  it('sizes the map so MapLibre rounding gives exactly the map rectangle', () => {
    for (const pixelRatio of [1, 1.5625, 2, 3.125, 2.7]) {
      const layout = computeLayout({ width: 3508, height: 2480 }, { ...options, pixelRatio });
      expect(mapCanvasSize(layout.mapCss, pixelRatio)).toEqual({
        width: layout.map.width,
        height: layout.map.height,
      });
    }
  });

  it('fits many legend rows by shrinking the row height', () => {
    const few = computeLayout({ width: 1920, height: 1080 }, { ...options, legendRows: 4 });
    const many = computeLayout({ width: 1920, height: 1080 }, { ...options, legendRows: 60 });
    expect(many.legendRowHeight).toBeLessThan(few.legendRowHeight);
    expect(many.legend.height).toBeLessThanOrEqual(many.map.height + 2);
  });

  it('gives the title band less height without a subtitle', () => {
    const withSubtitle = computeLayout({ width: 1920, height: 1080 }, options);
    const without = computeLayout({ width: 1920, height: 1080 }, { ...options, hasSubtitle: false });
    expect(without.titleBand.height).toBeLessThan(withSubtitle.titleBand.height);
    expect(without.map.height).toBeGreaterThan(withSubtitle.map.height);
  });
});
