/**
 * The methods the aggregation worker exposes, each a one-line call into an already-tested
 * `src/geo/` function, plus the request/response envelope. The worker keeps the built zone
 * indexes and one aggregator between calls (internal state); no other logic lives here.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { BeforeAfterOptions } from '../geo/aggregate-before-after';
import type { AggregateRowsOptions } from '../geo/aggregate-rows';
import type { AssignZonesOptions } from '../geo/assign-zones';
import { assignZones } from '../geo/assign-zones';
import type { ZoneGridOptions } from '../geo/build-zone-grid';
import { buildZoneIndex } from '../geo/build-zone-index';
import { type Aggregator, type AggregatorLayer, createAggregator } from '../geo/create-aggregator';
import type { InterventionColumns } from '../geo/intervention-columns';
import type { InterventionFilters } from '../geo/intervention-filters';
import { maskToIndices } from '../geo/mask-to-indices';
import type { ZoneIndex } from '../geo/zone-index-types';

/** Creates the worker's method table (with its state: zone indexes by layer, one aggregator). */
export function createAggregateHandlers() {
  const indexes = new Map<string, ZoneIndex>();
  let aggregator: Aggregator | undefined;
  const indexOf = (layer: string) => {
    const index = indexes.get(layer);
    if (!index) throw new Error(`no zone index built for layer "${layer}"`);
    return index;
  };
  const current = () => {
    if (!aggregator) throw new Error('aggregator not initialised: call "init" first');
    return aggregator;
  };
  return {
    buildIndex(params: {
      layer: string;
      collection: FeatureCollection<Geometry | null>;
      options?: ZoneGridOptions;
    }) {
      const index = buildZoneIndex(params.collection, params.options);
      indexes.set(params.layer, index);
      return { featureCount: index.featureCount, polygonCount: index.polygonCount };
    },
    assign(params: { layer: string; lon: Float64Array; lat: Float64Array; options?: AssignZonesOptions }) {
      return assignZones(indexOf(params.layer), params.lon, params.lat, params.options);
    },
    init(params: { columns: InterventionColumns; layers: Record<string, AggregatorLayer> }) {
      aggregator = createAggregator(params.columns, params.layers);
      return true;
    },
    setFilters(params: { filters: InterventionFilters }) {
      return current().setFilters(params.filters);
    },
    /** Indices of the interventions kept by the current filters. */
    indices(_params: Record<string, never>) {
      return maskToIndices(current().mask());
    },
    aggregate(params: { layer: string }) {
      return current().aggregate(params.layer);
    },
    rows(params: { layer: string; options?: Omit<AggregateRowsOptions, 'names' | 'coca'> }) {
      return current().rows(params.layer, params.options);
    },
    beforeAfter(params: { layer: string; options: BeforeAfterOptions }) {
      return current().beforeAfter(params.layer, params.options);
    },
  };
}

export type AggregateHandlers = ReturnType<typeof createAggregateHandlers>;
export type AggregateMethod = keyof AggregateHandlers;
export type AggregateParams<M extends AggregateMethod> = Parameters<AggregateHandlers[M]>[0];
export type AggregateResult<M extends AggregateMethod> = ReturnType<AggregateHandlers[M]>;

export interface AggregateRequest<M extends AggregateMethod = AggregateMethod> {
  id: number;
  method: M;
  params: AggregateParams<M>;
}

export type AggregateResponse = { id: number; result: unknown } | { id: number; error: string };

/**
 * Runs one request against the handlers and returns the response with the buffers to transfer
 * (only fresh results: `assign`'s Int32Array; cached aggregates are copied, never detached).
 */
export function handleAggregateRequest(
  handlers: AggregateHandlers,
  request: AggregateRequest,
): { response: AggregateResponse; transfer: Transferable[] } {
  try {
    const handler = handlers[request.method] as (params: unknown) => unknown;
    if (typeof handler !== 'function') throw new Error(`unknown method "${String(request.method)}"`);
    const result = handler(request.params);
    const fresh = request.method === 'assign' || request.method === 'indices';
    const transfer = fresh ? [(result as Int32Array | Uint32Array).buffer as ArrayBuffer] : [];
    return { response: { id: request.id, result }, transfer };
  } catch (error) {
    return {
      response: { id: request.id, error: error instanceof Error ? error.message : String(error) },
      transfer: [],
    };
  }
}
