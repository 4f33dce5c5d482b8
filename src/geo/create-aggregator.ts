import { aggregateBeforeAfter, type BeforeAfterOptions, type BeforeAfterRow } from './aggregate-before-after';
import { type AggregateRowsOptions, aggregateRows, type ZoneRow } from './aggregate-rows';
import { aggregateZones } from './aggregate-zones';
import { andMasks } from './and-masks';
import type { CocaSeries } from './coca-series';
import { filterDimensionMask } from './filter-dimension-mask';
import type { InterventionColumns } from './intervention-columns';
import {
  FILTER_DIMENSIONS,
  type FilterDimension,
  filterDimensionKey,
  filtersKey,
  type InterventionFilters,
} from './intervention-filters';
import type { ZoneAggregates } from './zone-aggregates';

/** One zone layer known to an aggregator. */
export interface AggregatorLayer {
  /** Zone (feature index, -1 = outside) of each intervention, same order as the columns. */
  assignment: Int32Array;
  zoneCount: number;
  names?: readonly string[];
  coca?: CocaSeries;
}

/** The stateful aggregation engine returned by `createAggregator`. */
export interface Aggregator {
  /** Sets the filters; recomputes only the base masks of the dimensions that changed (returned). */
  setFilters(filters: InterventionFilters): FilterDimension[];
  /** The combined mask of the current filters; updated in place by `setFilters` (copy to keep). */
  mask(): Uint8Array;
  /** Typed aggregates of the current filters over a layer (cached by layer and filters). */
  aggregate(layer: string): ZoneAggregates;
  /** Readable rows of the current filters over a layer, with coca metrics when the layer has coca. */
  rows(layer: string, options?: Omit<AggregateRowsOptions, 'names' | 'coca'>): ZoneRow[];
  /** Before/after (difference-in-differences) table over a layer with coca; see `aggregateBeforeAfter`. */
  beforeAfter(layer: string, options: BeforeAfterOptions): BeforeAfterRow[];
}

/**
 * Creates an aggregator that keeps internal state: the columns, the zone assignments per layer,
 * one base mask per filter dimension, the combined mask and a small cache of aggregates keyed by
 * (layer, filters). Changing one filter recomputes that dimension's mask and updates the combined
 * mask in the same pass (a per-record count of rejecting dimensions), nothing else; aggregates are
 * recomputed lazily, and a filter state seen recently is answered from the cache. Inputs are not
 * mutated.
 *
 * @example
 * const aggregator = createAggregator(columns, { municipalities: { assignment, zoneCount: 1060, coca } });
 * aggregator.setFilters({ pillars: ['SR'] });
 * aggregator.rows('municipalities', { changeYears: [2021, 2023] });
 */
export function createAggregator(
  columns: InterventionColumns,
  layers: Readonly<Record<string, AggregatorLayer>>,
  options: { cacheSize?: number } = {},
): Aggregator {
  const cacheSize = options.cacheSize ?? 32;
  const zones = Object.fromEntries(Object.entries(layers).map(([id, layer]) => [id, layer.assignment]));
  let filters: InterventionFilters = {};
  const keys = new Map<FilterDimension, string>();
  const masks = new Map<FilterDimension, Uint8Array>();
  for (const dimension of FILTER_DIMENSIONS) {
    keys.set(dimension, filterDimensionKey(filters, dimension));
    masks.set(dimension, filterDimensionMask(columns, filters, dimension, zones));
  }
  // failures[i] = how many dimensions reject record i; combined[i] = failures[i] === 0
  const failures = new Uint8Array(columns.count);
  for (const mask of masks.values()) for (let i = 0; i < columns.count; i++) failures[i] += 1 - mask[i];
  const combined = andMasks([...masks.values()], columns.count);
  const cache = new Map<string, ZoneAggregates>();

  const layerOf = (id: string): AggregatorLayer => {
    const layer = layers[id];
    if (!layer) throw new Error(`unknown zone layer "${id}"`);
    return layer;
  };

  const aggregator: Aggregator = {
    setFilters(next) {
      const changed = FILTER_DIMENSIONS.filter(
        (dimension) => filterDimensionKey(next, dimension) !== keys.get(dimension),
      );
      filters = next;
      for (const dimension of changed) {
        const before = masks.get(dimension) as Uint8Array;
        const after = filterDimensionMask(columns, next, dimension, zones);
        for (let i = 0; i < columns.count; i++) {
          failures[i] += before[i] - after[i];
          combined[i] = failures[i] === 0 ? 1 : 0;
        }
        keys.set(dimension, filterDimensionKey(next, dimension));
        masks.set(dimension, after);
      }
      return changed;
    },
    mask: () => combined,
    aggregate(id) {
      const layer = layerOf(id);
      const key = `${id}|${filtersKey(filters)}`;
      const cached = cache.get(key);
      if (cached) {
        cache.delete(key);
        cache.set(key, cached); // most recently used last
        return cached;
      }
      const result = aggregateZones(columns, combined, layer.assignment, layer.zoneCount);
      cache.set(key, result);
      if (cache.size > cacheSize) cache.delete(cache.keys().next().value as string);
      return result;
    },
    rows(id, rowOptions = {}) {
      const layer = layerOf(id);
      return aggregateRows(aggregator.aggregate(id), { ...rowOptions, names: layer.names, coca: layer.coca });
    },
    beforeAfter(id, beforeAfterOptions) {
      const layer = layerOf(id);
      if (!layer.coca) throw new Error(`zone layer "${id}" has no coca series`);
      return aggregateBeforeAfter(columns, combined, layer.assignment, layer.coca, beforeAfterOptions);
    },
  };
  return aggregator;
}
