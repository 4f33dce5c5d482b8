/**
 * Decides, before anything is rendered, whether this device can produce the requested export:
 * the final 2D canvas (browser per-side and area caps) and the map's WebGL canvas (maxCanvasSize,
 * MAX_RENDERBUFFER_SIZE, MAX_TEXTURE_SIZE, area). When it cannot, it says why (an i18n key with
 * the numbers) and offers the largest size with the same proportions, and whether a tiled render
 * (map in several WebGL pieces stitched on one 2D canvas) would reach the requested size.
 * Never clamps silently: the caller shows the reason and lets the user choose.
 */
import { formatNumber } from '../i18n/format-number';
import { type Lang, translate } from '../i18n/translate';
import type { DeviceLimits, Size } from './types';

export interface ExportSizeProblem {
  ok: false;
  reason: {
    key: 'exportSize.outputTooLarge' | 'exportSize.mapTooLarge' | 'exportSize.invalid';
    values: Record<string, number>;
  };
  /** Largest output with the same aspect ratio that renders in one piece. */
  largestFit: Size;
  /** `largestFit.width / requested width`: multiply the pixel ratio by it to keep the framing. */
  scale: number;
  /** True when the output canvas is allowed and only the map's WebGL canvas is too big. */
  tiledPossible: boolean;
  /**
   * Largest output with the same aspect ratio reachable with a tiled map render (only the 2D
   * canvas caps apply), when that is larger than `largestFit`; otherwise null.
   */
  largestTiledFit: Size | null;
}

export type ExportSizeCheck = { ok: true } | ExportSizeProblem;

/** Largest single WebGL map canvas side on this device. */
export function maxMapSide(limits: DeviceLimits): [number, number] {
  const gl = Math.min(limits.maxRenderbufferSize, limits.maxTextureSize ?? Number.POSITIVE_INFINITY);
  return [Math.min(limits.maxCanvasSize[0], gl), Math.min(limits.maxCanvasSize[1], gl)];
}

function fits(size: Size, maxWidth: number, maxHeight: number, maxArea: number): boolean {
  return size.width <= maxWidth && size.height <= maxHeight && size.width * size.height <= maxArea;
}

/**
 * @param output requested output size in pixels
 * @param mapSizeFor the map canvas size for a given output (e.g. `s => computeLayout(s, …).map`)
 * @example
 * checkExportSize({ width: 1920, height: 1080 }, (s) => s, limits); // { ok: true }
 */
export function checkExportSize(
  output: Size,
  mapSizeFor: (output: Size) => Size,
  limits: DeviceLimits,
): ExportSizeCheck {
  const [canvasW, canvasH] = limits.maxCanvasSize;
  const area = limits.maxCanvasArea;
  const [mapW, mapH] = maxMapSide(limits);
  const valid = (size: Size) =>
    Number.isInteger(size.width) && Number.isInteger(size.height) && size.width > 0 && size.height > 0;
  const whole = (size: Size) =>
    fits(size, canvasW, canvasH, area) && fits(mapSizeFor(size), mapW, mapH, area);

  if (!valid(output)) {
    return {
      ok: false,
      reason: { key: 'exportSize.invalid', values: { width: output.width, height: output.height } },
      largestFit: { width: 0, height: 0 },
      scale: 0,
      tiledPossible: false,
      largestTiledFit: null,
    };
  }
  if (whole(output)) return { ok: true };

  const map = mapSizeFor(output);
  let scale = Math.min(
    1,
    canvasW / output.width,
    canvasH / output.height,
    Math.sqrt(area / (output.width * output.height)),
    mapW / map.width,
    mapH / map.height,
    Math.sqrt(area / (map.width * map.height)),
  );
  let largestFit = { width: Math.floor(output.width * scale), height: Math.floor(output.height * scale) };
  // Layout rounding can push the map a pixel over; shrink until it really fits.
  while (largestFit.width > 1 && largestFit.height > 1 && !whole(largestFit)) {
    scale *= 0.995;
    largestFit = { width: Math.floor(output.width * scale), height: Math.floor(output.height * scale) };
  }
  const outputFits = fits(output, canvasW, canvasH, area);
  const canvasScale = Math.min(
    1,
    canvasW / output.width,
    canvasH / output.height,
    Math.sqrt(area / (output.width * output.height)),
  );
  const tiledFit = outputFits
    ? output
    : { width: Math.floor(output.width * canvasScale), height: Math.floor(output.height * canvasScale) };
  const largestTiledFit = tiledFit.width > largestFit.width ? tiledFit : null;
  const [maxWidth, maxHeight] = outputFits ? [mapW, mapH] : [canvasW, canvasH];
  const shown = outputFits ? map : output;
  return {
    ok: false,
    reason: {
      key: outputFits ? 'exportSize.mapTooLarge' : 'exportSize.outputTooLarge',
      values: {
        width: shown.width,
        height: shown.height,
        maxWidth,
        maxHeight,
        maxArea: area,
        fitWidth: largestFit.width,
        fitHeight: largestFit.height,
      },
    },
    largestFit,
    scale: largestFit.width / output.width,
    tiledPossible: outputFits,
    largestTiledFit,
  };
}

/**
 * The problem in words, numbers in the language's format (`16.384` in Spanish, `16,384` in English).
 *
 * @example describeSizeProblem(problem, 'es'); // 'El navegador no puede crear una imagen de 20.000 × 20.000 px …'
 */
export function describeSizeProblem(problem: Pick<ExportSizeProblem, 'reason'>, lang: Lang): string {
  const values = Object.fromEntries(
    Object.entries(problem.reason.values).map(([name, value]) => [
      name,
      formatNumber(value, lang, { maximumFractionDigits: 2 }),
    ]),
  );
  return translate(lang, problem.reason.key, values);
}
