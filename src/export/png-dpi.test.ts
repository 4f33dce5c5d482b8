import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { crc32, dpiToPixelsPerMeter, setPngDpi } from './png-dpi';

function tinyPng(): Uint8Array {
  const png = new PNG({ width: 3, height: 2 });
  png.data.fill(200);
  return new Uint8Array(PNG.sync.write(png));
}

function chunks(bytes: Uint8Array): Array<{ type: string; data: Uint8Array }> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const list = [];
  for (let offset = 8; offset < bytes.length; ) {
    const length = view.getUint32(offset);
    list.push({
      type: String.fromCharCode(...bytes.subarray(offset + 4, offset + 8)),
      data: bytes.subarray(offset + 8, offset + 8 + length),
    });
    offset += 12 + length;
  }
  return list;
}

describe('setPngDpi', () => {
  it('computes CRC-32 like zlib', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('writes a pHYs chunk that pngjs decodes as the dpi', () => {
    const withDpi = setPngDpi(tinyPng(), 300);
    const decoded = PNG.sync.read(Buffer.from(withDpi));
    expect(decoded.width).toBe(3);
    const phys = chunks(withDpi).find((chunk) => chunk.type === 'pHYs');
    if (!phys) throw new Error('no pHYs');
    const view = new DataView(phys.data.buffer, phys.data.byteOffset, 9);
    expect(view.getUint32(0)).toBe(11811);
    expect(view.getUint32(4)).toBe(11811);
    expect(phys.data[8]).toBe(1);
    expect(dpiToPixelsPerMeter(300)).toBe(11811);
  });

  it('places pHYs right after IHDR and replaces an existing one', () => {
    const twice = setPngDpi(setPngDpi(tinyPng(), 96), 150);
    const types = chunks(twice).map((chunk) => chunk.type);
    expect(types[0]).toBe('IHDR');
    expect(types[1]).toBe('pHYs');
    expect(types.filter((type) => type === 'pHYs')).toHaveLength(1);
    expect(types.at(-1)).toBe('IEND');
    expect(() => PNG.sync.read(Buffer.from(twice))).not.toThrow();
  });

  it('does not modify its input and rejects non-PNG bytes', () => {
    const original = tinyPng();
    const copy = original.slice();
    setPngDpi(original, 300);
    expect(original).toEqual(copy);
    expect(() => setPngDpi(new Uint8Array(40), 300)).toThrow(/not a PNG/);
  });
});
