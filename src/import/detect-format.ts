/**
 * Which reader a file goes to, from its first bytes first and its name second: a zip is a
 * shapefile, a KMZ or an XLSX by what it holds; JSON text is GeoJSON; XML is KML or GPX;
 * other text is delimited (CSV, TSV, TXT). Empty and binary files are refused with a message
 * naming the file, and so are a lone `.shp` and Excel 97–2003 `.xls`, with what to do instead.
 */
import { ImportRefusalError } from './refusal';

export type ImportFormat = 'csv' | 'xlsx' | 'geojson' | 'kml' | 'kmz' | 'gpx' | 'shapefile';

/** True when the bytes start like a zip archive (local file header or empty archive). */
export function isZip(head: Uint8Array): boolean {
  return (
    head[0] === 0x50 &&
    head[1] === 0x4b &&
    (head[2] === 3 || head[2] === 5) &&
    (head[3] === 4 || head[3] === 6)
  );
}

/**
 * @param head the first bytes of the file (a few kilobytes are enough)
 * @param zipEntries for a zip, the names of its entries (see `listZipEntries`)
 * @example
 * detectFormat(new TextEncoder().encode('{"type":"FeatureCollection"'), 'a.json') // => 'geojson'
 * detectFormat(zipHead, 'predios.zip', ['predios.shp', 'predios.dbf']) // => 'shapefile'
 */
export function detectFormat(
  head: Uint8Array,
  fileName: string,
  zipEntries: readonly string[] = [],
): ImportFormat {
  if (head.length === 0) throw new ImportRefusalError('emptyFile', fileName);
  if (isZip(head)) return zipFormat(fileName, zipEntries);
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) {
    throw new ImportRefusalError('unknownFormat', fileName, {
      detail: 'an Excel 97–2003 workbook (.xls): save it as .xlsx or CSV',
    });
  }
  if (extension === 'shp' || extension === 'dbf' || extension === 'shx') {
    throw new ImportRefusalError('unknownFormat', fileName, {
      detail: 'a shapefile part: zip the .shp with its .dbf, .prj and .cpg and import the zip',
    });
  }
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!utf16 && looksBinary(head)) throw new ImportRefusalError('binaryFile', fileName);
  if (utf16) return 'csv';
  const start = firstMeaningfulText(head);
  if (start === '') throw new ImportRefusalError('emptyFile', fileName);
  if (start.startsWith('{') || start.startsWith('[')) return 'geojson';
  if (start.startsWith('<')) return xmlFormat(start, fileName);
  return 'csv';
}

function zipFormat(fileName: string, entries: readonly string[]): ImportFormat {
  const lower = entries.map((entry) => entry.toLowerCase());
  if (lower.some((entry) => entry.endsWith('.shp'))) return 'shapefile';
  if (lower.some((entry) => entry.endsWith('.kml'))) return 'kmz';
  if (lower.includes('xl/workbook.xml') || /\.xlsx$/i.test(fileName)) return 'xlsx';
  throw new ImportRefusalError('unknownFormat', fileName, {
    detail: `a zip archive holding neither a shapefile, a KML nor a workbook (${entries.slice(0, 8).join(', ') || 'empty'})`,
  });
}

function xmlFormat(start: string, fileName: string): ImportFormat {
  if (/<kml[\s>]/i.test(start)) return 'kml';
  if (/<gpx[\s>]/i.test(start)) return 'gpx';
  throw new ImportRefusalError('unknownFormat', fileName, { detail: 'XML that is neither KML nor GPX' });
}

/** NUL bytes, or many control characters, in the first bytes: not text. */
function looksBinary(head: Uint8Array): boolean {
  const length = Math.min(head.length, 8192);
  let control = 0;
  for (let i = 0; i < length; i++) {
    const byte = head[i];
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) control++;
  }
  return control > length * 0.05;
}

/** The start of the text with BOM and leading white space removed (decoded leniently). */
function firstMeaningfulText(head: Uint8Array): string {
  const text = new TextDecoder('utf-8').decode(head.subarray(0, 4096));
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('<?xml')) {
    // look past the XML declaration and comments for the root element
    return (
      start
        .replace(/^<\?xml[\s\S]*?\?>/, '')
        .replace(/<!--[\s\S]*?-->/g, '')
        .trimStart() || start
    );
  }
  return start;
}
