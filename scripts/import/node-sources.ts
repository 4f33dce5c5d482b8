/**
 * Node's side of the import seams: a `ByteSource` over a file handle (read in ranges, so a 200 MB
 * CSV is streamed, not loaded), and the reference gazetteer read from `data/reference/` and
 * `public/geo/labels.geojson`.
 */
import { open, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ByteSource } from '../../src/import/byte-source';
import { createGazetteer, type Gazetteer } from '../../src/import/gazetteer';
import { gazetteerFromReference } from '../../src/import/gazetteer-from-reference';

/** A byte source reading `path` in ranges; close it when done. */
export async function fileByteSource(path: string): Promise<ByteSource & { close(): Promise<void> }> {
  const handle = await open(path, 'r');
  const { size } = await handle.stat();
  return {
    name: basename(path),
    size,
    async read(start, end) {
      const length = Math.max(0, Math.min(end, size) - start);
      const buffer = new Uint8Array(length);
      let offset = 0;
      while (offset < length) {
        const { bytesRead } = await handle.read(buffer, offset, length - offset, start + offset);
        if (bytesRead === 0) break;
        offset += bytesRead;
      }
      return buffer.subarray(0, offset);
    },
    close: () => handle.close(),
  };
}

/** The gazetteer of the reference files under the project root. */
export async function referenceGazetteer(root: string): Promise<Gazetteer> {
  const [divipolaCsv, departmentsCsv, labels] = await Promise.all([
    readFile(join(root, 'data', 'reference', 'divipola.csv'), 'utf8'),
    readFile(join(root, 'data', 'reference', 'departments.csv'), 'utf8'),
    readFile(join(root, 'public', 'geo', 'labels.geojson'), 'utf8'),
  ]);
  return createGazetteer(gazetteerFromReference({ divipolaCsv, departmentsCsv, labels: JSON.parse(labels) }));
}
