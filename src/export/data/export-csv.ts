/**
 * CSV exports of the filtered interventions and of the zone figures. RFC 4180 (CRLF, quotes only
 * where needed), UTF-8 with a BOM so spreadsheets pick the encoding, numbers unformatted (dot
 * decimal). Text cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR at
 * the start) get a leading `'`. The file opens with `# ` comment rows (see `exportHeaderLines`).
 */
import type { ZoneLayerId } from '../../analysis/zone-layers';
import type { ZoneRow } from '../../geo/aggregate-rows';
import type { InterventionFeature } from '../../geo/intervention-feature';
import { PILLARS } from '../../geo/taxonomy';
import { ZONE_METRICS } from '../../geo/zone-aggregates';
import { translate } from '../../i18n/translate';
import { type ExportContext, exportHeaderLines } from './export-metadata';

export type CsvValue = string | number | boolean | null | undefined;

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: numbers as plain dot-decimal (non-finite → empty), text neutralised against
 * formula injection and quoted when it holds a comma, quote or line break.
 *
 * @example csvCell('=SUM(A1)') // "'=SUM(A1)"
 * @example csvCell('a, "b"')   // '"a, ""b"""'
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Joins rows of cells as CSV lines (CRLF), with `# ` comment lines first. No BOM. Comment lines
 * are kept on one line and their double quotes become single ones, so that no CSV reader starts a
 * quoted field inside them.
 */
export function toCsv(comments: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = comments.map((line) => `# ${line.replace(/[\r\n]+/g, ' ').replace(/"/g, "'")}`);
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export const INTERVENTION_CSV_COLUMNS = [
  'id',
  'title',
  'pillar',
  'type',
  'agency',
  'status',
  'start_date',
  'end_date',
  'budget_cop',
  'beneficiaries',
  'divipola',
  'municipality',
  'department',
  'hectares',
  'km',
  'families',
  'seized_kg',
  'labs',
  'arrests',
  'lon',
  'lat',
  'sample',
] as const;

/** Municipality name and department of a DIVIPOLA code, when known. */
export type MunicipalityLookup = (divipola: string) => { name: string; department: string } | undefined;

/**
 * The filtered interventions (`indices` into `features`, in that order) as a CSV file text.
 *
 * @example interventionsCsv(features, result.indices, context, (code) => catalog.municipalities.get(code))
 */
export function interventionsCsv(
  features: readonly InterventionFeature[],
  indices: ArrayLike<number>,
  context: ExportContext,
  municipality: MunicipalityLookup = () => undefined,
): string {
  const rows: CsvValue[][] = [[...INTERVENTION_CSV_COLUMNS]];
  for (let i = 0; i < indices.length; i++) {
    const feature = features[indices[i]];
    const p = feature.properties;
    const place = municipality(p.divipola);
    const [lon, lat] = feature.geometry.coordinates;
    rows.push([
      p.id,
      p.title,
      p.pillar,
      p.type,
      p.agency,
      p.status,
      p.start_date,
      p.end_date,
      p.budget_cop,
      p.beneficiaries,
      p.divipola,
      place?.name,
      place?.department,
      p.hectares,
      p.km,
      p.families,
      p.seized_kg,
      p.labs,
      p.arrests,
      lon,
      lat,
      p.sample,
    ]);
  }
  const title = translate(context.lang, 'export.titleInterventions');
  const extra = [translate(context.lang, 'export.rows', { count: indices.length })];
  return BOM + toCsv(exportHeaderLines(title, context, extra), rows);
}

/**
 * Zone figures (the ranking rows of one layer) as a CSV file text: count, by pillar, every zone
 * metric (budget, beneficiaries, hectares…), coca change and interventions per 1,000 ha of coca.
 */
export function zonesCsv(rows: readonly ZoneRow[], layer: ZoneLayerId, context: ExportContext): string {
  const { settings, lang } = context;
  const header: CsvValue[] = [
    'zone',
    'count',
    ...PILLARS.map((pillar) => `pillar_${pillar}`),
    ...ZONE_METRICS,
    'coca_from_year',
    'coca_to_year',
    'coca_from_ha',
    'coca_to_ha',
    'coca_change_ha',
    'coca_change_percent',
    `interventions_per_1000_ha_coca_${settings.cocaYear}`,
  ];
  const body = rows.map((row): CsvValue[] => [
    row.name,
    row.count,
    ...PILLARS.map((pillar) => row.byPillar[pillar]),
    ...ZONE_METRICS.map((metric) => row.metrics[metric]),
    row.coca?.fromYear ?? settings.changeFrom,
    row.coca?.toYear ?? settings.changeTo,
    row.coca?.from,
    row.coca?.to,
    row.coca?.changeHectares,
    row.coca?.changePercent,
    row.interventionsPer1000Hectares,
  ]);
  const layerName = translate(lang, `picker.kind.${layer}`);
  const extra = [
    `${translate(lang, 'export.cocaChange')}: ${settings.changeFrom}–${settings.changeTo}`,
    translate(lang, 'export.rows', { count: rows.length }),
  ];
  const title = translate(lang, 'export.titleZones', { layer: layerName });
  return BOM + toCsv(exportHeaderLines(title, context, extra), [header, ...body]);
}
