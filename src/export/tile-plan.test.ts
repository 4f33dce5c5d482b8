import { describe, expect, it } from 'vitest';
import { offsetCenter, planTiles } from './tile-plan';

const camera = { center: [-78.8, 1.8] as [number, number], zoom: 9, bearing: 0, pitch: 0 };

describe('offsetCenter', () => {
  it('moves half a world east at zoom 0 for 256 px', () => {
    const [lng, lat] = offsetCenter({ center: [0, 0], zoom: 0, bearing: 0, pitch: 0 }, 256, 0);
    expect(lng).toBeCloseTo(180);
    expect(lat).toBeCloseTo(0);
  });

  it('keeps the centre for a zero offset and moves north for negative dy', () => {
    const [lng, lat] = offsetCenter(camera, 0, 0);
    expect(lng).toBeCloseTo(-78.8, 10);
    expect(lat).toBeCloseTo(1.8, 10);
    expect(offsetCenter(camera, 0, -100)[1]).toBeGreaterThan(1.8);
  });

  it('rotates screen offsets by the bearing (bearing 90: screen up is east)', () => {
    const [lng, lat] = offsetCenter({ ...camera, bearing: 90 }, 0, -100);
    expect(lng).toBeGreaterThan(-78.8);
    expect(lat).toBeCloseTo(1.8, 6);
  });
});

describe('planTiles', () => {
  it('covers the map exactly, without gaps or overlaps', () => {
    const tiles = planTiles({ width: 2245, height: 1587 }, 3.125, camera, 4096);
    const area = tiles.reduce((total, tile) => total + tile.output.width * tile.output.height, 0);
    expect(area).toBe(Math.round(2245 * 3.125) * Math.round(1587 * 3.125));
    for (const tile of tiles) {
      expect(tile.output.width).toBeLessThanOrEqual(4096);
      expect(tile.output.height).toBeLessThanOrEqual(4096);
    }
    expect(tiles).toHaveLength(4);
  });

  it('refuses pitched cameras', () => {
    expect(() => planTiles({ width: 100, height: 100 }, 1, { ...camera, pitch: 30 }, 50)).toThrow(/pitch/);
  });
});
