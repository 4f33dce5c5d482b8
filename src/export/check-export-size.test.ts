import { describe, expect, it } from 'vitest';
import { checkExportSize, describeSizeProblem, maxMapSide } from './check-export-size';
import { computeLayout } from './layout';
import { DESKTOP_LIMITS } from './testing/fixtures';
import type { DeviceLimits, Size } from './types';

const mapFor = (pixelRatio: number) => (output: Size) =>
  computeLayout(output, { pixelRatio, hasSubtitle: true, legendRows: 8 }).map;

describe('checkExportSize', () => {
  it('accepts the presets on a desktop', () => {
    expect(checkExportSize({ width: 1920, height: 1080 }, mapFor(1), DESKTOP_LIMITS)).toEqual({ ok: true });
    expect(checkExportSize({ width: 3508, height: 2480 }, mapFor(3.125), DESKTOP_LIMITS)).toEqual({
      ok: true,
    });
  });

  it('refuses an output beyond the browser canvas and offers the largest fit, no tiling', () => {
    const result = checkExportSize({ width: 20000, height: 10000 }, mapFor(4), DESKTOP_LIMITS);
    if (result.ok) throw new Error('expected a problem');
    expect(result.reason.key).toBe('exportSize.outputTooLarge');
    expect(result.tiledPossible).toBe(false);
    expect(result.largestFit.width).toBeLessThanOrEqual(16384);
    expect(result.largestFit.width).toBeGreaterThan(16000);
    expect(result.largestFit.width / result.largestFit.height).toBeCloseTo(2, 2);
    expect(checkExportSize(result.largestFit, mapFor(4), DESKTOP_LIMITS)).toEqual({ ok: true });
    expect(result.largestTiledFit).toBeNull();
  });

  it('offers a larger tiled size when the GPU limit is below the canvas limit', () => {
    const gpu: DeviceLimits = { ...DESKTOP_LIMITS, maxRenderbufferSize: 8192, maxTextureSize: 8192 };
    const result = checkExportSize({ width: 20000, height: 9000 }, mapFor(4), gpu);
    if (result.ok) throw new Error('expected a problem');
    expect(result.tiledPossible).toBe(false);
    expect(result.largestFit.width).toBeLessThan(20000);
    expect(checkExportSize(result.largestFit, mapFor(4), gpu)).toEqual({ ok: true });
    expect(result.largestTiledFit).toEqual({ width: 16384, height: 7372 });
    const tiled = checkExportSize({ width: 16384, height: 7372 }, mapFor(4), gpu);
    expect(tiled.ok === false && tiled.tiledPossible).toBe(true);
  });

  it('respects the canvas area cap (Safari-like 16.7 Mpx)', () => {
    const safari: DeviceLimits = { ...DESKTOP_LIMITS, maxCanvasArea: 16_777_216 };
    const result = checkExportSize({ width: 7680, height: 4320 }, mapFor(4), safari);
    if (result.ok) throw new Error('expected a problem');
    expect(result.largestFit.width * result.largestFit.height).toBeLessThanOrEqual(16_777_216);
    expect(checkExportSize(result.largestFit, mapFor(4), safari)).toEqual({ ok: true });
  });

  it('offers tiling when only the WebGL map canvas is too big', () => {
    const weakGpu: DeviceLimits = { ...DESKTOP_LIMITS, maxRenderbufferSize: 4096, maxTextureSize: 8192 };
    const result = checkExportSize({ width: 7016, height: 4960 }, mapFor(6.25), weakGpu);
    if (result.ok) throw new Error('expected a problem');
    expect(result.reason.key).toBe('exportSize.mapTooLarge');
    expect(result.reason.values.maxWidth).toBe(4096);
    expect(result.tiledPossible).toBe(true);
    expect(mapFor(6.25)(result.largestFit).width).toBeLessThanOrEqual(4096);
    expect(result.scale).toBeCloseTo(result.largestFit.width / 7016, 6);
    expect(describeSizeProblem(result, 'es')).toContain('4.096 × 4.096');
    expect(result.largestTiledFit).toEqual({ width: 7016, height: 4960 });
  });

  it('rejects invalid sizes', () => {
    const result = checkExportSize({ width: 0, height: 100 }, mapFor(1), DESKTOP_LIMITS);
    expect(result.ok).toBe(false);
  });

  it('takes the smallest of canvas, renderbuffer and texture limits for the map', () => {
    expect(maxMapSide({ ...DESKTOP_LIMITS, maxRenderbufferSize: 8192, maxTextureSize: 4096 })).toEqual([
      4096, 4096,
    ]);
  });
});
