/**
 * What the user filters interventions by, and the analysis settings (coca year, change years,
 * zone layer of the statistics): the vocabulary of an analysis query, shared by the session, the
 * store, the URL codec and the exports. Plain data; the zone filter is the selection (see store).
 */
import type { RankingMetric } from '../geo/rank-zones';
import {
  INTERVENTION_TYPES,
  type InterventionType,
  PILLARS,
  type Pillar,
  STATUSES,
  type Status,
} from '../geo/taxonomy';
import type { ZoneLayerId } from './zone-layers';

export interface FilterState {
  /** null = no filter on this dimension. */
  pillars: Pillar[] | null;
  types: InterventionType[] | null;
  statuses: Status[] | null;
  agencies: string[] | null;
  /** ISO dates; an intervention passes when its period overlaps [from, to]. */
  dateFrom: string | null;
  dateTo: string | null;
}

export const EMPTY_FILTERS: Readonly<FilterState> = {
  pillars: null,
  types: null,
  statuses: null,
  agencies: null,
  dateFrom: null,
  dateTo: null,
};

export interface AnalysisSettings {
  /** Year of the coca layers and of "interventions per 1,000 ha". */
  cocaYear: number;
  /** Years of the coca change. */
  changeFrom: number;
  changeTo: number;
  /** Zone layer of the ranking table. */
  rankingLayer: ZoneLayerId;
  /** Intervention type of the before/after comparison. */
  beforeAfterType: InterventionType;
  /** Metric of the ranking table (and, later, of the zone choropleth). */
  rankingMetric: RankingMetric;
}

export const COCA_FIRST_YEAR = 2001;
export const COCA_LAST_YEAR = 2024;

export const DEFAULT_SETTINGS: Readonly<AnalysisSettings> = {
  cocaYear: 2023,
  changeFrom: 2018,
  changeTo: 2023,
  rankingLayer: 'pdet-subregions',
  beforeAfterType: 'RD-PNIS',
  rankingMetric: 'count',
};

export const isPillar = (value: string): value is Pillar => (PILLARS as readonly string[]).includes(value);
export const isType = (value: string): value is InterventionType =>
  (INTERVENTION_TYPES as readonly string[]).includes(value);
export const isStatus = (value: string): value is Status => (STATUSES as readonly string[]).includes(value);
