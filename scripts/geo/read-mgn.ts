/**
 * Reads DANE's official municipal boundaries (MGN `MGN_MPIO_POLITICO`) from a shapefile (.shp with
 * its .dbf and optional .prj, or a .zip of them), GeoJSON or TopoJSON, reprojects to WGS84 and keys
 * each feature by its 5-digit DIVIPOLA code. Every failure is a GeoInputError naming the file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { unzipSync } from 'fflate';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { read as readShapefile } from 'shapefile';
import { feature as topojsonFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { detectCrs } from './detect-crs.ts';
import { GeoInputError } from './geo-input-error.ts';
import type { AreaFeature } from './key-amcharts.ts';
import { reprojectGeometry } from './reproject.ts';

export interface MgnSource {
  features: AreaFeature[];
  /** DIVIPOLA code → MGN name (upper case in MGN), used when our table lacks the code. */
  names: Map<string, string>;
  crs: string;
  /** Vintage year from `MPIO_NANO` when present. */
  year: string | null;
}

/**
 * @example
 * await readMgn('MGN_MPIO_POLITICO.shp') // { features: [{ properties: { divipola: '05001' } …}], crs: 'EPSG:4686' }
 */
export async function readMgn(file: string): Promise<MgnSource> {
  const name = basename(file);
  if (!existsSync(file)) throw new GeoInputError(name, 'file not found or unreadable');
  const { collection, prj, crsName } = await readCollection(file, name);
  const polygons = collection.features.filter(
    (item): item is Feature<Polygon | MultiPolygon> =>
      item.geometry?.type === 'Polygon' || item.geometry?.type === 'MultiPolygon',
  );
  if (polygons.length === 0)
    throw new GeoInputError(name, 'no polygon features (expected municipal polygons)');
  const crs = detectCrs({ prj, crsName, sample: firstPosition(polygons[0].geometry) });
  if (crs.startsWith('unknown')) throw new GeoInputError(name, crs);
  const features: AreaFeature[] = [];
  const names = new Map<string, string>();
  let year: string | null = null;
  for (const item of polygons) {
    const properties = item.properties ?? {};
    const code = divipolaOf(properties);
    if (!code) {
      throw new GeoInputError(
        name,
        'no DIVIPOLA code field (need MPIO_CDPMP, MPIO_CCNCT or DPTO_CCDGO + MPIO_CCDGO)',
      );
    }
    if (typeof properties.MPIO_CNMBR === 'string') names.set(code, properties.MPIO_CNMBR);
    if (properties.MPIO_NANO !== undefined && year === null) year = String(properties.MPIO_NANO);
    const geometry = reprojectGeometry(item.geometry, crs as 'EPSG:4326');
    features.push({ type: 'Feature', properties: { divipola: code }, geometry });
  }
  return { features, names, crs, year };
}

function divipolaOf(properties: Record<string, unknown>): string | null {
  const text = (value: unknown) => (value === undefined || value === null ? '' : String(value).trim());
  const direct = text(properties.MPIO_CDPMP) || text(properties.MPIO_CCNCT);
  if (/^\d{5}$/.test(direct)) return direct;
  const department = text(properties.DPTO_CCDGO);
  const municipality = text(properties.MPIO_CCDGO);
  if (/^\d{2}$/.test(department) && /^\d{3}$/.test(municipality)) return department + municipality;
  if (/^\d{5}$/.test(municipality)) return municipality;
  return null;
}

function firstPosition(geometry: Polygon | MultiPolygon): number[] | undefined {
  return geometry.type === 'Polygon' ? geometry.coordinates[0]?.[0] : geometry.coordinates[0]?.[0]?.[0];
}

interface RawInput {
  collection: FeatureCollection<Geometry | null>;
  prj?: string;
  crsName?: string;
}

async function readCollection(file: string, name: string): Promise<RawInput> {
  const extension = extname(file).toLowerCase();
  try {
    if (extension === '.zip') return await readZippedShapefile(readFileSync(file), name);
    if (extension === '.shp') {
      const sibling = (ext: string) => file.slice(0, -4) + ext;
      const prjFile = [sibling('.prj'), sibling('.PRJ')].find(existsSync);
      const dbfFile = [sibling('.dbf'), sibling('.DBF')].find(existsSync);
      if (!dbfFile)
        throw new GeoInputError(name, 'missing .dbf beside the .shp (attributes are needed for the code)');
      const collection = await readShapefile(file, dbfFile, { encoding: encodingOf(sibling('.cpg')) });
      return { collection, prj: prjFile ? readFileSync(prjFile, 'utf8') : undefined };
    }
    const json = JSON.parse(readFileSync(file, 'utf8'));
    if (json?.type === 'Topology') {
      const key =
        Object.keys(json.objects).find((objectName) => /MPIO/i.test(objectName)) ??
        Object.keys(json.objects)[0];
      const collection = topojsonFeature(
        json as Topology,
        json.objects[key],
      ) as unknown as FeatureCollection<Geometry | null>;
      return { collection };
    }
    if (json?.type === 'FeatureCollection') return { collection: json, crsName: json.crs?.properties?.name };
    throw new GeoInputError(name, 'not a shapefile, GeoJSON FeatureCollection or TopoJSON Topology');
  } catch (error) {
    if (error instanceof GeoInputError) throw error;
    throw new GeoInputError(name, `unreadable (${(error as Error).message})`);
  }
}

async function readZippedShapefile(bytes: Uint8Array, name: string): Promise<RawInput> {
  const entries = unzipSync(bytes);
  const find = (ext: string) =>
    Object.keys(entries).find((entry) => entry.toLowerCase().endsWith(ext) && !entry.startsWith('__MACOSX'));
  const [shp, dbf, prj, cpg] = ['.shp', '.dbf', '.prj', '.cpg'].map(find);
  if (!shp || !dbf) throw new GeoInputError(name, 'zip holds no .shp with its .dbf');
  const decode = (entry: string | undefined) =>
    entry ? new TextDecoder().decode(entries[entry]) : undefined;
  const collection = await readShapefile(entries[shp], entries[dbf], {
    encoding: encodingFromCpg(decode(cpg)),
  });
  return { collection, prj: decode(prj) };
}

function encodingOf(cpgFile: string): string {
  return encodingFromCpg(existsSync(cpgFile) ? readFileSync(cpgFile, 'utf8') : undefined);
}

function encodingFromCpg(cpg: string | undefined): string {
  return cpg && /utf-?8/i.test(cpg) ? 'utf-8' : 'windows-1252';
}
