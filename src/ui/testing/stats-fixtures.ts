/**
 * A tiny analysis state for the statistics and ranking component tests: three municipalities,
 * two PDET subregions, an official coca table 2001–2024 (2024 contested) and hand-made zone rows.
 * Numbers are chosen so every figure the components show can be worked out by hand.
 */

import type { AnalysisDataView, AnalysisResult, ZoneLayerInfo } from '../../analysis/analysis-session';
import { DEFAULT_SETTINGS, EMPTY_FILTERS } from '../../analysis/filters';
import type { ZoneLayerId, ZoneRef } from '../../analysis/zone-layers';
import type { BeforeAfterRow } from '../../geo/aggregate-before-after';
import type { ZoneRow } from '../../geo/aggregate-rows';
import { toColumns } from '../../geo/to-columns';
import { ZONE_METRICS, type ZoneMetric } from '../../geo/zone-aggregates';
import { INTERVENTION_TYPES } from '../../io/schemas';
import type { BBox, Catalog, ProgrammeZoneInfo } from '../../state/catalog';

export const YEARS = Array.from({ length: 24 }, (_, i) => 2001 + i);

/**
 * Tumaco 52835: 1,000 ha in 2001, +100 a year (2018: 2,700; 2023: 3,200; 2024: 3,300).
 * Cáceres 05120: 100 ha a year, unknown in 2024. Bogotá 11001: 50 ha a year (in no subregion).
 * National 2018: 2,850; 2023: 3,350; 2024: 3,350.
 */
export const COCA_TABLE = {
  years: YEARS,
  rows: {
    '52835': YEARS.map((_, i) => 1000 + 100 * i),
    '05120': YEARS.map((year) => (year === 2024 ? null : 100)),
    '11001': YEARS.map(() => 50),
  },
  contested_years: [2024],
};

export function zoneRow(
  zone: ZoneRow['zone'],
  name: string,
  count: number,
  extra: Partial<ZoneRow> = {},
): ZoneRow {
  const metrics = Object.fromEntries(ZONE_METRICS.map((m) => [m, 0])) as Record<ZoneMetric, number>;
  const byType = Object.fromEntries(INTERVENTION_TYPES.map((t) => [t, 0])) as ZoneRow['byType'];
  return {
    zone,
    name,
    count,
    byPillar: { SR: 0, RD: 0, EP: 0 },
    byType,
    byStatus: { planned: 0, in_progress: 0, completed: 0, suspended: 0 },
    byAgency: {},
    metrics,
    coca: null,
    interventionsPer1000Hectares: null,
    ...extra,
  };
}

function layer(ids: string[], codes: string[][]): ZoneLayerInfo {
  return {
    ids,
    names: ids.map((id) => NAMES[id] ?? id),
    indexOf: new Map(ids.map((id, i) => [id, i])),
    codes,
    assignment: new Int32Array(0),
  };
}

const NAMES: Record<string, string> = { '52835': 'Tumaco', '05120': 'Cáceres', '11001': 'Bogotá' };

export function analysisData(): AnalysisDataView {
  const layers: Record<ZoneLayerId, ZoneLayerInfo> = {
    municipalities: layer(['52835', '05120', '11001'], [['52835'], ['05120'], ['11001']]),
    'pdet-subregions': layer(['Pacífico y Frontera Nariñense', 'Bajo Cauca'], [['52835'], ['05120']]),
    'zonas-futuro': layer(['Pacífico Nariñense'], [['52835']]),
    'pilot-municipalities': layer(['52835', '05120'], [['52835'], ['05120']]),
  };
  return {
    data: {
      interventions: [],
      problems: [],
      cocaTable: COCA_TABLE,
      cocaCells: { years: [], lon: [], lat: [], divipola: [], hectares: [] },
    },
    columns: toColumns([]),
    layers,
  };
}

/** The "all" row: 1,234 interventions, 12,345 M COP, and one of each agreed metric. */
export const ALL_ROW = zoneRow('all', 'all', 1234, {
  byPillar: { SR: 700, RD: 500, EP: 34 },
  metrics: {
    budget_cop: 12_345_000_000,
    beneficiaries: 56_789,
    hectares_eradicated: 4321,
    hectares_titled: 210,
    hectares_restoration: 75,
    conservation_agreements: 6,
    conservation_hectares: 980,
    labs_destroyed: 17,
    seized_kg: 2500,
    arrests: 33,
  },
});

export const BEFORE_AFTER: BeforeAfterRow = {
  zone: 0,
  firstYear: 2019,
  beforeYears: [2016, 2018],
  afterYears: [2020, 2022],
  before: 2600,
  after: 2900,
  change: 300,
  changePercent: 11.54,
  controlZones: 1,
  controlBefore: 100,
  controlAfter: 100,
  controlChange: 0,
  controlChangePercent: 0,
  difference: 300,
  differencePercent: 11.54,
};

export function analysisResult(
  options: { selection?: ZoneRef | null; zone?: ZoneRow; ranking?: ZoneRow[] } = {},
) {
  const result: AnalysisResult = {
    query: {
      filters: { ...EMPTY_FILTERS },
      selection: options.selection ?? null,
      settings: { ...DEFAULT_SETTINGS },
    },
    indices: new Uint32Array(0),
    zone: options.zone ?? ALL_ROW,
    ranking: options.ranking ?? [
      zoneRow(0, 'Pacífico y Frontera Nariñense', 40, { interventionsPer1000Hectares: 12.5 }),
      zoneRow(1, 'Bajo Cauca', 90, { interventionsPer1000Hectares: 900 }),
    ],
    beforeAfter: [BEFORE_AFTER],
  };
  return result;
}

const box = (west: number): BBox => [west, 1, west + 1, 2];
const programme = (name: string, codes: string[], west: number): ProgrammeZoneInfo => ({
  name,
  municipalityCount: codes.length,
  divipolaCodes: codes,
  verifiedCount: null,
  candidateCount: null,
  bbox: box(west),
});

export function catalog(): Catalog {
  return {
    municipalities: new Map(),
    pdetSubregions: new Map([
      ['Pacífico y Frontera Nariñense', programme('Pacífico y Frontera Nariñense', ['52835'], -79)],
      ['Bajo Cauca', programme('Bajo Cauca', ['05120'], -75)],
    ]),
    zonasFuturo: new Map(),
    pilots: [],
    entries: [],
  };
}
