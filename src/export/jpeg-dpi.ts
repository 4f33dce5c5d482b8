/**
 * Writes the dpi into a JPEG's JFIF header (APP0 density fields), the JPEG counterpart of PNG
 * pHYs. Pure over bytes: returns a new array. JPEGs without a JFIF APP0 segment are returned
 * unchanged (copied), since adding one is not needed by any viewer we target.
 */

/**
 * @example
 * const withDpi = setJpegDpi(jpegBytes, 300);
 */
export function setJpegDpi(jpeg: Uint8Array, dpi: number): Uint8Array {
  if (!(dpi > 0)) throw new Error(`setJpegDpi: dpi must be positive, got ${dpi}`);
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('setJpegDpi: not a JPEG');
  const result = jpeg.slice();
  const isJfif =
    result[2] === 0xff && result[3] === 0xe0 && String.fromCharCode(...result.subarray(6, 11)) === 'JFIF\0';
  if (!isJfif) return result;
  const density = Math.min(0xffff, Math.round(dpi));
  const view = new DataView(result.buffer, result.byteOffset, result.byteLength);
  result[13] = 1; // units: dots per inch
  view.setUint16(14, density);
  view.setUint16(16, density);
  return result;
}
