import { INTERVENTION_TYPES, PILLARS, STATUSES } from './taxonomy';

/**
 * The sums that `aggregateZones` keeps per row. Type-specific ones follow the agreed metrics:
 * hectares eradicated = `hectares` of SR-ERF; hectares titled = of RD-TIE; hectares in
 * restoration = of EP-RES; conservation agreements = count of EP-CON and their `hectares`; labs
 * destroyed, seizures (kg) and arrests = sums of `labs`, `seized_kg`, `arrests` over all records.
 */
export const ZONE_METRICS = [
  'budget_cop',
  'beneficiaries',
  'hectares_eradicated',
  'hectares_titled',
  'hectares_restoration',
  'conservation_agreements',
  'conservation_hectares',
  'labs_destroyed',
  'seized_kg',
  'arrests',
] as const;
export type ZoneMetric = (typeof ZONE_METRICS)[number];

/**
 * Per-zone aggregates in typed arrays. Rows `0 … zoneCount − 1` are the zones, row `zoneCount`
 * is "outside" (interventions in no zone of the layer) and row `zoneCount + 1` is "all". Each
 * breakdown is row-major: `byType[row * INTERVENTION_TYPES.length + typeCode]`.
 */
export interface ZoneAggregates {
  zoneCount: number;
  agencies: string[];
  count: Float64Array;
  byPillar: Float64Array;
  byType: Float64Array;
  byStatus: Float64Array;
  byAgency: Float64Array;
  metrics: Float64Array;
}

export const PILLAR_COUNT = PILLARS.length;
export const TYPE_COUNT = INTERVENTION_TYPES.length;
export const STATUS_COUNT = STATUSES.length;
export const METRIC_COUNT = ZONE_METRICS.length;
