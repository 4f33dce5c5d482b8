/**
 * Turns the dialog's size choice (preset or custom width × height × scale) into an exact output
 * size, pixel ratio and dpi.
 */
import { CSS_DPI, getPreset } from './presets';
import type { ExportSize, ExportSizeChoice } from './types';

/**
 * @example
 * resolveExportSize({ kind: 'preset', presetId: 'slide-16x9' }); // 1920 × 1080, ratio 1, 96 dpi
 * resolveExportSize({ kind: 'custom', width: 2000, height: 1000, pixelRatio: 2 }); // 192 dpi
 */
export function resolveExportSize(choice: ExportSizeChoice): ExportSize {
  if (choice.kind === 'preset') {
    const { width, height, pixelRatio, dpi, paper } = getPreset(choice.presetId);
    return paper ? { width, height, pixelRatio, dpi, paper } : { width, height, pixelRatio, dpi };
  }
  const { width, height, pixelRatio } = choice;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new Error(`Custom export size must be positive integers, got ${width} × ${height}`);
  }
  if (!(pixelRatio > 0) || !Number.isFinite(pixelRatio)) {
    throw new Error(`Custom export scale must be a positive number, got ${pixelRatio}`);
  }
  return { width, height, pixelRatio, dpi: CSS_DPI * pixelRatio };
}
