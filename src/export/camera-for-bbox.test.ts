import { describe, expect, it } from 'vitest';
import { cameraForBBox, mercatorX, mercatorY } from './camera-for-bbox';

/** Where a lon/lat lands in a map of `size` CSS px for `camera` (bearing 0). */
function project(
  [longitude, latitude]: [number, number],
  camera: ReturnType<typeof cameraForBBox>,
  size: { width: number; height: number },
) {
  const world = 512 * 2 ** camera.zoom;
  return {
    x: size.width / 2 + (mercatorX(longitude) - mercatorX(camera.center[0])) * world,
    y: size.height / 2 + (mercatorY(latitude) - mercatorY(camera.center[1])) * world,
  };
}

describe('cameraForBBox', () => {
  const colombia: [number, number, number, number] = [-79.2, -4.3, -66.8, 12.6];

  it('fits a wide box to the padded width and a tall box to the padded height', () => {
    for (const size of [
      { width: 1531, height: 826 },
      { width: 600, height: 1400 },
    ]) {
      const camera = cameraForBBox(colombia, size, { padding: 30 });
      const nw = project([colombia[0], colombia[3]], camera, size);
      const se = project([colombia[2], colombia[1]], camera, size);
      expect(nw.x).toBeGreaterThanOrEqual(30 - 1e-6);
      expect(nw.y).toBeGreaterThanOrEqual(30 - 1e-6);
      expect(se.x).toBeLessThanOrEqual(size.width - 30 + 1e-6);
      expect(se.y).toBeLessThanOrEqual(size.height - 30 + 1e-6);
      // One pair of sides touches the padding: the fit is as large as possible.
      const touches = Math.min(Math.abs(nw.x - 30), Math.abs(nw.y - 30));
      expect(touches).toBeLessThan(1e-6);
      // Centred in Mercator space.
      expect((nw.x + se.x) / 2).toBeCloseTo(size.width / 2, 6);
      expect((nw.y + se.y) / 2).toBeCloseTo(size.height / 2, 6);
    }
  });

  it('matches the known zoom for a 512 px world: one tile shows the whole world at zoom 0', () => {
    const camera = cameraForBBox(
      [-180, -85.051129, 180, 85.051129],
      { width: 512, height: 512 },
      { padding: 0 },
    );
    expect(camera.zoom).toBeCloseTo(0, 6);
    expect(camera.center[0]).toBeCloseTo(0, 6);
    expect(camera.center[1]).toBeCloseTo(0, 6);
  });

  it('doubles the size, adds one zoom level', () => {
    const a = cameraForBBox(colombia, { width: 800, height: 600 }, { padding: 0 });
    const b = cameraForBBox(colombia, { width: 1600, height: 1200 }, { padding: 0 });
    expect(b.zoom - a.zoom).toBeCloseTo(1, 9);
    expect(b.pitch).toBe(0);
    expect(b.bearing).toBe(0);
  });

  it('uses maxZoom for a point and rejects an inverted box', () => {
    expect(cameraForBBox([-78, 1.8, -78, 1.8], { width: 400, height: 300 }, { maxZoom: 12 }).zoom).toBe(12);
    expect(() => cameraForBBox([-70, 2, -78, 1], { width: 400, height: 300 })).toThrow(/not a/);
  });
});
