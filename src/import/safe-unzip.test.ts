import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importFixture } from '../../test/fixtures/import-fixtures';
import { listZipEntries, unzipChecked } from './safe-unzip';

describe('safe unzip', () => {
  it('refuses the zip bomb from its central directory, before inflating', async () => {
    const source = importFixture('zip-bomb.zip');
    const bytes = await source.read(0, source.size);
    expect(() => listZipEntries(bytes, source.name)).toThrow(
      /zip-bomb.zip: the archive unpacks to 629145600 bytes/,
    );
  });

  it('refuses an archive with too many entries', () => {
    const bytes = zipSync({
      'a.txt': new Uint8Array(1),
      'b.txt': new Uint8Array(1),
      'c.txt': new Uint8Array(1),
    });
    expect(() => listZipEntries(bytes, 'muchos.zip', { bytes: 1000, entries: 2 })).toThrow(/3 entries/);
  });

  it('inflates only the entries asked for', () => {
    const bytes = zipSync({ 'a.shp': Uint8Array.of(1, 2), 'b.jpg': Uint8Array.of(3) });
    expect(Object.keys(unzipChecked(bytes, 'x.zip', (name) => name.endsWith('.shp')))).toEqual(['a.shp']);
  });

  it('refuses a file that is not a readable zip', () => {
    expect(() => listZipEntries(Uint8Array.of(0x50, 0x4b, 3, 4, 9, 9), 'roto.zip')).toThrow(
      /roto.zip: the file cannot be read as zip/,
    );
  });
});
