/**
 * Scale bar maths: the longest "nice" distance (1, 2 or 5 × 10^n metres) that fits a maximum bar
 * length, and metres per pixel in Web Mercator.
 */

import { formatNumber } from '../i18n/format-number';
import type { Lang } from '../i18n/translate';

/** Earth circumference at the equator used by MapLibre's Web Mercator (metres). */
const EARTH_CIRCUMFERENCE = 40_075_016.686;

export interface ScaleBar {
  /** Distance the bar represents, in metres. */
  meters: number;
  /** Bar length in the same pixels as `metersPerPixel`. */
  length: number;
  /** Label such as "5 km" or "200 m" (locale number format). */
  label: string;
}

/**
 * Metres per CSS pixel at `latitude` and MapLibre `zoom` (512-px tiles).
 *
 * @example
 * metersPerCssPixel(0, 0); // 78271.517 (equator, zoom 0)
 */
export function metersPerCssPixel(latitude: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/**
 * The largest 1/2/5 × 10^n distance whose bar is at most `maxLength` pixels long.
 *
 * @example
 * scaleBar(100, 250, 'es'); // { meters: 20000, length: 200, label: '20 km' }
 */
export function scaleBar(metersPerPixel: number, maxLength: number, lang: Lang): ScaleBar {
  if (!(metersPerPixel > 0) || !(maxLength > 0)) throw new Error('scaleBar: inputs must be positive');
  const maxMeters = metersPerPixel * maxLength;
  const magnitude = 10 ** Math.floor(Math.log10(maxMeters));
  const step = [5, 2, 1].find((candidate) => candidate * magnitude <= maxMeters * (1 + 1e-9)) ?? 1;
  const meters = step * magnitude;
  const label =
    meters >= 1000
      ? `${formatNumber(meters / 1000, lang, { maximumFractionDigits: 0 })} km`
      : `${formatNumber(meters, lang, { maximumFractionDigits: 2 })} m`;
  return { meters, length: meters / metersPerPixel, label };
}
