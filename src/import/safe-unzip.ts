/**
 * Unzips an archive only after checking what it claims to hold: the entry count and the total
 * uncompressed size are read from the central directory first (nothing inflated), and an archive
 * over the limits is refused as a zip bomb. fflate then inflates each wanted entry into a buffer
 * of exactly its declared size, so an entry that lies about its size cannot grow past it.
 *
 * @example
 * const entries = listZipEntries(bytes, 'predios.zip'); // throws a `zipBomb` refusal if too big
 * const files = unzipChecked(bytes, 'predios.zip', (name) => name.endsWith('.shp'));
 */
import { type UnzipFileInfo, unzipSync } from 'fflate';
import { ImportRefusalError } from './refusal';

const ZIP_LIMITS = {
  /** Total uncompressed bytes of all entries. */
  bytes: 512 * 1024 * 1024,
  entries: 2000,
};

interface ZipEntry {
  name: string;
  compressedBytes: number;
  bytes: number;
}

/** The entries of a zip (names and sizes) without inflating anything; refuses a zip bomb. */
export function listZipEntries(bytes: Uint8Array, file: string, limits = ZIP_LIMITS): ZipEntry[] {
  const entries: ZipEntry[] = [];
  try {
    unzipSync(bytes, {
      filter: (info: UnzipFileInfo) => {
        entries.push({ name: info.name, compressedBytes: info.size, bytes: info.originalSize });
        return false;
      },
    });
  } catch (error) {
    throw new ImportRefusalError('unreadable', file, { format: 'zip', detail: (error as Error).message });
  }
  const uncompressed = entries.reduce((sum, entry) => sum + entry.bytes, 0);
  if (entries.length > limits.entries || uncompressed > limits.bytes) {
    throw new ImportRefusalError('zipBomb', file, {
      uncompressed,
      entries: entries.length,
      limitBytes: limits.bytes,
      limitEntries: limits.entries,
    });
  }
  return entries;
}

/** Inflates the entries `wanted` selects (after `listZipEntries`' checks), keyed by name. */
export function unzipChecked(
  bytes: Uint8Array,
  file: string,
  wanted: (name: string) => boolean,
  limits = ZIP_LIMITS,
): Record<string, Uint8Array> {
  listZipEntries(bytes, file, limits);
  try {
    return unzipSync(bytes, { filter: (info) => !info.name.endsWith('/') && wanted(info.name) });
  } catch (error) {
    throw new ImportRefusalError('unreadable', file, { format: 'zip', detail: (error as Error).message });
  }
}
