import { dayNumber } from './day-number';
import type { InterventionColumns } from './intervention-columns';
import type { FilterDimension, InterventionFilters } from './intervention-filters';
import { INTERVENTION_TYPES, PILLARS, STATUSES } from './taxonomy';

/** Zone assignments per layer id: `zones[layer][i]` = zone (feature index) of intervention i, or -1. */
export type ZoneAssignments = Readonly<Record<string, Int32Array>>;

/**
 * Computes the base mask of one filter dimension: 1 where intervention i passes that dimension
 * alone. `filterInterventions` ANDs the six masks; an aggregator keeps them and recomputes only
 * the dimension that changed. A zone filter on a layer missing from `zones` selects nothing.
 *
 * @example
 * const mask = filterDimensionMask(columns, { statuses: ['completed'] }, 'status', {});
 * mask[0]; // 1 if record 0 is completed
 */
export function filterDimensionMask(
  columns: InterventionColumns,
  filters: InterventionFilters,
  dimension: FilterDimension,
  zones: ZoneAssignments,
): Uint8Array {
  const mask = new Uint8Array(columns.count);
  switch (dimension) {
    case 'pillar':
      return codeMask(mask, columns.pillar, filters.pillars, PILLARS);
    case 'type':
      return codeMask(mask, columns.type, filters.types, INTERVENTION_TYPES);
    case 'status':
      return codeMask(mask, columns.status, filters.statuses, STATUSES);
    case 'agency':
      return codeMask(mask, columns.agency, filters.agencies, columns.agencies);
    case 'date': {
      const from = filters.dateRange?.from ? dayNumber(filters.dateRange.from) : -Infinity;
      const to = filters.dateRange?.to ? dayNumber(filters.dateRange.to) : Infinity;
      const { startDay, endDay } = columns;
      for (let i = 0; i < mask.length; i++) mask[i] = startDay[i] <= to && endDay[i] >= from ? 1 : 0;
      return mask;
    }
    case 'zone': {
      if (!filters.zone) return mask.fill(1);
      const assignment = zones[filters.zone.layer];
      if (!assignment) return mask;
      const zone = filters.zone.zone;
      for (let i = 0; i < mask.length; i++) mask[i] = assignment[i] === zone ? 1 : 0;
      return mask;
    }
  }
}

function codeMask(
  mask: Uint8Array,
  codes: ArrayLike<number>,
  selected: readonly string[] | undefined,
  vocabulary: readonly string[],
): Uint8Array {
  if (selected === undefined) return mask.fill(1);
  const allowed = new Uint8Array(Math.max(vocabulary.length, 1));
  for (const value of selected) {
    const code = vocabulary.indexOf(value);
    if (code >= 0) allowed[code] = 1;
  }
  for (let i = 0; i < mask.length; i++) mask[i] = allowed[codes[i]] ?? 0;
  return mask;
}
