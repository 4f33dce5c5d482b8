/**
 * Export presets: screen sizes (16:9 slide, 4K) and paper pages (A4, Letter; landscape and
 * portrait; 150 and 300 dpi). Paper pixel sizes are `round(mm / 25.4 × dpi)`; the map pixel ratio
 * is `dpi / 96` so a printed page shows the map at the same physical scale as a 96-dpi screen.
 */
import type { ExportPreset, ExportPresetId, PaperSize } from './types';

/** CSS reference resolution: 96 CSS pixels per inch. */
export const CSS_DPI = 96;
export const MM_PER_INCH = 25.4;

/**
 * Pixels for a paper side at `dpi`.
 *
 * @example
 * paperPixels(297, 300); // 3508 (A4 long side)
 */
export function paperPixels(millimetres: number, dpi: number): number {
  return Math.round((millimetres / MM_PER_INCH) * dpi);
}

const A4: PaperSize = { widthMm: 297, heightMm: 210 };
const LETTER: PaperSize = { widthMm: 279.4, heightMm: 215.9 };

function paperPreset(
  id: ExportPresetId,
  name: { es: string; en: string },
  paper: PaperSize,
  portrait: boolean,
  dpi: number,
): ExportPreset {
  const page = portrait ? { widthMm: paper.heightMm, heightMm: paper.widthMm } : paper;
  const orientation = portrait ? { es: 'vertical', en: 'portrait' } : { es: 'horizontal', en: 'landscape' };
  return {
    id,
    label: { es: `${name.es} ${orientation.es}, ${dpi} ppp`, en: `${name.en} ${orientation.en}, ${dpi} dpi` },
    width: paperPixels(page.widthMm, dpi),
    height: paperPixels(page.heightMm, dpi),
    pixelRatio: dpi / CSS_DPI,
    dpi,
    paper: page,
  };
}

const A4_NAME = { es: 'A4', en: 'A4' };
const LETTER_NAME = { es: 'Carta', en: 'Letter' };

/** All presets in dialog order; the first is the default. Frozen. */
export const EXPORT_PRESETS: readonly ExportPreset[] = Object.freeze([
  {
    id: 'slide-16x9',
    label: { es: 'Diapositiva 16:9 (1920 × 1080)', en: '16:9 slide (1920 × 1080)' },
    width: 1920,
    height: 1080,
    pixelRatio: 1,
    dpi: CSS_DPI,
  },
  {
    id: 'uhd-4k',
    label: { es: '4K (3840 × 2160)', en: '4K (3840 × 2160)' },
    width: 3840,
    height: 2160,
    pixelRatio: 2,
    dpi: CSS_DPI * 2,
  },
  paperPreset('a4-landscape-150', A4_NAME, A4, false, 150),
  paperPreset('a4-landscape-300', A4_NAME, A4, false, 300),
  paperPreset('a4-portrait-150', A4_NAME, A4, true, 150),
  paperPreset('a4-portrait-300', A4_NAME, A4, true, 300),
  paperPreset('letter-landscape-150', LETTER_NAME, LETTER, false, 150),
  paperPreset('letter-landscape-300', LETTER_NAME, LETTER, false, 300),
  paperPreset('letter-portrait-150', LETTER_NAME, LETTER, true, 150),
  paperPreset('letter-portrait-300', LETTER_NAME, LETTER, true, 300),
] satisfies ExportPreset[]);

/** The preset with `id`; throws on an unknown id. */
export function getPreset(id: ExportPresetId): ExportPreset {
  const preset = EXPORT_PRESETS.find((candidate) => candidate.id === id);
  if (!preset) throw new Error(`Unknown export preset: ${id}`);
  return preset;
}
