// Pixel helpers for journeys: decode Playwright screenshots and compare them.
import { PNG } from 'pngjs';

export interface Image {
  width: number;
  height: number;
  data: Buffer;
}

export function decodePng(buffer: Buffer): Image {
  const png = PNG.sync.read(buffer);
  return { width: png.width, height: png.height, data: png.data };
}

/** How many pixels differ by more than `tolerance` in any channel between two same-size images. */
export function changedPixels(a: Image, b: Image, tolerance = 24): number {
  if (a.width !== b.width || a.height !== b.height) throw new Error('images differ in size');
  let count = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (
      Math.abs(a.data[i] - b.data[i]) > tolerance ||
      Math.abs(a.data[i + 1] - b.data[i + 1]) > tolerance ||
      Math.abs(a.data[i + 2] - b.data[i + 2]) > tolerance
    ) {
      count++;
    }
  }
  return count;
}

/** How many pixels are within `tolerance` of a colour given as `#rrggbb`. */
export function pixelsNear(image: Image, hex: string, tolerance = 40): number {
  const r = Number.parseInt(hex.slice(1, 3), 16);
  const g = Number.parseInt(hex.slice(3, 5), 16);
  const b = Number.parseInt(hex.slice(5, 7), 16);
  let count = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    if (
      Math.abs(image.data[i] - r) <= tolerance &&
      Math.abs(image.data[i + 1] - g) <= tolerance &&
      Math.abs(image.data[i + 2] - b) <= tolerance
    ) {
      count++;
    }
  }
  return count;
}
