import { describe, expect, it } from 'vitest';
import { setJpegDpi } from './jpeg-dpi';

/** SOI + a JFIF APP0 segment (aspect ratio 1:1, no units) + EOI. */
function jfif(): Uint8Array {
  return new Uint8Array([
    0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00,
    0x01, 0x00, 0x00, 0xff, 0xd9,
  ]);
}

describe('setJpegDpi', () => {
  it('writes dots-per-inch density into the JFIF header without touching the input', () => {
    const input = jfif();
    const output = setJpegDpi(input, 300);
    expect(output[13]).toBe(1);
    expect((output[14] << 8) | output[15]).toBe(300);
    expect((output[16] << 8) | output[17]).toBe(300);
    expect(input[13]).toBe(0);
    expect(output.length).toBe(input.length);
  });

  it('returns non-JFIF JPEGs unchanged and rejects other bytes', () => {
    const exif = new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x02, 0xff, 0xd9]);
    expect(setJpegDpi(exif, 300)).toEqual(exif);
    expect(() => setJpegDpi(new Uint8Array([0x89, 0x50]), 300)).toThrow(/not a JPEG/);
  });
});
