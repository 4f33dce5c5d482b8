/**
 * Validates the rows of a points dataset with a mapping and settings, and builds the accepted
 * records as columns. Only a location is required: a record without pillar, type, status or
 * dates is kept as unclassified. A row is rejected when it cannot be placed or a value is invalid
 * (latitude 107, 2023-02-30, a negative budget, a type of another pillar, an end before its start).
 *
 * @example
 * const { points, rows, rejected } = await validatePoints(opened, mapping, settings, { gazetteer, log });
 */
import type { Geometry } from 'geojson';
import type { CrsCode } from '../geo/crs/colombian-crs';
import { reprojector } from '../geo/crs/reprojector';
import { INTERVENTION_TYPES, PILLARS, STATUSES, UNCLASSIFIED } from '../geo/taxonomy';
import { type CellValue, cellText } from './cell-value';
import { type ColumnMapping, MEASURE_FIELDS, type RecordField } from './column-mapping';
import type { Gazetteer } from './gazetteer';
import { dateOrderOf, type ImportSettings, numberFormatOf } from './import-settings';
import { importedPointsBuilder, NO_DAY, type PointRecord } from './imported-points';
import { rowLocator } from './locate-row';
import { parseNumber } from './number-format';
import type { BatchOptions, OpenedSource } from './opened-source';
import { isoDate, parseDate } from './parse-date';
import type { ProblemLog } from './problem-log';
import { fileProblem, type ProblemParams, type RowProblemCode, rowProblem } from './problems';
import { categoryRecogniser, isUnclassifiedText } from './recognise-category';
import { insideColombia } from './sample-positions';

export interface ValidationContext extends BatchOptions {
  gazetteer: Gazetteer;
  log: ProblemLog;
}

export async function validatePoints(
  opened: OpenedSource,
  mapping: ColumnMapping,
  settings: ImportSettings & { crs: CrsCode },
  context: ValidationContext,
) {
  const column = (header: string | undefined) => (header === undefined ? -1 : opened.headers.indexOf(header));
  const builder = importedPointsBuilder(mapping.extra);
  const extraIndices = mapping.extra.map(column);
  const { location } = mapping;
  const locate = rowLocator({
    longitude: column(location.longitude),
    latitude: column(location.latitude),
    latLonText: column(location.latLonText),
    wkt: column(location.wkt),
    divipola: column(location.divipola),
    municipality: column(location.municipality),
    department: column(location.department),
    longitudeFormat: numberFormatOf(settings, location.longitude),
    latitudeFormat: numberFormatOf(settings, location.latitude),
    reproject: reprojector(settings.crs),
    swap: settings.swapLatLon,
    gazetteer: context.gazetteer,
  });
  const readFields = fieldReader(mapping, settings, column, context.log);
  let rows = 0;
  let rejected = 0;
  let byMunicipality = 0;
  for await (const batch of opened.batches(context)) {
    batch.rows.forEach((row, index) => {
      rows++;
      const rowNumber = batch.rowNumbers[index];
      if (!accept(row, rowNumber, batch.geometries?.[index])) rejected++;
    });
  }
  function accept(row: CellValue[], rowNumber: number, geometry: Geometry | null | undefined): boolean {
    const record = builder.record;
    const id = readFields(row, rowNumber, record);
    const place = locate(row, geometry);
    if ('problem' in place) context.log.add(rowProblem(place.problem, rowNumber, id, place.params));
    if (record.rowNumber < 0 || 'problem' in place) return false;
    record.lon = place.lon;
    record.lat = place.lat;
    record.locatedByMunicipality = place.byMunicipality;
    if (place.municipality) record.divipola = Number(place.municipality.code);
    if (place.byMunicipality) byMunicipality++;
    else if (!insideColombia(place.lon, place.lat)) {
      context.log.add(rowProblem('outsideColombia', rowNumber, id, { lon: place.lon, lat: place.lat }));
    }
    extraIndices.forEach((index, position) => {
      record.extra[position] = index < 0 ? '' : cellText(row[index]);
    });
    builder.add();
    return true;
  }
  if (byMunicipality > 0)
    context.log.add(fileProblem('locatedByMunicipalityRows', { count: byMunicipality }));
  return { points: builder.finish(), rows, rejected };
}

/**
 * Reads the record fields of a row into `record` (its `rowNumber` set to -1 when a value is
 * invalid) and returns the row's id for problem reports.
 */
function fieldReader(
  mapping: ColumnMapping,
  settings: ImportSettings,
  column: (header: string | undefined) => number,
  log: ProblemLog,
) {
  const index = Object.fromEntries(
    Object.entries(mapping.fields).map(([field, header]) => [field, column(header)]),
  ) as Partial<Record<RecordField, number>>;
  const at = (row: CellValue[], field: RecordField): CellValue => {
    const position = index[field] ?? -1;
    return position < 0 ? null : row[position];
  };
  const recognise = categoryRecogniser();
  const warned = new Set<string>();
  const mappedMeasures = MEASURE_FIELDS.filter((field) => mapping.fields[field] !== undefined);
  const formats = Object.fromEntries(
    MEASURE_FIELDS.map((field) => [field, numberFormatOf(settings, mapping.fields[field])]),
  );
  const startOrder = dateOrderOf(settings, mapping.fields.startDate);
  const endOrder = dateOrderOf(settings, mapping.fields.endDate);

  let current = { row: [] as CellValue[], rowNumber: 0, id: null as string | null, valid: true };
  const fail = (code: RowProblemCode, params: ProblemParams) => {
    log.add(rowProblem(code, current.rowNumber, current.id, params));
    current.valid = false;
  };
  const category = (field: 'pillar' | 'type' | 'status', codes: readonly string[]): number => {
    const text = cellText(at(current.row, field));
    if (text === '') return UNCLASSIFIED;
    const code = recognise(field, text);
    if (code !== null) return codes.indexOf(code);
    if (isUnclassifiedText(text)) return UNCLASSIFIED;
    if (!warned.has(`${field}\u0000${text}`)) {
      warned.add(`${field}\u0000${text}`);
      log.add(
        rowProblem('unrecognisedCategory', current.rowNumber, current.id, {
          field,
          value: text.slice(0, 80),
        }),
      );
    }
    return UNCLASSIFIED;
  };

  return (row: CellValue[], rowNumber: number, record: PointRecord): string | null => {
    const id = cellText(at(row, 'id'));
    current = { row, rowNumber, id: id === '' ? null : id, valid: true };
    record.rowNumber = rowNumber;
    record.id = id;
    record.title = cellText(at(row, 'title'));
    record.agency = cellText(at(row, 'agency'));
    record.divipola = 0;
    record.status = category('status', STATUSES);
    record.type = category('type', INTERVENTION_TYPES);
    record.pillar = category('pillar', PILLARS);
    if (record.type !== UNCLASSIFIED) {
      const implied = PILLARS.indexOf(
        INTERVENTION_TYPES[record.type].split('-')[0] as (typeof PILLARS)[number],
      );
      if (record.pillar === UNCLASSIFIED) record.pillar = implied;
      else if (record.pillar !== implied) {
        fail('typeNotInPillar', { type: INTERVENTION_TYPES[record.type], pillar: PILLARS[record.pillar] });
      }
    }
    record.startDay = readDate(at(row, 'startDate'), startOrder, 'startDate', fail);
    record.endDay = readDate(at(row, 'endDate'), endOrder, 'endDate', fail);
    if (record.startDay !== NO_DAY && record.endDay !== NO_DAY && record.endDay < record.startDay) {
      fail('endBeforeStart', { start: isoDate(record.startDay), end: isoDate(record.endDay) });
    }
    for (const field of mappedMeasures) {
      const value = parseNumber(at(row, field), formats[field]);
      record.measures[field] = value ?? Number.NaN;
      if (value === null) continue;
      if (Number.isNaN(value)) fail('invalidNumber', { field, value: cellText(at(row, field)).slice(0, 40) });
      else if (value < 0) fail('negativeValue', { field, value });
    }
    if (!current.valid) record.rowNumber = -1;
    return current.id;
  };
}

function readDate(
  value: CellValue,
  order: 'dmy' | 'mdy',
  field: string,
  fail: (code: RowProblemCode, params: ProblemParams) => void,
): number {
  const day = parseDate(value, order);
  if (day === null) return NO_DAY;
  if (Number.isNaN(day)) {
    fail('invalidDate', { field, value: cellText(value).slice(0, 40) });
    return NO_DAY;
  }
  return day;
}
