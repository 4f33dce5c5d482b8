/**
 * The analysis session: prepares the aggregation engine in its Web Worker (zone index over the
 * municipalities, assignments of every intervention to the four zone layers, official coca per
 * zone) and answers queries (filters + selected zone or imported area + settings) with the
 * filtered interventions and the zone figures. An imported area is indexed and assigned on its
 * first query (interventions and synthetic coca cells) and added to the engine as one more layer.
 * Keeps internal state (the worker client, the prepared layers and the prepared area).
 */
import type { FeatureCollection } from 'geojson';
import type { BeforeAfterRow } from '../geo/aggregate-before-after';
import type { ZoneRow } from '../geo/aggregate-rows';
import { areaAsZone } from '../geo/area-as-zone';
import { buildAggregatorLayers } from '../geo/build-aggregator-layers';
import type { CocaCellColumns } from '../geo/coca-estimate-columns';
import { cocaEstimateColumns } from '../geo/coca-estimate-columns';
import { cocaFromCells } from '../geo/coca-from-cells';
import type { CocaSeries } from '../geo/coca-series';
import type { AggregatorLayer } from '../geo/create-aggregator';
import type { InterventionColumns } from '../geo/intervention-columns';
import type { InterventionFilters } from '../geo/intervention-filters';
import { toColumns } from '../geo/to-columns';
import { zoneDivipolaCodes } from '../geo/zone-divipola-codes';
import type { AnalysisData } from '../io/load-analysis-data';
import type { ZoneCollections } from '../io/load-atlas-data';
import type { CustomArea } from '../io/read-area-file';
import type { AggregateClient } from '../workers/aggregate-client';
import type { AnalysisSettings, FilterState } from './filters';
import { ZONE_LAYERS, type ZoneLayerId, type ZoneRef, zoneIdProperty } from './zone-layers';

/** The engine's layer id of the imported area (one zone, index 0). */
export const CUSTOM_AREA_LAYER = 'custom-area';

export interface ZoneLayerInfo {
  /** Zone reference id (DIVIPOLA or name) of each feature, by feature index. */
  ids: string[];
  names: string[];
  indexOf: Map<string, number>;
  /** DIVIPOLA codes of each zone (all official members, with or without a polygon). */
  codes: string[][];
  /** Zone of each intervention (feature index, -1 outside). */
  assignment: Int32Array;
}

export interface AnalysisQuery {
  filters: FilterState;
  selection: ZoneRef | null;
  settings: AnalysisSettings;
  /** An imported area as the zone filter (instead of `selection`). */
  customArea?: CustomArea | null;
}

export interface AnalysisResult {
  query: AnalysisQuery;
  /** Interventions that pass the filters and lie in the selected zone (indices into the data). */
  indices: Uint32Array;
  /** Figures of the selected zone, or of all interventions when nothing is selected. */
  zone: ZoneRow;
  /** Every zone of the ranking layer (filters applied, zone filter not). */
  ranking: ZoneRow[];
  beforeAfter: BeforeAfterRow[];
  /**
   * With a custom area: coca per year summed over the synthetic 1 km cells whose centroid lies in
   * the area (an estimate, not an official figure); `zone`'s coca metrics come from the same series.
   */
  areaCoca?: { years: number[]; hectares: (number | null)[] };
}

export interface AnalysisSession {
  data: AnalysisData;
  columns: InterventionColumns;
  layers: Record<ZoneLayerId, ZoneLayerInfo>;
  compute(query: AnalysisQuery): Promise<AnalysisResult>;
  dispose(): void;
}

/** The prepared analysis data (read-only) without the session's functions. */
export type AnalysisDataView = Pick<AnalysisSession, 'data' | 'columns' | 'layers'>;

export type AnalysisStatus =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'ready' }
  | { state: 'error'; message: string };

/** Converts the UI filter state (and the selection) to the engine's filters. */
export function toEngineFilters(
  filters: FilterState,
  zone: { layer: string; index: number } | null,
): InterventionFilters {
  const engine: InterventionFilters = {};
  if (filters.pillars) engine.pillars = filters.pillars;
  if (filters.types) engine.types = filters.types;
  if (filters.statuses) engine.statuses = filters.statuses;
  if (filters.agencies) engine.agencies = filters.agencies;
  if (filters.dateFrom || filters.dateTo) {
    engine.dateRange = { from: filters.dateFrom ?? undefined, to: filters.dateTo ?? undefined };
  }
  if (zone) engine.zone = { layer: zone.layer, zone: zone.index };
  return engine;
}

export async function startAnalysisSession(
  client: AggregateClient,
  collections: ZoneCollections,
  data: AnalysisData,
): Promise<AnalysisSession> {
  const columns = toColumns(data.interventions);
  await client.call('buildIndex', { layer: 'municipalities', collection: collections.municipalities });
  const municipal = await client.call('assign', {
    layer: 'municipalities',
    lon: columns.lon.slice(),
    lat: columns.lat.slice(),
  });
  const engineLayers = buildAggregatorLayers(municipal, { ...collections }, { coca: data.cocaTable });
  const layers = {} as Record<ZoneLayerId, ZoneLayerInfo>;
  for (const layer of ZONE_LAYERS) {
    const collection: FeatureCollection = collections[layer];
    const ids = collection.features.map((feature) => String(feature.properties?.[zoneIdProperty(layer)]));
    layers[layer] = {
      ids,
      names: [...(engineLayers[layer].names ?? [])],
      indexOf: new Map(ids.map((id, index) => [id, index])),
      codes: zoneDivipolaCodes(collection),
      assignment: engineLayers[layer].assignment,
    };
  }
  await client.call('init', { columns, layers: engineLayers });

  const zoneOf = (selection: ZoneRef | null) => {
    if (!selection) return null;
    const index = layers[selection.layer].indexOf.get(selection.id);
    return index === undefined ? null : { layer: selection.layer, index };
  };

  // The imported area: indexed, assigned and added to the engine once per area (by identity).
  let cells: CocaCellColumns | null = null;
  let preparedArea: { area: CustomArea; coca: CocaSeries } | null = null;
  const prepareArea = async (area: CustomArea) => {
    if (preparedArea?.area === area) return preparedArea;
    cells ??= cocaEstimateColumns(data.cocaCells);
    await client.call('buildIndex', {
      layer: CUSTOM_AREA_LAYER,
      collection: areaAsZone(area.collection, area.name),
    });
    const assign = (lon: Float64Array, lat: Float64Array) =>
      client.call('assign', { layer: CUSTOM_AREA_LAYER, lon, lat }, { transfer: [lon.buffer, lat.buffer] });
    const assignment = await assign(columns.lon.slice(), columns.lat.slice());
    const cellAssignment = await assign(cells.lon.slice(), cells.lat.slice());
    const coca = cocaFromCells(cells, cellAssignment, 1);
    const layer: AggregatorLayer = { assignment, zoneCount: 1, names: [area.name], coca };
    await client.call('init', { columns, layers: { ...engineLayers, [CUSTOM_AREA_LAYER]: layer } });
    preparedArea = { area, coca };
    return preparedArea;
  };

  let queue: Promise<unknown> = Promise.resolve();
  const run = async (query: AnalysisQuery): Promise<AnalysisResult> => {
    const { settings } = query;
    const area = query.customArea ? await prepareArea(query.customArea) : null;
    const zone = area ? { layer: CUSTOM_AREA_LAYER, index: 0 } : zoneOf(query.selection);
    const rowOptions = {
      changeYears: [settings.changeFrom, settings.changeTo] as const,
      perCocaYear: settings.cocaYear,
    };
    await client.call('setFilters', { filters: toEngineFilters(query.filters, null) });
    const ranking = await client.call('rows', { layer: settings.rankingLayer, options: rowOptions });
    const beforeAfter = await client.call('beforeAfter', {
      layer: settings.rankingLayer,
      options: { type: settings.beforeAfterType, window: 3 },
    });
    let zoneRow: ZoneRow;
    if (zone) {
      const rows =
        zone.layer === settings.rankingLayer
          ? ranking
          : await client.call('rows', { layer: zone.layer, options: rowOptions });
      zoneRow = rows[zone.index];
    } else {
      zoneRow = ranking[ranking.length - 1];
    }
    await client.call('setFilters', { filters: toEngineFilters(query.filters, zone) });
    const indices = await client.call('indices', {});
    const result: AnalysisResult = {
      query,
      indices,
      zone: zoneRow,
      ranking: ranking.slice(0, -2),
      beforeAfter,
    };
    if (area) {
      const { firstYear, yearCount, values } = area.coca;
      result.areaCoca = {
        years: Array.from({ length: yearCount }, (_, i) => firstYear + i),
        hectares: Array.from(values),
      };
    }
    return result;
  };

  return {
    data,
    columns,
    layers,
    // Queries run one after another (the worker keeps one filter state).
    compute(query) {
      const next = queue.then(() => run(query));
      queue = next.catch(() => undefined);
      return next;
    },
    dispose: () => client.dispose(),
  };
}
