import type { InterventionColumns } from './intervention-columns';
import { INTERVENTION_TYPES } from './taxonomy';
import {
  METRIC_COUNT,
  PILLAR_COUNT,
  STATUS_COUNT,
  TYPE_COUNT,
  ZONE_METRICS,
  type ZoneAggregates,
} from './zone-aggregates';

const ERADICATION = INTERVENTION_TYPES.indexOf('SR-ERF');
const TITLING = INTERVENTION_TYPES.indexOf('RD-TIE');
const RESTORATION = INTERVENTION_TYPES.indexOf('EP-RES');
const CONSERVATION = INTERVENTION_TYPES.indexOf('EP-CON');
const BUDGET = ZONE_METRICS.indexOf('budget_cop');
const BENEFICIARIES = ZONE_METRICS.indexOf('beneficiaries');
const HECTARES_ERADICATED = ZONE_METRICS.indexOf('hectares_eradicated');
const HECTARES_TITLED = ZONE_METRICS.indexOf('hectares_titled');
const HECTARES_RESTORATION = ZONE_METRICS.indexOf('hectares_restoration');
const CONSERVATION_AGREEMENTS = ZONE_METRICS.indexOf('conservation_agreements');
const CONSERVATION_HECTARES = ZONE_METRICS.indexOf('conservation_hectares');
const LABS = ZONE_METRICS.indexOf('labs_destroyed');
const SEIZED = ZONE_METRICS.indexOf('seized_kg');
const ARRESTS = ZONE_METRICS.indexOf('arrests');

/**
 * Aggregates the interventions kept by `mask` into the zones of one layer (`assignment[i]` = zone
 * of intervention i, -1 = outside): counts by pillar, type, status and agency, plus the sums of
 * `ZONE_METRICS`, with an "outside" row and an "all" row (see `ZoneAggregates`). One pass over
 * the records; typed arrays out.
 *
 * @example
 * const aggregates = aggregateZones(columns, mask, municipalityAssignment, municipalities.features.length);
 * aggregates.count[aggregates.zoneCount + 1]; // interventions kept by the filters
 */
export function aggregateZones(
  columns: InterventionColumns,
  mask: Uint8Array,
  assignment: Int32Array,
  zoneCount: number,
): ZoneAggregates {
  const rows = zoneCount + 2;
  const agencyCount = columns.agencies.length;
  const result: ZoneAggregates = {
    zoneCount,
    agencies: [...columns.agencies],
    count: new Float64Array(rows),
    byPillar: new Float64Array(rows * PILLAR_COUNT),
    byType: new Float64Array(rows * TYPE_COUNT),
    byStatus: new Float64Array(rows * STATUS_COUNT),
    byAgency: new Float64Array(rows * agencyCount),
    metrics: new Float64Array(rows * METRIC_COUNT),
  };
  const { count, byPillar, byType, byStatus, byAgency, metrics } = result;
  const outside = zoneCount;
  for (let i = 0; i < columns.count; i++) {
    if (mask[i] !== 1) continue;
    const zone = assignment[i];
    const row = zone >= 0 && zone < zoneCount ? zone : outside;
    const type = columns.type[i];
    const hectares = columns.hectares[i];
    count[row]++;
    byPillar[row * PILLAR_COUNT + columns.pillar[i]]++;
    byType[row * TYPE_COUNT + type]++;
    byStatus[row * STATUS_COUNT + columns.status[i]]++;
    byAgency[row * agencyCount + columns.agency[i]]++;
    const m = row * METRIC_COUNT;
    metrics[m + BUDGET] += columns.budget[i];
    metrics[m + BENEFICIARIES] += columns.beneficiaries[i];
    if (type === ERADICATION) metrics[m + HECTARES_ERADICATED] += hectares;
    else if (type === TITLING) metrics[m + HECTARES_TITLED] += hectares;
    else if (type === RESTORATION) metrics[m + HECTARES_RESTORATION] += hectares;
    else if (type === CONSERVATION) {
      metrics[m + CONSERVATION_AGREEMENTS]++;
      metrics[m + CONSERVATION_HECTARES] += hectares;
    }
    metrics[m + LABS] += columns.labs[i];
    metrics[m + SEIZED] += columns.seizedKg[i];
    metrics[m + ARRESTS] += columns.arrests[i];
  }
  // the "all" row is the sum of the zone rows and "outside"
  for (const [values, width] of [
    [count, 1],
    [byPillar, PILLAR_COUNT],
    [byType, TYPE_COUNT],
    [byStatus, STATUS_COUNT],
    [byAgency, agencyCount],
    [metrics, METRIC_COUNT],
  ] as const) {
    const all = (zoneCount + 1) * width;
    for (let row = 0; row <= zoneCount; row++) {
      for (let k = 0; k < width; k++) values[all + k] += values[row * width + k];
    }
  }
  return result;
}
