/**
 * URL ⇄ state codec. The hash holds the view, the visible layers and their opacity, the selected
 * zone and the language, so a link reproduces what its sender saw. Decoding never throws: every
 * parameter that is missing or malformed falls back to its default on its own, and the problems
 * are reported so the app can say what it ignored.
 *
 * Format: `#v=<zoom>/<lat>/<lon>[/<bearing>]&l=<layer>,<layer>&o=<layer>:<0-100>,…&s=<layer>:<id>&lang=es`
 * plus the intervention filters (`p` pillars, `t` types, `st` statuses, `ag` agencies, `d` from/to)
 * and analysis settings (`y` coca year, `cy` change years, `rl` ranking layer, `ba` before/after type,
 * `rm` ranking metric).
 */
import {
  type AnalysisSettings,
  COCA_FIRST_YEAR,
  COCA_LAST_YEAR,
  DEFAULT_SETTINGS,
  EMPTY_FILTERS,
  type FilterState,
  isPillar,
  isStatus,
  isType,
} from '../analysis/filters';
import { isZoneLayer, type ZoneRef } from '../analysis/zone-layers';
import { isIsoDate } from '../geo/iso-date';
import { isRankingMetric } from '../geo/rank-zones';
import type { Lang } from '../i18n/translate';
import { DEFAULT_OPACITY, DEFAULT_VISIBLE, isToggleLayer, TOGGLE_LAYERS, type ToggleLayerId } from './layers';
import { DEFAULT_VIEW, type View } from './view';

export interface UrlState {
  view: View;
  visible: Record<ToggleLayerId, boolean>;
  opacity: Record<ToggleLayerId, number>;
  selection: ZoneRef | null;
  lang: Lang;
  filters: FilterState;
  settings: AnalysisSettings;
}

export interface DecodedUrlState {
  state: UrlState;
  /** One entry per parameter that was present but could not be used. */
  ignored: string[];
  /** Whether the URL held a usable view (otherwise the map fits Colombia). */
  hasView: boolean;
}

export function defaultUrlState(): UrlState {
  return {
    view: { ...DEFAULT_VIEW, center: [...DEFAULT_VIEW.center] },
    visible: { ...DEFAULT_VISIBLE },
    opacity: { ...DEFAULT_OPACITY },
    selection: null,
    lang: 'es',
    filters: { ...EMPTY_FILTERS },
    settings: { ...DEFAULT_SETTINGS },
  };
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** @example encodeUrlState(state) // 'v=5.2/4.6/-73.5&l=pdet-subregions,zonas-futuro&lang=es' */
export function encodeUrlState(state: UrlState): string {
  const { view } = state;
  const parts = [`v=${round(view.zoom, 2)}/${round(view.center[1], 4)}/${round(view.center[0], 4)}`];
  if (round(view.bearing, 1) !== 0) parts[0] += `/${round(view.bearing, 1)}`;
  parts.push(`l=${TOGGLE_LAYERS.filter((id) => state.visible[id]).join(',')}`);
  const opacity = TOGGLE_LAYERS.filter((id) => state.opacity[id] !== DEFAULT_OPACITY[id]).map(
    (id) => `${id}:${Math.round(state.opacity[id] * 100)}`,
  );
  if (opacity.length > 0) parts.push(`o=${opacity.join(',')}`);
  if (state.selection) parts.push(`s=${state.selection.layer}:${encodeURIComponent(state.selection.id)}`);
  parts.push(`lang=${state.lang}`);
  const { filters, settings } = state;
  const list = (key: string, values: readonly string[] | null) => {
    if (values !== null) parts.push(`${key}=${values.map(encodeURIComponent).join(',')}`);
  };
  list('p', filters.pillars);
  list('t', filters.types);
  list('st', filters.statuses);
  list('ag', filters.agencies);
  if (filters.dateFrom !== null || filters.dateTo !== null)
    parts.push(`d=${filters.dateFrom ?? ''}/${filters.dateTo ?? ''}`);
  if (settings.cocaYear !== DEFAULT_SETTINGS.cocaYear) parts.push(`y=${settings.cocaYear}`);
  if (
    settings.changeFrom !== DEFAULT_SETTINGS.changeFrom ||
    settings.changeTo !== DEFAULT_SETTINGS.changeTo
  ) {
    parts.push(`cy=${settings.changeFrom}-${settings.changeTo}`);
  }
  if (settings.rankingLayer !== DEFAULT_SETTINGS.rankingLayer) parts.push(`rl=${settings.rankingLayer}`);
  if (settings.beforeAfterType !== DEFAULT_SETTINGS.beforeAfterType)
    parts.push(`ba=${settings.beforeAfterType}`);
  if (settings.rankingMetric !== DEFAULT_SETTINGS.rankingMetric) parts.push(`rm=${settings.rankingMetric}`);
  return parts.join('&');
}

export function decodeUrlState(hash: string): DecodedUrlState {
  const state = defaultUrlState();
  const ignored: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    return { state, ignored: ['hash'], hasView: false };
  }

  const view = params.get('v');
  if (view !== null) {
    const parsed = parseView(view);
    if (parsed) state.view = parsed;
    else ignored.push('v');
  }

  const layers = params.get('l');
  if (layers !== null) {
    const ids = layers === '' ? [] : layers.split(',');
    if (ids.every(isToggleLayer)) {
      for (const id of TOGGLE_LAYERS) state.visible[id] = ids.includes(id);
    } else ignored.push('l');
  }

  const opacity = params.get('o');
  if (opacity !== null) {
    for (const entry of opacity.split(',')) {
      const [id, percent] = entry.split(':');
      const value = Number(percent);
      if (isToggleLayer(id) && percent !== '' && Number.isFinite(value) && value >= 0 && value <= 100) {
        state.opacity[id] = value / 100;
      } else ignored.push(`o:${entry}`);
    }
  }

  const selection = params.get('s');
  if (selection !== null) {
    const separator = selection.indexOf(':');
    const layer = selection.slice(0, separator);
    const id = safeDecode(selection.slice(separator + 1));
    if (separator > 0 && isZoneLayer(layer) && id && id.length <= 100) state.selection = { layer, id };
    else ignored.push('s');
  }

  const lang = params.get('lang');
  if (lang !== null) {
    if (lang === 'es' || lang === 'en') state.lang = lang;
    else ignored.push('lang');
  }
  decodeFilters(params, state, ignored);
  return { state, ignored, hasView: view !== null && !ignored.includes('v') };
}

function decodeFilters(params: URLSearchParams, state: UrlState, ignored: string[]): void {
  const list = <T extends string>(key: string, guard: (value: string) => value is T): T[] | null => {
    const raw = params.get(key);
    if (raw === null) return null;
    const values = raw === '' ? [] : raw.split(',').map((value) => safeDecode(value) ?? '');
    if (values.every(guard)) return values;
    ignored.push(key);
    return null;
  };
  state.filters.pillars = list('p', isPillar);
  state.filters.types = list('t', isType);
  state.filters.statuses = list('st', isStatus);
  state.filters.agencies = list('ag', (value): value is string => value.length > 0 && value.length <= 80);
  const dates = params.get('d');
  if (dates !== null) {
    const [from = '', to = ''] = dates.split('/');
    if (
      (from === '' || isIsoDate(from)) &&
      (to === '' || isIsoDate(to)) &&
      (from === '' || to === '' || from <= to)
    ) {
      state.filters.dateFrom = from || null;
      state.filters.dateTo = to || null;
    } else ignored.push('d');
  }
  const isYear = (value: number) =>
    Number.isInteger(value) && value >= COCA_FIRST_YEAR && value <= COCA_LAST_YEAR;
  const year = params.get('y');
  if (year !== null) {
    if (isYear(Number(year))) state.settings.cocaYear = Number(year);
    else ignored.push('y');
  }
  const change = params.get('cy');
  if (change !== null) {
    const [from, to] = change.split('-').map(Number);
    if (isYear(from) && isYear(to) && from < to) {
      state.settings.changeFrom = from;
      state.settings.changeTo = to;
    } else ignored.push('cy');
  }
  const rankingLayer = params.get('rl');
  if (rankingLayer !== null) {
    if (isZoneLayer(rankingLayer)) state.settings.rankingLayer = rankingLayer;
    else ignored.push('rl');
  }
  const beforeAfter = params.get('ba');
  if (beforeAfter !== null) {
    if (isType(beforeAfter)) state.settings.beforeAfterType = beforeAfter;
    else ignored.push('ba');
  }
  const rankingMetric = params.get('rm');
  if (rankingMetric !== null) {
    if (isRankingMetric(rankingMetric)) state.settings.rankingMetric = rankingMetric;
    else ignored.push('rm');
  }
}

function parseView(value: string): View | null {
  const numbers = value.split('/').map((part) => (part.trim() === '' ? Number.NaN : Number(part)));
  if (numbers.length < 3 || numbers.length > 4 || numbers.some((n) => !Number.isFinite(n))) return null;
  const [zoom, lat, lon, bearing = 0] = numbers;
  if (zoom < 0 || zoom > 22 || lat < -85 || lat > 85 || lon < -180 || lon > 180) return null;
  return { zoom, center: [lon, lat], bearing: ((((bearing + 180) % 360) + 360) % 360) - 180 };
}

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
