import { type CocaChange, changeBetween, interventionsPer1000Hectares } from './coca-change';
import { type CocaSeries, cocaAt } from './coca-series';
import {
  INTERVENTION_TYPES,
  type InterventionType,
  PILLARS,
  type Pillar,
  STATUSES,
  type Status,
} from './taxonomy';
import {
  METRIC_COUNT,
  PILLAR_COUNT,
  STATUS_COUNT,
  TYPE_COUNT,
  ZONE_METRICS,
  type ZoneAggregates,
  type ZoneMetric,
} from './zone-aggregates';

/** One readable row of a zone table (a zone, "outside" or "all"). */
export interface ZoneRow {
  /** Feature index of the zone, or 'outside' / 'all'. */
  zone: number | 'outside' | 'all';
  name: string;
  count: number;
  byPillar: Record<Pillar, number>;
  byType: Record<InterventionType, number>;
  byStatus: Record<Status, number>;
  byAgency: Record<string, number>;
  metrics: Record<ZoneMetric, number>;
  /** Coca change between the chosen years; null without a coca series or for "outside". */
  coca: CocaChange | null;
  /** Interventions per 1,000 ha of coca in `options.perCocaYear`; null when coca is unknown or 0. */
  interventionsPer1000Hectares: number | null;
}

/** Options for `aggregateRows`. */
export interface AggregateRowsOptions {
  /** Zone names by feature index (default "zone k"). */
  names?: readonly string[];
  /** Coca per zone and year of the same layer. The "all" row uses the sum over the layer's zones. */
  coca?: CocaSeries;
  /** Years of the coca change (default: the series' first and last year). */
  changeYears?: readonly [number, number];
  /** Year of the coca denominator of interventions per 1,000 ha (default: `changeYears[1]`). */
  perCocaYear?: number;
}

/**
 * Turns typed aggregates into readable rows with coca metrics: one per zone, then "outside" and
 * "all". Pure; the counts are those of `aggregateZones`.
 *
 * @example
 * const rows = aggregateRows(aggregates, { names, coca, changeYears: [2021, 2023] });
 * rows[0].coca?.changePercent; // % change of coca in zone 0 from 2021 to 2023
 */
export function aggregateRows(aggregates: ZoneAggregates, options: AggregateRowsOptions = {}): ZoneRow[] {
  const { zoneCount } = aggregates;
  const coca = options.coca;
  const fromYear = options.changeYears?.[0] ?? coca?.firstYear ?? 0;
  const toYear = options.changeYears?.[1] ?? (coca ? coca.firstYear + coca.yearCount - 1 : 0);
  const perYear = options.perCocaYear ?? toYear;
  const rows: ZoneRow[] = [];
  for (let row = 0; row < zoneCount + 2; row++) {
    const zone = row < zoneCount ? row : row === zoneCount ? 'outside' : 'all';
    const cocaIn = (year: number) =>
      !coca || zone === 'outside'
        ? Number.NaN
        : zone === 'all'
          ? sumOverZones(coca, year)
          : cocaAt(coca, row, year);
    const count = aggregates.count[row];
    rows.push({
      zone,
      name: typeof zone === 'number' ? (options.names?.[zone] ?? `zone ${zone}`) : zone,
      count,
      byPillar: record(PILLARS, aggregates.byPillar, row * PILLAR_COUNT),
      byType: record(INTERVENTION_TYPES, aggregates.byType, row * TYPE_COUNT),
      byStatus: record(STATUSES, aggregates.byStatus, row * STATUS_COUNT),
      byAgency: record(aggregates.agencies, aggregates.byAgency, row * aggregates.agencies.length),
      metrics: record(ZONE_METRICS, aggregates.metrics, row * METRIC_COUNT),
      coca:
        coca && zone !== 'outside' ? changeBetween(cocaIn(fromYear), cocaIn(toYear), fromYear, toYear) : null,
      interventionsPer1000Hectares: interventionsPer1000Hectares(count, cocaIn(perYear)),
    });
  }
  return rows;
}

function record<K extends string>(
  keys: readonly K[],
  values: Float64Array,
  offset: number,
): Record<K, number> {
  const result = {} as Record<K, number>;
  for (let index = 0; index < keys.length; index++) result[keys[index]] = values[offset + index];
  return result;
}

function sumOverZones(coca: CocaSeries, year: number): number {
  let sum = 0;
  let known = 0;
  for (let zone = 0; zone < coca.zoneCount; zone++) {
    const value = cocaAt(coca, zone, year);
    if (Number.isNaN(value)) continue;
    sum += value;
    known++;
  }
  return known === 0 ? Number.NaN : sum;
}
