/**
 * Raw positions (as written in the file, before any CRS) from the first rows, for deciding the
 * coordinate system and spotting swapped latitude/longitude; and the Colombia test used for the
 * "outside Colombia" warning.
 *
 * @example
 * samplePositions(rows, geometries, { longitude: 3, latitude: 2 }, formats) // => [[-74.1, 4.6], …]
 */
import { wktToGeoJSON } from '@terraformer/wkt';
import type { Geometry, Position } from 'geojson';
import { COLOMBIA_BBOX } from '../geo/crs/colombian-crs';
import { type CellValue, cellText } from './cell-value';
import { type NumberFormat, parseNumber } from './number-format';

/** Lon/lat inside Colombia's extent (with margin, San Andrés included). */
export function insideColombia(lon: number, lat: number): boolean {
  const [west, south, east, north] = COLOMBIA_BBOX;
  return lon >= west && lon <= east && lat >= south && lat <= north;
}

interface PositionColumns {
  longitude: number;
  latitude: number;
  latLonText: number;
  wkt: number;
}

/** Up to `limit` positions [x, y] from geometries or coordinate columns (first vertex of shapes). */
export function samplePositions(
  rows: readonly CellValue[][],
  geometries: readonly (Geometry | null)[] | undefined,
  columns: PositionColumns,
  formats: { longitude: NumberFormat; latitude: NumberFormat },
  limit = 500,
): [number, number][] {
  const positions: [number, number][] = [];
  for (let index = 0; index < rows.length && positions.length < limit; index++) {
    const position = geometries
      ? firstPosition(geometries[index])
      : rowPosition(rows[index], columns, formats);
    if (position && Number.isFinite(position[0]) && Number.isFinite(position[1])) positions.push(position);
  }
  return positions;
}

function rowPosition(
  row: readonly CellValue[],
  columns: PositionColumns,
  formats: { longitude: NumberFormat; latitude: NumberFormat },
): [number, number] | null {
  if (columns.longitude >= 0 && columns.latitude >= 0) {
    const x = parseNumber(row[columns.longitude], formats.longitude);
    const y = parseNumber(row[columns.latitude], formats.latitude);
    if (x !== null && y !== null) return [x, y];
  }
  if (columns.latLonText >= 0) {
    const parts = cellText(row[columns.latLonText])
      .split(/[\s,;]+/)
      .map(Number);
    if (parts.length >= 2) return [parts[1], parts[0]];
  }
  if (columns.wkt >= 0 && cellText(row[columns.wkt]) !== '') {
    try {
      return firstPosition(wktToGeoJSON(cellText(row[columns.wkt]).replace(/^SRID=\d+;/i, '')));
    } catch {
      return null;
    }
  }
  return null;
}

/** The first vertex of any geometry. */
export function firstPosition(geometry: Geometry | null | undefined): [number, number] | null {
  if (!geometry) return null;
  if (geometry.type === 'GeometryCollection') return firstPosition(geometry.geometries[0]);
  let coordinates: unknown = geometry.coordinates;
  while (Array.isArray(coordinates) && Array.isArray(coordinates[0])) coordinates = coordinates[0];
  const position = coordinates as Position | undefined;
  return position && position.length >= 2 ? [Number(position[0]), Number(position[1])] : null;
}
