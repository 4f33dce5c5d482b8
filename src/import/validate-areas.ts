/**
 * Validates the rows of an areas dataset: each polygon feature (or WKT polygon) becomes a zone,
 * named from the mapping's name column, reprojected to lon/lat, rewound to RFC 7946 (outer rings
 * counter-clockwise) and checked as `src/io/read-area-file.ts` checks an area (rings of at least
 * four finite positions, lon/lat in range, a vertex budget). Other geometries are rejected rows.
 *
 * @example
 * const { areas, rows, rejected } = await validateAreas(opened, mapping, settings, { log });
 * areas.collection.features[0].properties.name // 'Vereda La Esperanza'
 */
import { wktToGeoJSON } from '@terraformer/wkt';
import { rewind } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { CrsCode } from '../geo/crs/colombian-crs';
import { type Reprojector, reprojector } from '../geo/crs/reprojector';
import { type CellValue, cellText } from './cell-value';
import type { ColumnMapping } from './column-mapping';
import type { ImportSettings } from './import-settings';
import type { BatchOptions, OpenedSource } from './opened-source';
import type { ProblemLog } from './problem-log';
import { type ProblemParams, type RowProblemCode, rowProblem } from './problems';

export const MAX_AREA_VERTICES = 2_000_000;

/** A zone's name (from the mapping's name column, else file and row), its source row and the extra columns. */
export type AreaProperties = { name: string; row: number } & Record<string, string | number>;

export interface ImportedAreas {
  /** One zone per accepted feature. */
  collection: FeatureCollection<Polygon | MultiPolygon, AreaProperties>;
  vertices: number;
}

type Checked =
  | { geometry: Polygon | MultiPolygon; vertices: number }
  | { problem: RowProblemCode; params: ProblemParams };

export async function validateAreas(
  opened: OpenedSource,
  mapping: ColumnMapping,
  settings: ImportSettings & { crs: CrsCode },
  context: BatchOptions & { log: ProblemLog },
) {
  const column = (header: string | undefined) => (header === undefined ? -1 : opened.headers.indexOf(header));
  const nameIndex = column(mapping.areaName);
  const wktIndex = column(mapping.location.wkt);
  const extras = mapping.extra.map((name) => ({ name, index: column(name) }));
  const toLonLat = reprojector(settings.crs);
  const features: Feature<Polygon | MultiPolygon, AreaProperties>[] = [];
  let rows = 0;
  let vertices = 0;
  for await (const batch of opened.batches(context)) {
    batch.rows.forEach((row, index) => {
      rows++;
      const rowNumber = batch.rowNumbers[index];
      const name = nameIndex < 0 ? '' : cellText(row[nameIndex]);
      const checked = checkGeometry(
        geometryOf(row, batch.geometries?.[index], wktIndex),
        toLonLat,
        settings.swapLatLon,
      );
      if ('problem' in checked || vertices + checked.vertices > MAX_AREA_VERTICES) {
        const problem =
          'problem' in checked
            ? checked
            : {
                problem: 'tooManyVertices' as const,
                params: { vertices: vertices + checked.vertices, limit: MAX_AREA_VERTICES },
              };
        context.log.add(rowProblem(problem.problem, rowNumber, name || null, problem.params));
        return;
      }
      vertices += checked.vertices;
      const properties: AreaProperties = {
        name: name || `${opened.file} ${rowNumber}`,
        row: rowNumber,
      };
      for (const extra of extras) properties[extra.name] = extra.index < 0 ? '' : cellText(row[extra.index]);
      features.push({ type: 'Feature', properties, geometry: checked.geometry });
    });
  }
  const areas: ImportedAreas = { collection: { type: 'FeatureCollection', features }, vertices };
  return { areas, rows, rejected: rows - features.length };
}

function geometryOf(
  row: CellValue[],
  geometry: Geometry | null | undefined,
  wktIndex: number,
): Geometry | string | null {
  if (geometry !== undefined) return geometry;
  const text = wktIndex < 0 ? '' : cellText(row[wktIndex]);
  if (text === '') return null;
  try {
    return wktToGeoJSON(text.replace(/^SRID=\d+;/i, ''));
  } catch {
    return text;
  }
}

function checkGeometry(geometry: Geometry | string | null, toLonLat: Reprojector, swap: boolean): Checked {
  if (geometry === null) return { problem: 'noLocation', params: {} };
  if (typeof geometry === 'string')
    return { problem: 'invalidWkt', params: { value: geometry.slice(0, 80) } };
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
    return { problem: 'unsupportedGeometry', params: { geometryType: geometry.type } };
  }
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as unknown[];
  let vertices = 0;
  const converted: Position[][][] = [];
  for (const rings of polygons) {
    if (!Array.isArray(rings) || rings.length === 0)
      return invalidGeometry(geometry.type, 'a polygon without rings');
    const convertedRings: Position[][] = [];
    for (const ring of rings as unknown[]) {
      const result = convertRing(ring, toLonLat, swap);
      if (!Array.isArray(result))
        return { ...result, params: { geometryType: geometry.type, ...result.params } };
      vertices += result.length;
      convertedRings.push(result);
    }
    converted.push(convertedRings);
  }
  const output = (
    geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: converted[0] }
      : { type: 'MultiPolygon', coordinates: converted }
  ) as Polygon | MultiPolygon;
  return { geometry: rewind(output, { mutate: true }) as Polygon | MultiPolygon, vertices };
}

/** Positions reprojected and range-checked; the ring closed when its ends differ. */
function convertRing(
  ring: unknown,
  toLonLat: Reprojector,
  swap: boolean,
): Position[] | { problem: RowProblemCode; params: ProblemParams } {
  if (!Array.isArray(ring) || ring.length < 3)
    return { problem: 'invalidGeometry', params: { reason: 'a ring with fewer than four positions' } };
  const positions: Position[] = [];
  for (const position of ring) {
    if (!Array.isArray(position) || !Number.isFinite(position[0]) || !Number.isFinite(position[1])) {
      return { problem: 'invalidGeometry', params: { reason: 'a position that is not two numbers' } };
    }
    const [lon, lat] = swap ? toLonLat(position[1], position[0]) : toLonLat(position[0], position[1]);
    if (!(Math.abs(lat) <= 90)) return { problem: 'latitudeOutOfRange', params: { value: lat } };
    if (!(Math.abs(lon) <= 180)) return { problem: 'longitudeOutOfRange', params: { value: lon } };
    positions.push([lon, lat]);
  }
  const [first, last] = [positions[0], positions[positions.length - 1]];
  if (first[0] !== last[0] || first[1] !== last[1]) positions.push([first[0], first[1]]);
  if (positions.length < 4)
    return { problem: 'invalidGeometry', params: { reason: 'a ring with fewer than four positions' } };
  return positions;
}

function invalidGeometry(geometryType: string, reason: string): Checked {
  return { problem: 'invalidGeometry', params: { geometryType, reason } };
}
