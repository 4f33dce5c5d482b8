import { describe, expect, it } from 'vitest';
import { fallbackSize } from './fallback-size';
import { getPreset } from './presets';
import type { ExportSizeChoice } from './types';

/** Width of the CSS layout a size is rendered at: output pixels over the pixel ratio. */
const cssWidth = (size: { width: number; pixelRatio: number }) => size.width / size.pixelRatio;

const A4_300: ExportSizeChoice = { kind: 'preset', presetId: 'a4-landscape-300' };
const SLIDE: ExportSizeChoice = { kind: 'preset', presetId: 'slide-16x9' };
const CUSTOM: ExportSizeChoice = { kind: 'custom', width: 6000, height: 4000, pixelRatio: 2.5 };
const requested = (choice: ExportSizeChoice) =>
  choice.kind === 'custom' ? choice : getPreset(choice.presetId);

describe('fallbackSize', () => {
  // 0.6: the largest one-piece size; 0.8: the largest tiled size (both keep the proportions).
  it.each([
    [A4_300, 0.6],
    [A4_300, 0.8],
    [SLIDE, 0.5],
    [CUSTOM, 0.6],
    [CUSTOM, 0.8],
  ])('keeps the framing of %o at %s of the width: same CSS layout, fewer pixels', (choice, share) => {
    const from = requested(choice);
    const target = { width: Math.floor(from.width * share), height: Math.floor(from.height * share) };
    const size = fallbackSize(choice, target);
    expect(size).toMatchObject({ kind: 'custom', ...target });
    expect(cssWidth(size)).toBeCloseTo(cssWidth(from), 0);
  });

  it('uses the preset’s own pixel ratio (A4 at 300 dpi is 3.125), as the size check does', () => {
    expect(fallbackSize(A4_300, { width: 3508 / 2, height: 1240 }).pixelRatio).toBeCloseTo(3.125 / 2, 4);
  });

  it('never goes below a pixel ratio of 0.01', () => {
    expect(fallbackSize(SLIDE, { width: 1, height: 1 }).pixelRatio).toBe(0.01);
  });
});
