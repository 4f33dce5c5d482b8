/**
 * The custom size the export dialog switches to when the requested size cannot be rendered and
 * the user takes the largest size that fits (in one piece, or tiled). The pixel ratio is scaled
 * with the width, so the map keeps its framing: the same CSS layout, fewer output pixels.
 */
import { getPreset } from './presets';
import type { ExportSizeChoice, Size } from './types';

/** A custom size choice, as the dialog's fields hold it. */
export type CustomSizeChoice = Extract<ExportSizeChoice, { kind: 'custom' }>;

/**
 * The "largest possible size" fallback: `problem.largestFit` at the pixel ratio scaled by
 * `problem.scale`.
 *
 * @example largestFallback({ kind: 'preset', presetId: 'uhd-4k' }, { largestFit: { width: 1920, height: 1080 }, scale: 0.5 })
 * // { kind: 'custom', width: 1920, height: 1080, pixelRatio: 1 }
 */
export function largestFallback(
  choice: ExportSizeChoice,
  problem: { largestFit: Size; scale: number },
): CustomSizeChoice {
  const pixelRatio = choice.kind === 'custom' ? choice.pixelRatio : getPreset(choice.presetId).pixelRatio;
  return {
    kind: 'custom',
    width: problem.largestFit.width,
    height: problem.largestFit.height,
    pixelRatio: Math.max(0.01, Number((pixelRatio * problem.scale).toFixed(4))),
  };
}

/**
 * The "tiled render" fallback when even a tiled render cannot reach the requested size: `fit`
 * (the largest tiled size) at a pixel ratio scaled by its width.
 */
export function tiledFallback(choice: ExportSizeChoice, fit: Size): CustomSizeChoice {
  const pixelRatio = choice.kind === 'custom' ? choice.pixelRatio : 1;
  const scale = Number(
    ((pixelRatio * fit.width) / (choice.kind === 'custom' ? choice.width : fit.width)).toFixed(4),
  );
  return { kind: 'custom', width: fit.width, height: fit.height, pixelRatio: scale };
}
