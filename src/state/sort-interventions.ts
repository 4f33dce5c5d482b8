/**
 * Sorting of the interventions table: a new index array over the features, ordered by one column.
 * Keys are extracted once per row and strings are ranked once per distinct value, so 100,000 rows
 * sort in well under a second. Missing values (no end date, no measure) go last in both directions;
 * ties keep the input order (Array.prototype.sort is stable).
 */
import { type InterventionFeature, type InterventionProperties, STATUSES } from '../io/schemas';

export const TABLE_COLUMNS = [
  'id',
  'title',
  'pillar',
  'type',
  'agency',
  'status',
  'start',
  'end',
  'budget',
  'beneficiaries',
  'municipality',
  'measure',
] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

export interface SortSpec {
  column: TableColumn;
  direction: 'asc' | 'desc';
}

/** The measures an intervention can carry, in the order the table prefers them. */
export const MEASURE_UNITS = ['hectares', 'km', 'seized_kg', 'labs', 'arrests', 'families'] as const;
export type MeasureUnit = (typeof MEASURE_UNITS)[number];

/**
 * The one measure the table shows for a record: the first present of hectares, km, seized kg,
 * labs, arrests, families (a PNIS record has hectares and families: hectares win).
 *
 * @example keyMeasure({ ...properties, km: 12.5 }) // { unit: 'km', value: 12.5 }
 */
export function keyMeasure(properties: InterventionProperties): { unit: MeasureUnit; value: number } | null {
  for (const unit of MEASURE_UNITS) {
    const value = properties[unit];
    if (typeof value === 'number') return { unit, value };
  }
  return null;
}

export interface SortOptions {
  /** Municipality name of a DIVIPOLA code (default: the code itself). */
  municipalityName?: (divipola: string) => string;
  /** Collator for text columns (default: Spanish, case- and accent-insensitive, numeric). */
  collator?: Intl.Collator;
}

const DEFAULT_COLLATOR = new Intl.Collator('es', { sensitivity: 'base', numeric: true });

type Key = string | number | null;

function keyOf(column: TableColumn, p: InterventionProperties, options: SortOptions): Key {
  switch (column) {
    case 'id':
      return p.id;
    case 'title':
      return p.title;
    case 'pillar':
      return p.pillar;
    case 'type':
      return p.type;
    case 'agency':
      return p.agency;
    case 'status':
      // Lifecycle order (planned → in progress → completed → suspended), the same in both languages.
      return STATUSES.indexOf(p.status);
    case 'start':
      return p.start_date;
    case 'end':
      return p.end_date;
    case 'budget':
      return p.budget_cop;
    case 'beneficiaries':
      return p.beneficiaries;
    case 'municipality':
      return options.municipalityName ? options.municipalityName(p.divipola) : p.divipola;
    case 'measure': {
      // Grouped by unit (hectares are not comparable with kilograms), then by value.
      const measure = keyMeasure(p);
      return measure ? MEASURE_UNITS.indexOf(measure.unit) * 1e15 + measure.value : null;
    }
  }
}

/**
 * Returns the rows of `indices` (indices into `features`) ordered by `sort`, as a new array;
 * neither input is changed. With `sort` null the input order is kept (copied).
 *
 * @example
 * sortInterventions(features, new Uint32Array([0, 1, 2]), { column: 'budget', direction: 'desc' });
 * // Uint32Array [2, 0, 1] — the biggest budget first
 */
export function sortInterventions(
  features: readonly InterventionFeature[],
  indices: ArrayLike<number>,
  sort: SortSpec | null,
  options: SortOptions = {},
): Uint32Array {
  const count = indices.length;
  const result = Uint32Array.from(indices);
  if (!sort || count < 2) return result;
  const keys: Key[] = new Array(count);
  for (let i = 0; i < count; i++) keys[i] = keyOf(sort.column, features[indices[i]].properties, options);

  // Numeric ranks: numbers as they are, strings by their rank among the distinct values.
  const ranks = new Float64Array(count);
  const missing = new Uint8Array(count);
  const distinct = new Set<string>();
  for (const key of keys) if (typeof key === 'string') distinct.add(key);
  const collator = options.collator ?? DEFAULT_COLLATOR;
  const rankOf = new Map<string, number>();
  [...distinct]
    .sort((a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0))
    .forEach((value, rank) => {
      rankOf.set(value, rank);
    });
  for (let i = 0; i < count; i++) {
    const key = keys[i];
    if (key === null || (typeof key === 'number' && Number.isNaN(key))) missing[i] = 1;
    else ranks[i] = typeof key === 'string' ? (rankOf.get(key) ?? 0) : key;
  }

  const sign = sort.direction === 'asc' ? 1 : -1;
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  // A typed-array sort with a comparator is not guaranteed stable: break ties by position.
  order.sort((a, b) => missing[a] - missing[b] || sign * (ranks[a] - ranks[b]) || a - b);
  for (let i = 0; i < count; i++) result[i] = indices[order[i]];
  return result;
}
