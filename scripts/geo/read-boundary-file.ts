/**
 * Reads a municipal boundary file: the committed DANE MGN 2018 TopoJSON by default, or a file given
 * to `geo:build --municipalities` (a newer MGN vintage or OCHA's COD-AB, as shapefile, zipped
 * shapefile, GeoJSON or TopoJSON). Reprojects to longitude/latitude and keys every polygon by its
 * 5-digit DIVIPOLA code; keeps MGN's official areas (`MPIO_NAREA`), names and vintage, and the
 * department polygons when the file has them (the TopoJSON object `MGN_DPTO_POLITICO`).
 * Every failure is a GeoInputError naming the file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { feature as topojsonFeature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { CrsCode } from '../../src/geo/crs/colombian-crs.ts';
import { reprojector } from '../../src/geo/crs/reprojector.ts';
import type { AreaFeature } from './area-feature.ts';
import { CODE_FIELDS_HELP, divipolaOf, sourceNameOf } from './divipola-of.ts';
import { GeoInputError } from './geo-input-error.ts';
import { readShapefileInput } from './read-shapefile-input.ts';
import { resolveInputCrs } from './resolve-input-crs.ts';

export interface BoundaryFile {
  municipalities: AreaFeature[];
  /** Department polygons keyed by 2-digit code (`divipola` holds it), when the file has them. */
  departments: AreaFeature[] | null;
  /** DIVIPOLA → the file's own name (MGN upper case, COD-AB `ADM2_ES`). */
  names: Map<string, string>;
  /** DIVIPOLA → official area in km² (`MPIO_NAREA`); empty when the file has none (COD-AB). */
  officialAreas: Map<string, number>;
  crs: CrsCode;
  /** Vintage from `MPIO_NANO` when present. */
  year: string | null;
  /** Whose field names the file uses: DANE's MGN or OCHA's COD-AB (`ADM2_PCODE`). */
  schema: 'MGN' | 'COD-AB';
  /** The layer used: TopoJSON object or shapefile name. */
  layer: string;
  /** Things the build should print (e.g. which shapefile of a zip was used). */
  notes: string[];
}

type Polygonal = Feature<Polygon | MultiPolygon, Record<string, unknown> | null>;

/**
 * @example
 * await readBoundaryFile('data/sources/MGN2018_colombia.topojson')
 * // => { municipalities: [1,122 features], departments: [33], crs: 'EPSG:4326', year: '2018', … }
 */
export async function readBoundaryFile(file: string): Promise<BoundaryFile> {
  const name = basename(file);
  if (!existsSync(file)) throw new GeoInputError(name, 'file not found or unreadable');
  const raw = await readCollections(file, name);
  const polygons = polygonsOf(raw.municipalities);
  if (polygons.length === 0)
    throw new GeoInputError(name, 'no polygon features (expected municipal polygons)');
  const crs = resolveInputCrs(name, {
    prj: raw.prj,
    crsName: raw.crsName,
    sample: samplePositions(polygons),
  });
  const toLonLat = reprojector(crs);
  const names = new Map<string, string>();
  const officialAreas = new Map<string, number>();
  let year: string | null = null;
  const municipalities = polygons.map((item): AreaFeature => {
    const properties = item.properties ?? {};
    const code = divipolaOf(properties);
    if (!code) {
      const found = Object.keys(properties).join(', ') || 'none';
      throw new GeoInputError(name, `no DIVIPOLA code field (need ${CODE_FIELDS_HELP}; found: ${found})`);
    }
    const sourceName = sourceNameOf(properties);
    if (sourceName) names.set(code, sourceName);
    const area = Number(properties.MPIO_NAREA);
    if (properties.MPIO_NAREA !== undefined && Number.isFinite(area) && area > 0)
      officialAreas.set(code, area);
    if (properties.MPIO_NANO !== undefined && year === null) year = String(properties.MPIO_NANO);
    return { type: 'Feature', properties: { divipola: code }, geometry: reproject(item.geometry, toLonLat) };
  });
  const departments =
    raw.departments &&
    polygonsOf(raw.departments).flatMap((item): AreaFeature[] => {
      const code = String(item.properties?.DPTO_CCDGO ?? '').trim();
      return /^\d{2}$/.test(code)
        ? [{ type: 'Feature', properties: { divipola: code }, geometry: reproject(item.geometry, toLonLat) }]
        : [];
    });
  const first = polygons[0].properties ?? {};
  const schema = Object.keys(first).some((field) => /^MPIO_/i.test(field)) ? 'MGN' : 'COD-AB';
  return {
    municipalities,
    departments,
    names,
    officialAreas,
    crs,
    year,
    schema,
    layer: raw.layer,
    notes: raw.notes,
  };
}

interface RawInput {
  municipalities: FeatureCollection<Geometry | null>;
  departments: FeatureCollection<Geometry | null> | null;
  prj?: string;
  crsName?: string;
  layer: string;
  notes: string[];
}

async function readCollections(file: string, name: string): Promise<RawInput> {
  const extension = extname(file).toLowerCase();
  try {
    if (extension === '.zip' || extension === '.shp') {
      const input = await readShapefileInput(file, name);
      return { municipalities: input.collection, departments: null, ...input };
    }
    const json = JSON.parse(readFileSync(file, 'utf8'));
    if (json?.type === 'Topology') return topologyLayers(json as Topology, name);
    if (json?.type === 'FeatureCollection') {
      return {
        municipalities: json,
        departments: null,
        crsName: json.crs?.properties?.name,
        layer: name,
        notes: [],
      };
    }
    throw new GeoInputError(name, 'not a shapefile, GeoJSON FeatureCollection or TopoJSON Topology');
  } catch (error) {
    if (error instanceof GeoInputError) throw error;
    throw new GeoInputError(name, `unreadable (${(error as Error).message})`);
  }
}

/** The municipal object (name with MPIO or adm2, else the first) and a department object (DPTO). */
function topologyLayers(topology: Topology, name: string): RawInput {
  const keys = Object.keys(topology.objects);
  const municipal = keys.find((key) => /mpio|adm2/i.test(key)) ?? keys[0];
  const department = keys.find((key) => /dpto/i.test(key) && key !== municipal);
  if (municipal === undefined) throw new GeoInputError(name, 'TopoJSON without objects');
  const collection = (key: string) =>
    topojsonFeature(
      topology,
      topology.objects[key] as GeometryCollection,
    ) as FeatureCollection<Geometry | null>;
  return {
    municipalities: collection(municipal),
    departments: department === undefined ? null : collection(department),
    layer: municipal,
    notes: [],
  };
}

function polygonsOf(collection: FeatureCollection<Geometry | null>): Polygonal[] {
  return collection.features.filter(
    (item): item is Polygonal => item.geometry?.type === 'Polygon' || item.geometry?.type === 'MultiPolygon',
  );
}

function samplePositions(polygons: readonly Polygonal[]): [number, number][] {
  return polygons.slice(0, 20).map((item) => {
    const ring =
      item.geometry.type === 'Polygon' ? item.geometry.coordinates[0] : item.geometry.coordinates[0][0];
    return [ring[0][0], ring[0][1]];
  });
}

function reproject<G extends Polygon | MultiPolygon>(
  geometry: G,
  toLonLat: (x: number, y: number) => [number, number],
): G {
  const ring = (positions: Position[]) => positions.map(([x, y]) => toLonLat(x, y));
  return (geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map(ring) }
    : {
        type: 'MultiPolygon',
        coordinates: geometry.coordinates.map((polygon) => polygon.map(ring)),
      }) as unknown as G;
}
