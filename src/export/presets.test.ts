import { describe, expect, it } from 'vitest';
import { EXPORT_PRESETS, getPreset, paperPixels } from './presets';

describe('presets', () => {
  it('converts paper millimetres at dpi to pixels', () => {
    expect(paperPixels(297, 300)).toBe(3508);
    expect(paperPixels(210, 300)).toBe(2480);
    expect(paperPixels(279.4, 300)).toBe(3300);
    expect(paperPixels(215.9, 300)).toBe(2550);
  });

  it('has the screen presets at their exact sizes, default first', () => {
    expect(EXPORT_PRESETS[0]).toMatchObject({ id: 'slide-16x9', width: 1920, height: 1080, pixelRatio: 1 });
    expect(getPreset('uhd-4k')).toMatchObject({ width: 3840, height: 2160, pixelRatio: 2 });
  });

  it('has A4 and Letter in both orientations at 150 and 300 dpi', () => {
    expect(getPreset('a4-landscape-300')).toMatchObject({ width: 3508, height: 2480, dpi: 300 });
    expect(getPreset('a4-portrait-300')).toMatchObject({
      width: 2480,
      height: 3508,
      paper: { widthMm: 210, heightMm: 297 },
    });
    expect(getPreset('a4-landscape-150')).toMatchObject({ width: 1754, height: 1240 });
    expect(getPreset('letter-landscape-300')).toMatchObject({ width: 3300, height: 2550 });
    expect(getPreset('letter-portrait-150')).toMatchObject({ width: 1275, height: 1650 });
    expect(getPreset('letter-portrait-300').pixelRatio).toBeCloseTo(300 / 96);
  });

  it('labels every preset in Spanish and English', () => {
    for (const preset of EXPORT_PRESETS) {
      expect(preset.label.es.length).toBeGreaterThan(0);
      expect(preset.label.en.length).toBeGreaterThan(0);
    }
    expect(getPreset('letter-landscape-150').label.es).toBe('Carta horizontal, 150 ppp');
  });

  it('throws on an unknown id', () => {
    expect(() => getPreset('nope' as never)).toThrow(/Unknown export preset/);
  });
});
