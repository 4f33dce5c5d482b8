import { describe, expect, it } from 'vitest';
import { CSS_DPI, EXPORT_PRESETS, getPreset, paperPixels } from './presets';

const MM_PER_INCH = 25.4;
const paperPresets = EXPORT_PRESETS.filter((preset) => preset.paper);
/** Width of the CSS layout a preset is drawn at: what decides the map's framing. */
const cssWidth = (preset: { width: number; pixelRatio: number }) => preset.width / preset.pixelRatio;

describe('presets', () => {
  it('gives the well-known pixel sizes of A4 and Letter at 300 dpi', () => {
    expect([paperPixels(297, 300), paperPixels(210, 300)]).toEqual([3508, 2480]);
    expect([paperPixels(279.4, 300), paperPixels(215.9, 300)]).toEqual([3300, 2550]);
  });

  it('prints every paper preset at its dpi on its page, to the nearest pixel', () => {
    expect(paperPresets).toHaveLength(8);
    for (const preset of paperPresets) {
      const page = preset.paper;
      if (!page) throw new Error('paper preset without a page');
      const halfPixelMm = MM_PER_INCH / preset.dpi / 2;
      expect(Math.abs((preset.width / preset.dpi) * MM_PER_INCH - page.widthMm)).toBeLessThanOrEqual(
        halfPixelMm,
      );
      expect(Math.abs((preset.height / preset.dpi) * MM_PER_INCH - page.heightMm)).toBeLessThanOrEqual(
        halfPixelMm,
      );
    }
  });

  it('renders the map at dpi / 96 so a printed page shows it at the screen’s physical scale', () => {
    for (const preset of EXPORT_PRESETS) expect(preset.pixelRatio * CSS_DPI).toBeCloseTo(preset.dpi, 9);
  });

  it('frames the same map at 150 and 300 dpi, and on 4K as on the 16:9 slide (only sharper)', () => {
    for (const paper of ['a4-landscape', 'a4-portrait', 'letter-landscape', 'letter-portrait'] as const) {
      const low = getPreset(`${paper}-150`);
      const high = getPreset(`${paper}-300`);
      expect(Math.abs(cssWidth(low) - cssWidth(high))).toBeLessThanOrEqual(1);
    }
    expect(cssWidth(getPreset('uhd-4k'))).toBe(cssWidth(getPreset('slide-16x9')));
  });

  it('turns a landscape page into its portrait by swapping the sides', () => {
    for (const id of ['a4', 'letter'] as const) {
      for (const dpi of [150, 300] as const) {
        const landscape = getPreset(`${id}-landscape-${dpi}`);
        const portrait = getPreset(`${id}-portrait-${dpi}`);
        expect([portrait.width, portrait.height]).toEqual([landscape.height, landscape.width]);
      }
    }
  });

  it('opens on the 16:9 slide and labels every preset in Spanish and English', () => {
    expect(EXPORT_PRESETS[0].id).toBe('slide-16x9');
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
