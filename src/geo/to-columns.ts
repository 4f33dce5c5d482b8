import { dayNumber } from './day-number';
import { allocateColumns, type InterventionColumns, OPEN_END } from './intervention-columns';
import type { InterventionFeature } from './intervention-feature';
import { INTERVENTION_TYPES, PILLARS, STATUSES } from './taxonomy';

/**
 * Converts validated intervention features into columns (typed arrays) for fast filtering and
 * aggregation. Agencies are coded in order of first appearance (or after `options.agencies`, to
 * keep codes stable across loads). Missing optional measures become 0.
 *
 * @example
 * const columns = toColumns(collection.features);
 * columns.type[0]; // index into INTERVENTION_TYPES, e.g. 0 for 'SR-ERF'
 */
export function toColumns(
  features: readonly InterventionFeature[],
  options: { agencies?: readonly string[] } = {},
): InterventionColumns {
  const count = features.length;
  const agencies = [...(options.agencies ?? [])];
  const agencyCode = new Map(agencies.map((agency, index) => [agency, index]));
  const columns = allocateColumns(count, agencies);
  features.forEach((feature, i) => {
    const p = feature.properties;
    let agency = agencyCode.get(p.agency);
    if (agency === undefined) {
      agency = agencies.length;
      agencies.push(p.agency);
      agencyCode.set(p.agency, agency);
    }
    columns.ids[i] = p.id;
    columns.lon[i] = feature.geometry.coordinates[0];
    columns.lat[i] = feature.geometry.coordinates[1];
    columns.pillar[i] = PILLARS.indexOf(p.pillar);
    columns.type[i] = INTERVENTION_TYPES.indexOf(p.type);
    columns.status[i] = STATUSES.indexOf(p.status);
    columns.agency[i] = agency;
    columns.startDay[i] = dayNumber(p.start_date);
    columns.endDay[i] = p.end_date === null ? OPEN_END : dayNumber(p.end_date);
    columns.budget[i] = p.budget_cop;
    columns.beneficiaries[i] = p.beneficiaries;
    columns.hectares[i] = p.hectares ?? 0;
    columns.seizedKg[i] = p.seized_kg ?? 0;
    columns.labs[i] = p.labs ?? 0;
    columns.arrests[i] = p.arrests ?? 0;
    columns.divipola[i] = Number(p.divipola);
  });
  return columns;
}
