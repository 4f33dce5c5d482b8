/**
 * Accepted point records of one imported dataset, as columns: typed arrays for numbers and codes,
 * `TextColumn`s for text. No object per row, so a 1M-row dataset is a few dozen buffers that a
 * worker transfers whole (`importedPointsBuffers`). Missing values are explicit: categories are
 * `UNCLASSIFIED`, dates `NO_DAY`, measures NaN, DIVIPOLA 0.
 *
 * @example
 * const builder = importedPointsBuilder(['Observaciones']);
 * const record = builder.record; // fill the scratch record, then
 * builder.add();
 * const points = builder.finish();
 * textAt(points.id, 0);
 */
import { UNCLASSIFIED } from '../geo/taxonomy';
import { MEASURE_FIELDS, type MeasureField } from './column-mapping';
import { grown, type TextColumn, textColumnBuffers, textColumnBuilder } from './text-column';

/** A missing date in `startDay` / `endDay`. */
export const NO_DAY = -2_147_483_648;

export interface ImportedPoints {
  count: number;
  lon: Float64Array;
  lat: Float64Array;
  /** The source row of each record (see `problems.ts`). */
  rowNumber: Int32Array;
  id: TextColumn;
  title: TextColumn;
  agency: TextColumn;
  /** Index into PILLARS / INTERVENTION_TYPES / STATUSES, or UNCLASSIFIED. */
  pillar: Uint8Array;
  type: Uint8Array;
  status: Uint8Array;
  /** Days since 1970-01-01, or NO_DAY. */
  startDay: Int32Array;
  endDay: Int32Array;
  /** NaN where the file gives no value. */
  measures: Record<MeasureField, Float64Array>;
  /** The record's municipality as a number (52835), 0 when unknown. */
  divipola: Int32Array;
  /** 1 when the record had no coordinates and sits at its municipality's interior point. */
  locatedByMunicipality: Uint8Array;
  /** Unmapped columns kept as attributes. */
  extra: { name: string; values: TextColumn }[];
}

/** The mutable record a validator fills for each accepted row before `add()`. */
export interface PointRecord {
  lon: number;
  lat: number;
  rowNumber: number;
  id: string;
  title: string;
  agency: string;
  pillar: number;
  type: number;
  status: number;
  startDay: number;
  endDay: number;
  measures: Record<MeasureField, number>;
  divipola: number;
  locatedByMunicipality: boolean;
  extra: string[];
}

export function importedPointsBuilder(extraNames: readonly string[]) {
  let count = 0;
  let capacity = 1024;
  const numeric = {
    lon: new Float64Array(capacity),
    lat: new Float64Array(capacity),
    rowNumber: new Int32Array(capacity),
    pillar: new Uint8Array(capacity),
    type: new Uint8Array(capacity),
    status: new Uint8Array(capacity),
    startDay: new Int32Array(capacity),
    endDay: new Int32Array(capacity),
    divipola: new Int32Array(capacity),
    locatedByMunicipality: new Uint8Array(capacity),
  };
  const measures = Object.fromEntries(
    MEASURE_FIELDS.map((field) => [field, new Float64Array(capacity)]),
  ) as Record<MeasureField, Float64Array>;
  const text = { id: textColumnBuilder(), title: textColumnBuilder(), agency: textColumnBuilder() };
  const extra = extraNames.map(() => textColumnBuilder());
  const record: PointRecord = emptyRecord(extraNames.length);
  const keys = Object.keys(numeric) as (keyof typeof numeric)[];

  return {
    record,
    /** Appends a copy of `record`. */
    add() {
      if (count === capacity) {
        capacity *= 2;
        for (const key of keys)
          growInPlace(numeric as unknown as Record<string, Float64Array>, key, capacity);
        for (const field of MEASURE_FIELDS) measures[field] = grown(measures[field], capacity);
      }
      numeric.lon[count] = record.lon;
      numeric.lat[count] = record.lat;
      numeric.rowNumber[count] = record.rowNumber;
      numeric.pillar[count] = record.pillar;
      numeric.type[count] = record.type;
      numeric.status[count] = record.status;
      numeric.startDay[count] = record.startDay;
      numeric.endDay[count] = record.endDay;
      numeric.divipola[count] = record.divipola;
      numeric.locatedByMunicipality[count] = record.locatedByMunicipality ? 1 : 0;
      for (const field of MEASURE_FIELDS) measures[field][count] = record.measures[field];
      text.id.push(record.id);
      text.title.push(record.title);
      text.agency.push(record.agency);
      for (let index = 0; index < extra.length; index++) extra[index].push(record.extra[index]);
      count++;
    },
    finish(): ImportedPoints {
      const trim = <T extends Float64Array | Int32Array | Uint8Array>(array: T) => array.slice(0, count) as T;
      return {
        count,
        lon: trim(numeric.lon),
        lat: trim(numeric.lat),
        rowNumber: trim(numeric.rowNumber),
        id: text.id.finish(),
        title: text.title.finish(),
        agency: text.agency.finish(),
        pillar: trim(numeric.pillar),
        type: trim(numeric.type),
        status: trim(numeric.status),
        startDay: trim(numeric.startDay),
        endDay: trim(numeric.endDay),
        measures: Object.fromEntries(MEASURE_FIELDS.map((field) => [field, trim(measures[field])])) as Record<
          MeasureField,
          Float64Array
        >,
        divipola: trim(numeric.divipola),
        locatedByMunicipality: trim(numeric.locatedByMunicipality),
        extra: extraNames.map((name, index) => ({ name, values: extra[index].finish() })),
      };
    },
  };
}

function emptyRecord(extraCount: number): PointRecord {
  return {
    lon: 0,
    lat: 0,
    rowNumber: 0,
    id: '',
    title: '',
    agency: '',
    pillar: UNCLASSIFIED,
    type: UNCLASSIFIED,
    status: UNCLASSIFIED,
    startDay: NO_DAY,
    endDay: NO_DAY,
    measures: Object.fromEntries(MEASURE_FIELDS.map((field) => [field, Number.NaN])) as Record<
      MeasureField,
      number
    >,
    divipola: 0,
    locatedByMunicipality: false,
    extra: new Array<string>(extraCount).fill(''),
  };
}

/** Every buffer of the dataset, for `postMessage(points, { transfer })`. */
export function importedPointsBuffers(points: ImportedPoints): ArrayBuffer[] {
  const arrays = [
    points.lon,
    points.lat,
    points.rowNumber,
    points.pillar,
    points.type,
    points.status,
    points.startDay,
    points.endDay,
    points.divipola,
    points.locatedByMunicipality,
    ...Object.values(points.measures),
  ];
  return [
    ...arrays.map((array) => array.buffer as ArrayBuffer),
    ...[points.id, points.title, points.agency, ...points.extra.map((column) => column.values)].flatMap(
      textColumnBuffers,
    ),
  ];
}

function growInPlace(arrays: Record<string, Float64Array>, key: string, capacity: number): void {
  arrays[key] = grown(arrays[key], capacity);
}
