/**
 * Reads KML (Google Earth), KMZ (zipped KML) and GPX (GPS units) with @tmcw/togeojson. A worker
 * and node have no `DOMParser`, so the XML goes through @xmldom/xmldom; a malformed document is
 * refused with the parser's message. KML and GPX coordinates are WGS84 lon/lat by definition.
 * Placemark `ExtendedData` and GPX fields become columns.
 *
 * @example
 * const opened = await readXmlFeatures(byteSourceFromBytes('veredas.kml', bytes), 'kml');
 * opened.declaredCrs // => { crs: 'EPSG:4326' }
 */
import { gpx, kml } from '@tmcw/togeojson';
import { DOMParser, onErrorStopParsing } from '@xmldom/xmldom';
import type { Feature } from 'geojson';
import { type ByteSource, readAll } from './byte-source';
import { featureRows } from './feature-rows';
import type { OpenedSource } from './opened-source';
import { fileProblem } from './problems';
import { ImportRefusalError } from './refusal';
import { unzipChecked } from './safe-unzip';

export async function readXmlFeatures(source: ByteSource, format: 'kml' | 'gpx'): Promise<OpenedSource> {
  const text = new TextDecoder('utf-8').decode(await readAll(source));
  return xmlSource(source.name, format, text, []);
}

/** A KMZ: the zip is checked before inflating; `doc.kml` (or the first `.kml`) is read. */
export async function readKmz(source: ByteSource): Promise<OpenedSource> {
  const bytes = await readAll(source);
  const files = unzipChecked(bytes, source.name, (name) => name.toLowerCase().endsWith('.kml'));
  const names = Object.keys(files).sort(
    (a, b) => Number(b.toLowerCase() === 'doc.kml') - Number(a.toLowerCase() === 'doc.kml'),
  );
  if (names.length === 0) {
    throw new ImportRefusalError('unreadable', source.name, { format: 'KMZ', detail: 'no .kml inside' });
  }
  const opened = xmlSource(
    source.name,
    'kml',
    new TextDecoder('utf-8').decode(files[names[0]]),
    names.slice(1),
  );
  return { ...opened, format: 'kmz' };
}

function xmlSource(file: string, format: 'kml' | 'gpx', text: string, skipped: string[]): OpenedSource {
  let features: Feature[];
  try {
    const document = new DOMParser({ onError: onErrorStopParsing }).parseFromString(text, 'text/xml');
    const collection = format === 'kml' ? kml(document as never) : gpx(document as never);
    features = collection.features as Feature[];
  } catch (error) {
    throw new ImportRefusalError('unreadable', file, {
      format: format.toUpperCase(),
      detail: (error as Error).message.split('\n')[0],
    });
  }
  const { headers, batches } = featureRows(features);
  return {
    file,
    format,
    headers,
    declaredCrs: { crs: 'EPSG:4326' },
    hasGeometry: true,
    notes: skipped.length > 0 ? [fileProblem('skippedEntries', { names: skipped.join(', ') })] : [],
    batches,
  };
}
