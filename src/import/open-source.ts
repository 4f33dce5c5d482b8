/**
 * Opens any supported file: detects its format from its bytes (and name, for zips), refuses what
 * it cannot read with a message naming the file, and hands it to the reader for that format.
 *
 * @example
 * const opened = await openSource(byteSourceFromBlob(file), { sheet: 'Hoja2' });
 * opened.format // 'xlsx'
 */
import type { ByteSource } from './byte-source';
import type { Delimiter } from './detect-delimiter';
import type { EncodingDetection } from './detect-encoding';
import { detectFormat, isZip } from './detect-format';
import type { OpenedSource } from './opened-source';
import { openDelimited } from './read-delimited';
import { readGeoJson } from './read-geojson';
import { readShapefileZip } from './read-shapefile-zip';
import { readXlsx } from './read-xlsx';
import { readKmz, readXmlFeatures } from './read-xml-features';
import { ImportRefusalError } from './refusal';
import { listZipEntries } from './safe-unzip';

/** Formats parsed whole (not streamed) are refused above this size. */
const WHOLE_FILE_LIMIT_BYTES = 256 * 1024 * 1024;
/** Delimited text streams; this bounds the time an import can take. */
const DELIMITED_LIMIT_BYTES = 1024 * 1024 * 1024;

export interface OpenOptions {
  sheet?: string;
  encoding?: EncodingDetection;
  delimiter?: Delimiter;
  chunkBytes?: number;
}

export async function openSource(source: ByteSource, options: OpenOptions = {}): Promise<OpenedSource> {
  if (source.size === 0) throw new ImportRefusalError('emptyFile', source.name);
  const head = await source.read(0, Math.min(source.size, 8192));
  const zipEntries = isZip(head) ? await zipEntryNames(source) : [];
  const format = detectFormat(head, source.name, zipEntries);
  const limit = format === 'csv' ? DELIMITED_LIMIT_BYTES : WHOLE_FILE_LIMIT_BYTES;
  if (source.size > limit) {
    throw new ImportRefusalError('tooLarge', source.name, { bytes: source.size, limit, format });
  }
  switch (format) {
    case 'csv':
      return openDelimited(source, options);
    case 'xlsx':
      return readXlsx(source, options);
    case 'geojson':
      return readGeoJson(source);
    case 'kml':
    case 'gpx':
      return readXmlFeatures(source, format);
    case 'kmz':
      return readKmz(source);
    case 'shapefile':
      return readShapefileZip(source);
  }
}

async function zipEntryNames(source: ByteSource): Promise<string[]> {
  if (source.size > WHOLE_FILE_LIMIT_BYTES) {
    throw new ImportRefusalError('tooLarge', source.name, {
      bytes: source.size,
      limit: WHOLE_FILE_LIMIT_BYTES,
      format: 'zip',
    });
  }
  return listZipEntries(await source.read(0, source.size), source.name).map((entry) => entry.name);
}
