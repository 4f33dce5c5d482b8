/**
 * The custom size the export dialog switches to when the requested size cannot be rendered and
 * the user takes the largest size that fits (in one piece, or tiled): the target size, at the
 * requested pixel ratio scaled by the width, so the map keeps its framing (the same CSS layout,
 * fewer output pixels). A preset's own pixel ratio counts, as it does in the size check.
 */
import { getPreset } from './presets';
import type { ExportSizeChoice, Size } from './types';

/** A custom size choice, as the dialog's fields hold it. */
export type CustomSizeChoice = Extract<ExportSizeChoice, { kind: 'custom' }>;

/**
 * @example
 * fallbackSize({ kind: 'preset', presetId: 'a4-landscape-300' }, { width: 2806, height: 1984 });
 * // { kind: 'custom', width: 2806, height: 1984, pixelRatio: 2.4997 } (A4 300 dpi is ratio 3.125)
 */
export function fallbackSize(choice: ExportSizeChoice, target: Size): CustomSizeChoice {
  const from = choice.kind === 'custom' ? choice : getPreset(choice.presetId);
  const pixelRatio = Math.max(0.01, Number(((from.pixelRatio * target.width) / from.width).toFixed(4)));
  return { kind: 'custom', width: target.width, height: target.height, pixelRatio };
}
