import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Geometry } from 'geojson';
import { assignZones } from '../../src/geo/assign-zones';
import { buildAggregatorLayers } from '../../src/geo/build-aggregator-layers';
import { buildZoneIndex } from '../../src/geo/build-zone-index';
import type { CocaMunicipalTable } from '../../src/geo/coca-series';
import { createAggregator } from '../../src/geo/create-aggregator';
import type { InterventionColumns } from '../../src/geo/intervention-columns';
import type { InterventionFilters } from '../../src/geo/intervention-filters';
import { seededRandom } from '../../src/geo/seeded-random';
import { toColumns } from '../../src/geo/to-columns';
import { INTERVENTION_TYPES, InterventionFeature, PILLARS, STATUSES } from '../../src/io/schemas';
import { syntheticColumns } from '../../test/fixtures/synthetic-columns';
import type { ZoneLayerId } from './load-zone-layers';
import { percentile } from './measure';

/** Untimed changes first, so the timings describe a warmed-up (JIT-compiled) engine. */
const WARM_UP_CHANGES = 30;

export interface FilterBenchResult {
  filter_update_ms_p50: number;
  filter_update_ms_p95: number;
  interventions: number;
  note: string;
}

/**
 * Times a filter change → updated aggregates (setFilters + aggregate + rows over the
 * municipalities, cache off) over `changes` seeded one-dimension changes (after 30 untimed ones)
 * at `count` interventions:
 * the sample records of public/geo repeated to `count` when present, else synthetic columns.
 */
export function benchFilterUpdates(
  directory: string,
  layers: Record<ZoneLayerId, FeatureCollection<Geometry | null>>,
  options: { count: number; changes: number; seed: number },
): FilterBenchResult {
  const { columns, source } = loadColumns(directory, options.count, options.seed);
  const assignment = assignZones(buildZoneIndex(layers.municipalities), columns.lon, columns.lat);
  const tablePath = join(directory, 'coca-municipal.json');
  const coca: CocaMunicipalTable | undefined = existsSync(tablePath)
    ? JSON.parse(readFileSync(tablePath, 'utf8'))
    : undefined;
  const aggregatorLayers = buildAggregatorLayers(assignment, layers, { coca });
  const aggregator = createAggregator(columns, aggregatorLayers, { cacheSize: 0 });
  const random = seededRandom(options.seed);
  let filters: InterventionFilters = {};
  const durations: number[] = [];
  for (let change = -WARM_UP_CHANGES; change < options.changes; change++) {
    filters = changeOne(filters, random, columns);
    const start = performance.now();
    aggregator.setFilters(filters);
    aggregator.aggregate('municipalities');
    aggregator.rows('municipalities', { changeYears: [2021, 2023] });
    if (change >= 0) durations.push(performance.now() - start);
  }
  return {
    filter_update_ms_p50: percentile(durations, 50),
    filter_update_ms_p95: percentile(durations, 95),
    interventions: columns.count,
    note: source,
  };
}

function loadColumns(
  directory: string,
  count: number,
  seed: number,
): { columns: InterventionColumns; source: string } {
  const path = join(directory, 'interventions.sample.geojson');
  if (!existsSync(path)) {
    return { columns: syntheticColumns(count, { seed }), source: `${count} seeded synthetic interventions` };
  }
  const collection = JSON.parse(readFileSync(path, 'utf8')) as { features: unknown[] };
  const features = collection.features.map((feature) => InterventionFeature.parse(feature));
  const repeated = Array.from({ length: count }, (_, i) => features[i % features.length]);
  return {
    columns: toColumns(repeated),
    source: `the ${features.length} records of interventions.sample.geojson repeated to ${count}`,
  };
}

function changeOne(
  filters: InterventionFilters,
  random: () => number,
  columns: InterventionColumns,
): InterventionFilters {
  const some = <T>(values: readonly T[]) => values.filter(() => random() < 0.5);
  switch (Math.floor(random() * 6)) {
    case 0:
      return { ...filters, pillars: random() < 0.3 ? undefined : some(PILLARS) };
    case 1:
      return { ...filters, types: random() < 0.3 ? undefined : some(INTERVENTION_TYPES) };
    case 2:
      return { ...filters, statuses: random() < 0.3 ? undefined : some(STATUSES) };
    case 3:
      return { ...filters, agencies: random() < 0.3 ? undefined : some(columns.agencies) };
    case 4: {
      const year = 2015 + Math.floor(random() * 10);
      return {
        ...filters,
        dateRange: { from: `${year}-01-01`, to: `${year + 1 + Math.floor(random() * 3)}-12-31` },
      };
    }
    default:
      return {
        ...filters,
        zone: random() < 0.5 ? undefined : { layer: 'pdet-subregions', zone: Math.floor(random() * 16) },
      };
  }
}
