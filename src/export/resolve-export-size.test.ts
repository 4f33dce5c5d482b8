import { describe, expect, it } from 'vitest';
import { resolveExportSize } from './resolve-export-size';

describe('resolveExportSize', () => {
  it('resolves a preset', () => {
    expect(resolveExportSize({ kind: 'preset', presetId: 'slide-16x9' })).toEqual({
      width: 1920,
      height: 1080,
      pixelRatio: 1,
      dpi: 96,
    });
    expect(resolveExportSize({ kind: 'preset', presetId: 'a4-landscape-150' }).paper).toEqual({
      widthMm: 297,
      heightMm: 210,
    });
  });

  it('resolves a custom size with dpi = 96 × scale', () => {
    expect(resolveExportSize({ kind: 'custom', width: 2000, height: 1000, pixelRatio: 2 })).toEqual({
      width: 2000,
      height: 1000,
      pixelRatio: 2,
      dpi: 192,
    });
  });

  it('rejects non-integer or non-positive sizes and scales', () => {
    expect(() => resolveExportSize({ kind: 'custom', width: 0, height: 10, pixelRatio: 1 })).toThrow();
    expect(() => resolveExportSize({ kind: 'custom', width: 10.5, height: 10, pixelRatio: 1 })).toThrow();
    expect(() => resolveExportSize({ kind: 'custom', width: 10, height: 10, pixelRatio: 0 })).toThrow();
  });
});
