/**
 * What every data export says about itself: title, export date, sources and licences (from the
 * manifest), the active filters in words, and the sample/synthetic notice. Shared by the CSV and
 * GeoJSON exports; pure (the caller passes the date and the language).
 */

import type { AnalysisSettings, FilterState } from '../../analysis/filters';
import type { MessageKey } from '../../i18n/dictionary';
import { type Lang, translate } from '../../i18n/translate';
import type { ManifestLayer } from '../../io/manifest';

/** Layers whose provenance every data export names. */
export const EXPORT_SOURCE_LAYERS = ['interventions', 'coca-municipal', 'coca-estimates'] as const;

export interface ExportContext {
  lang: Lang;
  /** ISO date-time of the export (passed in: nothing here reads the clock). */
  exportedAt: string;
  /** `manifest.layers` (empty when the manifest is not loaded). */
  layers: readonly ManifestLayer[];
  filters: FilterState;
  settings: AnalysisSettings;
  /** The selected zone in words ("Catatumbo (Subregión PDET)"), or null when none is selected. */
  zone: string | null;
}

export interface ExportSource {
  id: string;
  title: string;
  attribution: string;
  licence: string;
  kind: string;
}

/** Provenance of the interventions and coca layers, in manifest order of `EXPORT_SOURCE_LAYERS`. */
export function exportSources(layers: readonly ManifestLayer[], lang: Lang): ExportSource[] {
  return EXPORT_SOURCE_LAYERS.flatMap((id) => {
    const layer = layers.find((candidate) => candidate.id === id);
    return layer
      ? [
          {
            id,
            title: layer.title[lang],
            attribution: layer.attribution,
            licence: layer.licence,
            kind: layer.kind,
          },
        ]
      : [];
  });
}

/**
 * The filters in words, one entry per dimension, always with the zone and the coca year.
 *
 * @example
 * describeFilters({ ...context, zone: 'Catatumbo (Subregión PDET)', filters: { ...EMPTY_FILTERS, pillars: ['RD'] } });
 * // ['Zona: Catatumbo (Subregión PDET)', 'Pilar: Seguridad y desarrollo rural integral (RD)', 'Año de coca: 2023']
 */
export function describeFilters(context: Pick<ExportContext, 'lang' | 'filters' | 'settings' | 'zone'>) {
  const t = (key: MessageKey, params?: Record<string, string | number>) =>
    translate(context.lang, key, params);
  const { filters } = context;
  const none = t('export.noFilters');
  const list = (values: readonly string[]) => (values.length === 0 ? none : values.join(', '));
  const parts = [`${t('filters.zone')}: ${context.zone ?? t('export.zoneNone')}`];
  if (filters.pillars) {
    parts.push(`${t('filters.pillar')}: ${list(filters.pillars.map((p) => `${t(`pillar.${p}`)} (${p})`))}`);
  }
  if (filters.types) {
    parts.push(
      `${t('filters.type')}: ${list(filters.types.map((type) => `${t(`type.${type}`)} (${type})`))}`,
    );
  }
  if (filters.statuses) {
    parts.push(`${t('filters.status')}: ${list(filters.statuses.map((s) => t(`status.${s}`)))}`);
  }
  if (filters.agencies) parts.push(`${t('filters.agency')}: ${list(filters.agencies)}`);
  if (filters.dateFrom || filters.dateTo) {
    parts.push(`${t('filters.dates')}: ${filters.dateFrom ?? '…'} – ${filters.dateTo ?? '…'}`);
  }
  parts.push(`${t('export.cocaYear')}: ${context.settings.cocaYear}`);
  return parts;
}

/** The sample/synthetic notice every export carries, in the context's language. */
export function sampleNotice(lang: Lang): string {
  return translate(lang, 'export.sampleNotice');
}

/**
 * The header lines of an export (without comment markers): title, export date, one line per
 * source, the filters, `extra` lines, and the sample notice.
 */
export function exportHeaderLines(title: string, context: ExportContext, extra: readonly string[] = []) {
  const t = (key: MessageKey, params?: Record<string, string | number>) =>
    translate(context.lang, key, params);
  return [
    title,
    t('export.exportedAt', { date: context.exportedAt }),
    ...exportSources(context.layers, context.lang).map((source) => t('export.source', { ...source })),
    t('export.filters', { filters: describeFilters(context).join(' · ') }),
    ...extra,
    sampleNotice(context.lang),
  ];
}
