/**
 * Converts imported points to the engine's `InterventionColumns` (src/geo), for the zone
 * assignment, filters and aggregates the sample data goes through. Unclassified categories keep
 * the distinct code `UNCLASSIFIED` (255), so the engine must count them as their own category;
 * a missing start date becomes `NO_DAY` and a missing end date `OPEN_END` (still running);
 * missing measures become 0, the engine's convention. Agencies are coded in order of first
 * appearance, after `options.agencies` (to keep codes stable across datasets).
 *
 * @example
 * const columns = toInterventionColumns(result.points);
 * assignZones(index, columns.lon, columns.lat);
 */
import { allocateColumns, type InterventionColumns, OPEN_END } from '../geo/intervention-columns';
import { type ImportedPoints, NO_DAY } from './imported-points';
import { textAt } from './text-column';

export function toInterventionColumns(
  points: ImportedPoints,
  options: { agencies?: readonly string[] } = {},
): InterventionColumns {
  const agencies = [...(options.agencies ?? [])];
  const agencyCode = new Map(agencies.map((agency, index) => [agency, index]));
  const columns = allocateColumns(points.count, agencies);
  columns.lon.set(points.lon);
  columns.lat.set(points.lat);
  columns.pillar.set(points.pillar);
  columns.type.set(points.type);
  columns.status.set(points.status);
  columns.startDay.set(points.startDay);
  columns.divipola.set(points.divipola);
  const { measures } = points;
  for (let index = 0; index < points.count; index++) {
    const agency = textAt(points.agency, index);
    let code = agencyCode.get(agency);
    if (code === undefined) {
      code = agencies.length;
      agencies.push(agency);
      agencyCode.set(agency, code);
    }
    columns.agency[index] = code;
    columns.ids[index] = textAt(points.id, index);
    columns.endDay[index] = points.endDay[index] === NO_DAY ? OPEN_END : points.endDay[index];
    columns.budget[index] = zeroIfMissing(measures.budget[index]);
    columns.beneficiaries[index] = zeroIfMissing(measures.beneficiaries[index]);
    columns.hectares[index] = zeroIfMissing(measures.hectares[index]);
    columns.seizedKg[index] = zeroIfMissing(measures.seizedKg[index]);
    columns.labs[index] = zeroIfMissing(measures.labs[index]);
    columns.arrests[index] = zeroIfMissing(measures.arrests[index]);
  }
  return columns;
}

const zeroIfMissing = (value: number) => (Number.isNaN(value) ? 0 : value);
