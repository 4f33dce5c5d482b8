/**
 * The columnar form of intervention records used by the aggregation engine: one typed array per
 * field, index i = record i. Codes index the taxonomy constants of `taxonomy.ts`
 * (`PILLARS`, `INTERVENTION_TYPES`, `STATUSES`); agencies index `agencies`. Missing optional
 * measures are 0. Built by `toColumns`; plain data, so it can be posted to a worker.
 */
export interface InterventionColumns {
  count: number;
  ids: string[];
  lon: Float64Array;
  lat: Float64Array;
  pillar: Uint8Array;
  type: Uint8Array;
  status: Uint8Array;
  agency: Uint16Array;
  agencies: string[];
  /** Days since 1970-01-01 (see `dayNumber`). */
  startDay: Int32Array;
  /** Days since 1970-01-01; `OPEN_END` when the intervention has no end date. */
  endDay: Int32Array;
  budget: Float64Array;
  beneficiaries: Float64Array;
  hectares: Float64Array;
  seizedKg: Float64Array;
  labs: Float64Array;
  arrests: Float64Array;
  /** The record's own DIVIPOLA code as a number (52835 for "52835"). */
  divipola: Int32Array;
}

/** `endDay` of an intervention without an end date (still running). */
export const OPEN_END = 0x7fffffff;

/**
 * Zero-filled columns for `count` records (ids empty), to be filled in place by a builder.
 *
 * @example const columns = allocateColumns(3, ['ART']); columns.budget.length; // 3
 */
export function allocateColumns(count: number, agencies: string[]): InterventionColumns {
  return {
    count,
    ids: new Array<string>(count),
    lon: new Float64Array(count),
    lat: new Float64Array(count),
    pillar: new Uint8Array(count),
    type: new Uint8Array(count),
    status: new Uint8Array(count),
    agency: new Uint16Array(count),
    agencies,
    startDay: new Int32Array(count),
    endDay: new Int32Array(count),
    budget: new Float64Array(count),
    beneficiaries: new Float64Array(count),
    hectares: new Float64Array(count),
    seizedKg: new Float64Array(count),
    labs: new Float64Array(count),
    arrests: new Float64Array(count),
    divipola: new Int32Array(count),
  };
}
