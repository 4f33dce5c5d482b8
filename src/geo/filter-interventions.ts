import { andMasks } from './and-masks';
import { filterDimensionMask, type ZoneAssignments } from './filter-dimension-mask';
import type { InterventionColumns } from './intervention-columns';
import { FILTER_DIMENSIONS, type InterventionFilters } from './intervention-filters';

/**
 * Returns a mask (Uint8Array, 1 = kept) of the interventions that pass every filter: pillar,
 * type, status and agency sets, the date range (period overlap) and the zone. This is the full
 * recomputation; `createAggregator` does the same incrementally.
 *
 * @example
 * const mask = filterInterventions(columns, { types: ['SR-ERF'], zone: { layer: 'pdet', zone: 3 } }, {
 *   zones: { pdet: pdetAssignment },
 * });
 */
export function filterInterventions(
  columns: InterventionColumns,
  filters: InterventionFilters,
  options: { zones?: ZoneAssignments } = {},
): Uint8Array {
  return andMasks(
    FILTER_DIMENSIONS.map((dimension) =>
      filterDimensionMask(columns, filters, dimension, options.zones ?? {}),
    ),
    columns.count,
  );
}
