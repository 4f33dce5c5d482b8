/**
 * Reads a zipped shapefile: the zip is checked before inflating (see `safe-unzip`), then the
 * first `.shp` with its `.dbf`, `.prj` and `.cpg` (same base name, any folder, any case) is parsed
 * with shpjs. The `.prj` is recognised by its parameters (`src/geo/crs`), so mapshaper's
 * "UNK / Transverse_Mercator" CTM12 is CTM12; coordinates are left as they are for the
 * validation step to reproject. The attribute encoding is the `.cpg`'s, else UTF-8 when the
 * `.dbf` is valid UTF-8, else Windows-1252 (older Colombian agency files).
 *
 * @example
 * const opened = await readShapefileZip(byteSourceFromBytes('predios.zip', bytes));
 * opened.declaredCrs // => { crs: 'EPSG:9377' }
 */
import type { Feature, Geometry } from 'geojson';
import { parseDbf, parseShp } from 'shpjs';
import { recogniseCrs } from '../geo/crs/recognise-crs';
import { type ByteSource, readAll } from './byte-source';
import { detectEncoding } from './detect-encoding';
import { featureRows } from './feature-rows';
import type { OpenedSource } from './opened-source';
import { fileProblem } from './problems';
import { ImportRefusalError } from './refusal';
import { unzipChecked } from './safe-unzip';

const PARTS = ['.shp', '.dbf', '.prj', '.cpg'];

export async function readShapefileZip(source: ByteSource): Promise<OpenedSource> {
  const bytes = await readAll(source);
  const files = unzipChecked(bytes, source.name, (name) =>
    PARTS.some((part) => name.toLowerCase().endsWith(part)),
  );
  const shapes = Object.keys(files)
    .filter((name) => name.toLowerCase().endsWith('.shp'))
    .sort();
  if (shapes.length === 0) throw new ImportRefusalError('noShapefile', source.name);
  const base = shapes[0].slice(0, -4).toLowerCase();
  const part = (extension: string) =>
    Object.entries(files).find(([name]) => name.toLowerCase() === `${base}${extension}`)?.[1];
  const dbf = part('.dbf');
  if (!dbf) throw new ImportRefusalError('noShapefile', source.name);
  const prj = part('.prj');
  const cpg = part('.cpg');
  const features = parseFeatures(source.name, part('.shp') as Uint8Array, dbf, cpg);
  const { headers, batches } = featureRows(features);
  const prjText = prj ? new TextDecoder('utf-8').decode(prj) : '';
  return {
    file: source.name,
    format: 'shapefile',
    headers,
    declaredCrs: prjText.trim() === '' ? null : recogniseCrs({ wkt: prjText }),
    hasGeometry: true,
    notes: shapes.length > 1 ? [fileProblem('skippedEntries', { names: shapes.slice(1).join(', ') })] : [],
    batches,
  };
}

function parseFeatures(
  file: string,
  shp: Uint8Array,
  dbf: Uint8Array,
  cpg: Uint8Array | undefined,
): Feature[] {
  const encoding = cpg ? new TextDecoder('utf-8').decode(cpg).trim() : dbfEncoding(dbf);
  try {
    const geometries = parseShp(shp) as (Geometry | null)[];
    const records = parseDbf(dbf, encoding) as Record<string, unknown>[];
    return geometries.map((geometry, index) => ({
      type: 'Feature',
      geometry: geometry ?? null,
      properties: records[index] ?? {},
    })) as Feature[];
  } catch (error) {
    throw new ImportRefusalError('unreadable', file, {
      format: 'shapefile',
      detail: (error as Error).message,
    });
  }
}

/** The `.dbf` records after its header, tested as UTF-8; Windows-1252 otherwise. */
function dbfEncoding(dbf: Uint8Array): string {
  const headerLength = dbf.length >= 10 ? dbf[8] | (dbf[9] << 8) : 0;
  return detectEncoding(dbf.subarray(headerLength)).encoding === 'utf-8' ? 'utf-8' : 'windows-1252';
}
