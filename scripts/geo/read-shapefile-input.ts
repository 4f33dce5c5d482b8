/**
 * Reads a shapefile given as a `.shp` path (with its `.dbf`, and `.prj` / `.cpg` if present beside
 * it) or as a `.zip`. A zip may hold several shapefiles (DANE's MGN downloads hold one per layer,
 * OCHA's COD-AB one per admin level): the one whose .dbf has a municipal code field is used, and
 * the note says which of them was chosen. A .dbf shorter than its header announces is refused as
 * "unreadable .dbf" before any record is read.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { unzipSync } from 'fflate';
import type { FeatureCollection, Geometry } from 'geojson';
import { read as readShapefile } from 'shapefile';
import { CODE_FIELDS_HELP, hasMunicipalCodeField } from './divipola-of.ts';
import { GeoInputError } from './geo-input-error.ts';
import { readDbfHeader } from './read-dbf-header.ts';

export interface ShapefileInput {
  collection: FeatureCollection<Geometry | null>;
  prj?: string;
  /** The shapefile used (its name inside a zip, or the .shp file name). */
  layer: string;
  notes: string[];
}

interface Parts {
  shp: Uint8Array;
  dbf?: Uint8Array;
  dbfName: string;
  prj?: Uint8Array;
  cpg?: Uint8Array;
}

/** `file` is the path; `name` its base name for messages. */
export async function readShapefileInput(file: string, name: string): Promise<ShapefileInput> {
  if (file.toLowerCase().endsWith('.zip')) return readZip(unzipSync(readFileSync(file)), name);
  const sibling = (extension: string) =>
    [extension, extension.toUpperCase()].map((ext) => file.slice(0, -4) + ext).find(existsSync);
  const [dbf, prj, cpg] = ['.dbf', '.prj', '.cpg'].map(sibling);
  if (!dbf)
    throw new GeoInputError(name, 'missing .dbf beside the .shp (attributes are needed for the code)');
  const parts: Parts = {
    shp: readFileSync(file),
    dbf: readFileSync(dbf),
    dbfName: basename(dbf),
    prj: prj ? readFileSync(prj) : undefined,
    cpg: cpg ? readFileSync(cpg) : undefined,
  };
  return read(parts, name, basename(file), []);
}

async function readZip(entries: Record<string, Uint8Array>, name: string): Promise<ShapefileInput> {
  const names = Object.keys(entries).filter((entry) => !entry.startsWith('__MACOSX') && !entry.endsWith('/'));
  const partOf = (shp: string, extension: string) => {
    const stem = shp.slice(0, -4).toLowerCase();
    const entry = names.find((candidate) => candidate.toLowerCase() === stem + extension);
    return entry === undefined ? undefined : { entry, bytes: entries[entry] };
  };
  const shapefiles = names.filter((entry) => entry.toLowerCase().endsWith('.shp')).sort();
  if (shapefiles.length === 0) throw new GeoInputError(name, 'zip holds no .shp with its .dbf');
  const listed = `${shapefiles.length} shapefiles (${shapefiles.map((entry) => basename(entry)).join(', ')})`;
  const withCode = shapefiles.filter((shp) => {
    const dbf = partOf(shp, '.dbf');
    const header = dbf && readDbfHeader(dbf.bytes);
    return header !== undefined && 'fields' in header && hasMunicipalCodeField(header.fields);
  });
  let chosen = shapefiles[0];
  const notes: string[] = [];
  if (shapefiles.length > 1) {
    const municipal = withCode.filter((shp) => /mpio|adm2/i.test(basename(shp)));
    const pick = withCode.length === 1 ? withCode : municipal;
    if (withCode.length === 0) {
      throw new GeoInputError(
        name,
        `zip holds ${listed}; none has a DIVIPOLA code field (${CODE_FIELDS_HELP})`,
      );
    }
    if (pick.length !== 1) {
      throw new GeoInputError(
        name,
        `zip holds ${listed}; several have a code field (${withCode.map((e) => basename(e)).join(', ')}): unzip and pass the municipal layer's .shp`,
      );
    }
    chosen = pick[0];
    notes.push(`${name} holds ${listed}; using ${basename(chosen)}, the one with a municipal code field`);
  }
  const dbf = partOf(chosen, '.dbf');
  const parts: Parts = {
    shp: entries[chosen],
    dbf: dbf?.bytes,
    dbfName: basename(dbf?.entry ?? `${chosen.slice(0, -4)}.dbf`),
    prj: partOf(chosen, '.prj')?.bytes,
    cpg: partOf(chosen, '.cpg')?.bytes,
  };
  if (!parts.dbf) throw new GeoInputError(name, `zip holds ${basename(chosen)} without its .dbf`);
  return read(parts, name, basename(chosen), notes);
}

async function read(parts: Parts, name: string, layer: string, notes: string[]): Promise<ShapefileInput> {
  const header = parts.dbf && readDbfHeader(parts.dbf);
  if (header && 'problem' in header) {
    throw new GeoInputError(name, `unreadable .dbf (${parts.dbfName} ${header.problem})`);
  }
  const decode = (bytes: Uint8Array | undefined) => (bytes ? new TextDecoder().decode(bytes) : undefined);
  const cpg = decode(parts.cpg);
  const collection = await readShapefile(parts.shp, parts.dbf, {
    encoding: cpg && /utf-?8/i.test(cpg) ? 'utf-8' : 'windows-1252',
  });
  return { collection, prj: decode(parts.prj), layer, notes };
}
