import { type CocaSeries, cocaAt } from './coca-series';
import type { InterventionColumns } from './intervention-columns';
import { INTERVENTION_TYPES, type InterventionType } from './taxonomy';

/** One treated zone of a before/after table. Hectares are means over the window's years. */
export interface BeforeAfterRow {
  zone: number;
  /** Year of the earliest start of the chosen type in the zone. */
  firstYear: number;
  /** Inclusive year ranges used; null when the window does not fit the coca series. */
  beforeYears: [number, number] | null;
  afterYears: [number, number] | null;
  before: number | null;
  after: number | null;
  change: number | null;
  changePercent: number | null;
  /** Zones without the type whose coca is known in all window years and was > 0 before. */
  controlZones: number;
  controlBefore: number | null;
  controlAfter: number | null;
  controlChange: number | null;
  controlChangePercent: number | null;
  /** Difference in differences: `change − controlChange` (ha). */
  difference: number | null;
  /** `changePercent − controlChangePercent` (percentage points). */
  differencePercent: number | null;
}

/** Options for `aggregateBeforeAfter`. */
export interface BeforeAfterOptions {
  type: InterventionType;
  /** Years on each side (N, default 3). */
  window?: number;
}

/**
 * A simple difference-in-differences table for one intervention type, per zone of a layer.
 *
 * Method: a zone is "treated" when at least one kept intervention (mask) of the type lies in it;
 * T = the year of its earliest start. Before = mean coca over T−N … T−1; after = mean over
 * T+1 … T+N. Year T itself is left out: coca is measured on 31 December, so an intervention
 * starting in T acts on only part of it. Both windows must lie inside the coca series and be
 * known in every year, else the row's figures are null. The comparison is the same-period change
 * of the mean coca of control zones: zones with no kept intervention of the type, coca known in
 * all 2N years, and coca > 0 in at least one before year (zones that never had coca cannot fall
 * and would pull the control change towards 0). Difference = treated change − control change.
 *
 * Read it as a description, not a causal estimate: interventions are placed where coca is
 * (selection, regression to the mean); there is no test of parallel pre-trends, no weighting, no
 * confidence interval; coca displaced to neighbouring (control) zones inflates the difference;
 * one zone's change is noisy; and with sample (invented) interventions it shows only the method.
 *
 * @example
 * const rows = aggregateBeforeAfter(columns, mask, municipalityAssignment, cocaByMunicipality, {
 *   type: 'RD-PNIS',
 *   window: 3,
 * });
 * rows[0].difference; // ha: treated change minus control change over the same years
 */
export function aggregateBeforeAfter(
  columns: InterventionColumns,
  mask: Uint8Array,
  assignment: Int32Array,
  coca: CocaSeries,
  options: BeforeAfterOptions,
): BeforeAfterRow[] {
  const window = options.window ?? 3;
  const typeCode = INTERVENTION_TYPES.indexOf(options.type);
  const firstDay = new Float64Array(coca.zoneCount).fill(Infinity);
  for (let i = 0; i < columns.count; i++) {
    const zone = assignment[i];
    if (mask[i] !== 1 || columns.type[i] !== typeCode || zone < 0 || zone >= coca.zoneCount) continue;
    if (columns.startDay[i] < firstDay[zone]) firstDay[zone] = columns.startDay[i];
  }
  const rows: BeforeAfterRow[] = [];
  for (let zone = 0; zone < coca.zoneCount; zone++) {
    if (firstDay[zone] === Infinity) continue;
    const firstYear = new Date(firstDay[zone] * 86_400_000).getUTCFullYear();
    rows.push(beforeAfterRow(coca, firstDay, zone, firstYear, window));
  }
  return rows;
}

function beforeAfterRow(
  coca: CocaSeries,
  firstDay: Float64Array,
  zone: number,
  firstYear: number,
  window: number,
): BeforeAfterRow {
  const beforeYears: [number, number] = [firstYear - window, firstYear - 1];
  const afterYears: [number, number] = [firstYear + 1, firstYear + window];
  const fits = beforeYears[0] >= coca.firstYear && afterYears[1] <= coca.firstYear + coca.yearCount - 1;
  const before = fits ? meanOver(coca, zone, beforeYears) : Number.NaN;
  const after = fits ? meanOver(coca, zone, afterYears) : Number.NaN;
  let controlZones = 0;
  let controlBeforeSum = 0;
  let controlAfterSum = 0;
  for (let other = 0; fits && other < coca.zoneCount; other++) {
    if (firstDay[other] !== Infinity) continue;
    const otherBefore = meanOver(coca, other, beforeYears);
    const otherAfter = meanOver(coca, other, afterYears);
    if (!(otherBefore > 0) || Number.isNaN(otherAfter)) continue;
    controlZones++;
    controlBeforeSum += otherBefore;
    controlAfterSum += otherAfter;
  }
  const controlBefore = controlZones > 0 ? controlBeforeSum / controlZones : Number.NaN;
  const controlAfter = controlZones > 0 ? controlAfterSum / controlZones : Number.NaN;
  const change = after - before;
  const controlChange = controlAfter - controlBefore;
  const percent = (from: number, to: number) => (from > 0 ? ((to - from) / from) * 100 : Number.NaN);
  const changePercent = percent(before, after);
  const controlChangePercent = percent(controlBefore, controlAfter);
  return {
    zone,
    firstYear,
    beforeYears: fits ? beforeYears : null,
    afterYears: fits ? afterYears : null,
    before: orNull(before),
    after: orNull(after),
    change: orNull(change),
    changePercent: orNull(changePercent),
    controlZones,
    controlBefore: orNull(controlBefore),
    controlAfter: orNull(controlAfter),
    controlChange: orNull(controlChange),
    controlChangePercent: orNull(controlChangePercent),
    difference: orNull(change - controlChange),
    differencePercent: orNull(changePercent - controlChangePercent),
  };
}

/** Mean over an inclusive year range; NaN when any year is unknown. */
function meanOver(coca: CocaSeries, zone: number, [from, to]: [number, number]): number {
  let sum = 0;
  for (let year = from; year <= to; year++) sum += cocaAt(coca, zone, year);
  return sum / (to - from + 1);
}

function orNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}
