/**
 * What an export needs from the app state, as pure functions: the default title and subtitle, the
 * active filters in words, the data year, the manifest layers behind the visible map layers (for
 * the sources line and the sample stamp), the shared composition, and the zones of a batch.
 * Only store state goes in, so the same link and preset always give the same image.
 */

import type { FilterState } from '../analysis/filters';
import type { ZoneRef } from '../analysis/zone-layers';
import { isIsoDate } from '../geo/iso-date';
import type { MessageKey } from '../i18n/dictionary';
import { type Lang, translate } from '../i18n/translate';
import type { Manifest } from '../io/manifest';
import type { Catalog } from '../state/catalog';
import { MANIFEST_ID, TOGGLE_LAYERS, type ToggleLayerId } from '../state/layers';
import { type LegendInput, legendEntries } from '../state/legend-entries';
import { zoneLabel } from '../state/zone-label';
import type { BBox } from './camera-for-bbox';
import type { SharedComposition } from './export-image';
import { needsSampleStamp } from './needs-sample-stamp';
import { sourcesFromManifest } from './sources-from-manifest';

/** The inputs of an export composition: a narrow view of the store. */
export interface ExportStateView {
  visible: Readonly<Record<ToggleLayerId, boolean>>;
  selection: ZoneRef | null;
  /** An imported area filtering the data instead of a catalog zone. */
  customArea?: { name: string } | null;
  filters: FilterState;
  cocaYear: number;
  lang: Lang;
  manifest: Pick<Manifest, 'layers'> | null;
  catalog: Catalog | null;
  /** The ranking choropleth's legend title and classes when it is drawn (as the on-screen legend). */
  ranking?: LegendInput['ranking'];
}

/** Base layers every map draws whatever the toggles say. */
const ALWAYS_DRAWN = ['municipalities', 'context'];

/** The layer whose year was contested by the Government of Colombia. */
export const CONTESTED_COCA_YEAR = 2024;

/** Visible toggle layers, top layer first. */
export function visibleLayerIds(visible: Readonly<Record<ToggleLayerId, boolean>>): ToggleLayerId[] {
  return [...TOGGLE_LAYERS].reverse().filter((id) => visible[id]);
}

/** Manifest ids behind the visible layers plus the always-drawn boundaries, without repeats. */
export function visibleManifestIds(visible: Readonly<Record<ToggleLayerId, boolean>>): string[] {
  return [...new Set([...visibleLayerIds(visible).map((id) => MANIFEST_ID[id]), ...ALWAYS_DRAWN])];
}

/** The name of the zone filtering the data (catalog zone or imported area), or null. */
export function zoneName(
  view: Pick<ExportStateView, 'selection' | 'customArea' | 'catalog' | 'lang'>,
): string | null {
  return zoneLabel({ ...view, customArea: view.customArea ?? null })?.name ?? null;
}

function cocaVisible(visible: Readonly<Record<ToggleLayerId, boolean>>): boolean {
  return visible['coca-choropleth'] || visible['coca-estimates'];
}

/**
 * "San Andrés de Tumaco — intervenciones y coca 2023".
 *
 * @example defaultTitle({ ...view, selection: null }) // "Colombia — intervenciones"
 */
export function defaultTitle(view: ExportStateView): string {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(view.lang, key, params);
  const parts: string[] = [];
  if (view.visible.interventions) parts.push(t('export.theme.interventions'));
  if (cocaVisible(view.visible)) parts.push(t('export.theme.coca', { year: view.cocaYear }));
  const theme = parts.length > 0 ? parts.join(t('export.theme.and')) : t('export.theme.map');
  return `${zoneName(view) ?? 'Colombia'} — ${theme}`;
}

/** "Municipio piloto · Nariño" for a selected zone, empty without one. */
export function defaultSubtitle(view: ExportStateView): string {
  if (view.customArea) return translate(view.lang, 'area.kind');
  if (!view.selection) return '';
  const kind = translate(view.lang, `picker.kind.${view.selection.layer}`);
  const { layer, id } = view.selection;
  const department =
    layer === 'municipalities' || layer === 'pilot-municipalities'
      ? (view.catalog?.municipalities.get(id)?.department ?? '')
      : '';
  return [kind, department].filter(Boolean).join(' · ');
}

/** The active filters as "Name: values" lines in the interface language. */
export function filtersInWords(view: ExportStateView): string[] {
  const t = (key: MessageKey) => translate(view.lang, key);
  const { filters } = view;
  const lines: string[] = [];
  const zone = zoneName(view);
  if (zone) lines.push(`${t('filters.zone')}: ${zone}`);
  const list = (label: MessageKey, values: readonly string[] | null, name: (value: string) => string) => {
    if (values === null) return;
    lines.push(`${t(label)}: ${values.length === 0 ? t('export.noFilters') : values.map(name).join(', ')}`);
  };
  list('filters.pillar', filters.pillars, (v) => t(`pillar.${v}` as MessageKey));
  list('filters.type', filters.types, (v) => t(`type.${v}` as MessageKey));
  list('filters.status', filters.statuses, (v) => t(`status.${v}` as MessageKey));
  list('filters.agency', filters.agencies, (v) => v);
  if (filters.dateFrom || filters.dateTo)
    lines.push(`${t('filters.dates')}: ${filters.dateFrom ?? '…'} – ${filters.dateTo ?? '…'}`);
  return lines;
}

/** The coca year when a coca layer is visible ("2024 (cuestionado)" for 2024), else null. */
export function dataYear(view: Pick<ExportStateView, 'visible' | 'cocaYear' | 'lang'>): string | null {
  if (!cocaVisible(view.visible)) return null;
  return view.cocaYear === CONTESTED_COCA_YEAR
    ? translate(view.lang, 'export.contested', { year: view.cocaYear })
    : String(view.cocaYear);
}

/** Everything around the map that one export, or every image of a batch, shares. */
export function sharedComposition(view: ExportStateView, exportDate: string): SharedComposition {
  const ids = visibleManifestIds(view.visible);
  const layers = view.manifest?.layers ?? [];
  return {
    legend: legendEntries({
      visible: view.visible,
      cocaYear: view.cocaYear,
      pdetSubregions: view.catalog ? [...view.catalog.pdetSubregions.keys()] : [],
      lang: view.lang,
      ranking: view.ranking ?? null,
    }),
    filters: filtersInWords(view),
    dataYear: dataYear(view),
    sources: sourcesFromManifest(layers, ids, view.lang),
    exportDate,
    sampleStamp: needsSampleStamp(layers, ids),
  };
}

export type BatchLayer = 'pdet-subregions' | 'pilot-municipalities' | 'zonas-futuro';
export const BATCH_LAYERS: readonly BatchLayer[] = [
  'pdet-subregions',
  'pilot-municipalities',
  'zonas-futuro',
];

/** The zones of a batch layer, in catalog order (names sorted; pilots by DIVIPOLA). */
export function batchZones(catalog: Catalog, layer: BatchLayer): { id: string; name: string; bbox: BBox }[] {
  if (layer === 'pilot-municipalities') {
    return catalog.pilots.flatMap((code) => {
      const municipality = catalog.municipalities.get(code);
      return municipality ? [{ id: code, name: municipality.name, bbox: municipality.bbox }] : [];
    });
  }
  const zones = layer === 'pdet-subregions' ? catalog.pdetSubregions : catalog.zonasFuturo;
  return [...zones.values()].map((zone) => ({ id: zone.name, name: zone.name, bbox: zone.bbox }));
}

/** A title for a batch: the current zone's name becomes the "{zone}" placeholder. */
export function batchTitle(title: string, currentZone: string | null): string {
  if (title.includes('{zone}')) return title;
  if (currentZone && title.includes(currentZone)) return title.replace(currentZone, '{zone}');
  if (title.startsWith('Colombia — ')) return title.replace('Colombia', '{zone}');
  return title;
}

/**
 * The URL overrides for reproducible or diagnostic exports, read from the query string (the hash
 * holds the app state): `exportDate=YYYY-MM-DD` fixes the export date, `exportLimits=<px>`
 * pretends the browser's canvas side limit is `px`. Both are for tests and diagnostics only.
 */
export function exportOverrides(search: string): { exportDate: string | null; canvasSide: number | null } {
  const parameters = new URLSearchParams(search);
  const date = parameters.get('exportDate');
  const limit = Number(parameters.get('exportLimits'));
  return {
    exportDate: date && isIsoDate(date) ? date : null,
    canvasSide: Number.isInteger(limit) && limit > 0 ? limit : null,
  };
}
