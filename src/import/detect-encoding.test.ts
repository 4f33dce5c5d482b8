import { describe, expect, it } from 'vitest';
import { importFixture } from '../../test/fixtures/import-fixtures';
import { detectEncoding } from './detect-encoding';

const head = async (name: string) => {
  const source = importFixture(name);
  return source.read(0, 4096);
};

describe('detectEncoding', () => {
  it('reads the Spanish-Excel CSV (Cáceres as byte 0xE1) as Windows-1252', async () => {
    expect(detectEncoding(await head('spanish-excel.csv'))).toEqual({
      encoding: 'windows-1252',
      bom: false,
      bomBytes: 0,
    });
  });

  it('reads a UTF-8 BOM and skips its three bytes', async () => {
    expect(detectEncoding(await head('utf8-bom.csv'))).toEqual({ encoding: 'utf-8', bom: true, bomBytes: 3 });
  });

  it('reads valid UTF-8 without BOM as UTF-8', async () => {
    expect(detectEncoding(await head('kobotoolbox.csv')).encoding).toBe('utf-8');
  });

  it('recognises the UTF-16 LE BOM of Excel "Unicode text"', () => {
    expect(detectEncoding(Uint8Array.of(0xff, 0xfe, 0x61, 0x00)).encoding).toBe('utf-16le');
  });

  it('accepts a UTF-8 character cut at the end of the sample', () => {
    const cut = new TextEncoder().encode('Cáceres á').subarray(0, -1);
    expect(detectEncoding(cut).encoding).toBe('utf-8');
  });
});
