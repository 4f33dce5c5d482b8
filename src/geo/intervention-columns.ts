/**
 * The columnar form of intervention records used by the aggregation engine: one typed array per
 * field, index i = record i. Codes index the taxonomy constants of `src/io/schemas.ts`
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
