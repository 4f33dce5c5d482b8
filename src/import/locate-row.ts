/**
 * Where one row is, in lon/lat: from its own geometry, its coordinate columns, a "lat lon [alt
 * acc]" text (KoboToolbox `gps`), a WKT point, or else its municipality's interior point
 * (`locatedByMunicipality`). Coordinates are swapped (when the user accepted that fix) and
 * reprojected before their ranges are checked, so latitude 107 is refused whatever the CRS.
 *
 * @example
 * const locate = rowLocator(compiled);
 * locate(row, geometry) // => { lon: -74.08, lat: 4.6, byMunicipality: false } or { problem: … }
 */
import { wktToGeoJSON } from '@terraformer/wkt';
import type { Geometry } from 'geojson';
import type { Reprojector } from '../geo/crs/reprojector';
import { type CellValue, cellText } from './cell-value';
import type { Gazetteer, MunicipalityEntry } from './gazetteer';
import { parseDivipola } from './gazetteer';
import type { NumberFormat } from './number-format';
import { parseNumber } from './number-format';
import type { ProblemParams, RowProblemCode } from './problems';

interface LocatorPlan {
  longitude: number;
  latitude: number;
  latLonText: number;
  wkt: number;
  divipola: number;
  municipality: number;
  department: number;
  longitudeFormat: NumberFormat;
  latitudeFormat: NumberFormat;
  reproject: Reprojector;
  swap: boolean;
  gazetteer: Gazetteer;
}

type Location =
  | { lon: number; lat: number; municipality: MunicipalityEntry | null; byMunicipality: boolean }
  | { problem: RowProblemCode; params: ProblemParams };

type Position = [number, number] | { problem: RowProblemCode; params: ProblemParams } | null;

export function rowLocator(plan: LocatorPlan) {
  const cell = (row: CellValue[], index: number) => (index < 0 ? null : row[index]);
  return (row: CellValue[], geometry: Geometry | null | undefined): Location => {
    const municipality = findMunicipality(
      plan,
      cell(row, plan.divipola),
      cell(row, plan.municipality),
      cell(row, plan.department),
    );
    const position = geometry ? geometryPosition(geometry) : coordinatePosition(plan, row);
    if (position !== null && !Array.isArray(position)) return position;
    if (position !== null)
      return checkedPosition(plan, position, 'entry' in municipality ? municipality.entry : null);
    if ('problem' in municipality) return municipality;
    if (!('entry' in municipality)) return { problem: 'noLocation', params: {} };
    const { entry } = municipality;
    if (!entry.point)
      return { problem: 'municipalityWithoutPoint', params: { code: entry.code, name: entry.name } };
    return { lon: entry.point[0], lat: entry.point[1], municipality: entry, byMunicipality: true };
  };
}

function coordinatePosition(plan: LocatorPlan, row: CellValue[]): Position {
  if (plan.longitude >= 0 && plan.latitude >= 0) {
    const x = parseNumber(row[plan.longitude], plan.longitudeFormat);
    const y = parseNumber(row[plan.latitude], plan.latitudeFormat);
    if (x !== null || y !== null) {
      if (x === null || Number.isNaN(x)) return invalid('longitude', row[plan.longitude]);
      if (y === null || Number.isNaN(y)) return invalid('latitude', row[plan.latitude]);
      return [x, y];
    }
  }
  if (plan.latLonText >= 0) {
    const text = cellText(row[plan.latLonText]);
    if (text !== '') {
      const parts = text.split(/[\s,;]+/).map(Number);
      if (parts.length < 2 || !Number.isFinite(parts[0]) || !Number.isFinite(parts[1]))
        return invalid('gps', text);
      return [parts[1], parts[0]];
    }
  }
  if (plan.wkt >= 0) {
    const text = cellText(row[plan.wkt]);
    if (text !== '') return wktPosition(text);
  }
  return null;
}

function wktPosition(text: string): Position {
  let geometry: Geometry;
  try {
    geometry = wktToGeoJSON(text.replace(/^SRID=\d+;/i, ''));
  } catch {
    return { problem: 'invalidWkt', params: { value: text.slice(0, 80) } };
  }
  return geometryPosition(geometry);
}

function geometryPosition(geometry: Geometry): Position {
  if (geometry.type === 'Point' && geometry.coordinates.length >= 2) {
    return [geometry.coordinates[0], geometry.coordinates[1]];
  }
  if (geometry.type === 'MultiPoint' && geometry.coordinates.length === 1) {
    return [geometry.coordinates[0][0], geometry.coordinates[0][1]];
  }
  return { problem: 'unsupportedGeometry', params: { geometryType: geometry.type } };
}

function checkedPosition(
  plan: LocatorPlan,
  [x, y]: [number, number],
  municipality: MunicipalityEntry | null,
): Location {
  const [lon, lat] = plan.reproject(plan.swap ? y : x, plan.swap ? x : y);
  if (!Number.isFinite(lon) || !Number.isFinite(lat))
    return { problem: 'invalidCoordinate', params: { field: 'position', value: `${x} ${y}` } };
  if (Math.abs(lat) > 90) return { problem: 'latitudeOutOfRange', params: { value: lat } };
  if (Math.abs(lon) > 180) return { problem: 'longitudeOutOfRange', params: { value: lon } };
  return { lon, lat, municipality, byMunicipality: false };
}

function invalid(field: string, value: CellValue): { problem: RowProblemCode; params: ProblemParams } {
  return { problem: 'invalidCoordinate', params: { field, value: cellText(value).slice(0, 80) } };
}

type MunicipalityLookup =
  | { entry: MunicipalityEntry }
  | { problem: RowProblemCode; params: ProblemParams }
  | { none: true };

/** The row's municipality from its DIVIPOLA code, else its names; problems only for given values. */
export function findMunicipality(
  plan: Pick<LocatorPlan, 'gazetteer'>,
  code: CellValue | undefined,
  name: CellValue | undefined,
  department: CellValue | undefined,
): MunicipalityLookup {
  const codeText = cellText(code ?? null);
  if (codeText !== '') {
    const parsed = parseDivipola(typeof code === 'number' ? code : codeText);
    const entry = parsed === null ? undefined : plan.gazetteer.byCode(parsed);
    return entry
      ? { entry }
      : { problem: 'unknownMunicipalityCode', params: { value: codeText.slice(0, 40) } };
  }
  const nameText = cellText(name ?? null);
  if (nameText === '') return { none: true };
  const departmentText = cellText(department ?? null);
  const match = plan.gazetteer.byName(nameText, departmentText);
  if ('entry' in match) return match;
  if ('ambiguous' in match) {
    const candidates = match.ambiguous
      .map((entry) => `${entry.name} (${entry.department}) ${entry.code}`)
      .join('; ');
    return { problem: 'ambiguousMunicipality', params: { municipality: nameText, candidates } };
  }
  return {
    problem: 'unknownMunicipality',
    params: { municipality: nameText, department: departmentText || '—' },
  };
}
