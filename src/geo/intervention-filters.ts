import type { InterventionType, Pillar, Status } from './taxonomy';

/**
 * Filters over intervention records. A missing field means "no filter on this dimension"; an
 * empty list selects nothing. Dates are ISO `YYYY-MM-DD`; an intervention passes the date range
 * when its period [start, end] overlaps [from, to] (both inclusive; no end date = still running).
 */
export interface InterventionFilters {
  pillars?: readonly Pillar[];
  types?: readonly InterventionType[];
  statuses?: readonly Status[];
  agencies?: readonly string[];
  dateRange?: { from?: string; to?: string };
  /** Keep interventions assigned to zone `zone` (feature index) of layer `layer`. */
  zone?: { layer: string; zone: number };
}

/** The independent filter dimensions, each with its own base mask. */
export const FILTER_DIMENSIONS = ['pillar', 'type', 'status', 'agency', 'date', 'zone'] as const;
export type FilterDimension = (typeof FILTER_DIMENSIONS)[number];

/**
 * A canonical text key for one dimension of `filters` (list order does not matter), used to
 * detect which dimensions changed and to key caches.
 *
 * @example
 * filterDimensionKey({ types: ['RD-TIE', 'SR-ERF'] }, 'type'); // '["RD-TIE","SR-ERF"]'
 * filterDimensionKey({}, 'type'); // '*'
 */
export function filterDimensionKey(filters: InterventionFilters, dimension: FilterDimension): string {
  const list = (values: readonly string[] | undefined) =>
    values === undefined ? '*' : JSON.stringify([...new Set(values)].sort());
  switch (dimension) {
    case 'pillar':
      return list(filters.pillars);
    case 'type':
      return list(filters.types);
    case 'status':
      return list(filters.statuses);
    case 'agency':
      return list(filters.agencies);
    case 'date':
      return filters.dateRange ? `${filters.dateRange.from ?? ''}/${filters.dateRange.to ?? ''}` : '*';
    case 'zone':
      return filters.zone ? `${filters.zone.layer}#${filters.zone.zone}` : '*';
  }
}

/**
 * A canonical key for all of `filters`.
 *
 * @example
 * filtersKey({ statuses: ['completed'] }); // '*|*|["completed"]|*|*|*'
 */
export function filtersKey(filters: InterventionFilters): string {
  return FILTER_DIMENSIONS.map((dimension) => filterDimensionKey(filters, dimension)).join('|');
}
