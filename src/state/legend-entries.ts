/**
 * The legend of the visible layers as data: the on-screen legend renders it and every export
 * draws it, so both always show the same colours and classes as the map (theme/palette.ts).
 */
import { PILLARS } from '../geo/taxonomy';
import { formatNumber } from '../i18n/format-number';
import { type Lang, translate } from '../i18n/translate';
import { COCA_CELL_FIRST_YEAR } from '../io/schemas';
import {
  COCA_CELL_CLASSES,
  COCA_MUNICIPAL_CLASSES,
  COLORS,
  PILLAR_COLORS,
  pdetColorMap,
  STATUS_COLORS,
} from '../theme/palette';
import type { ToggleLayerId } from './layers';

export type LegendShape = 'fill' | 'line' | 'circle' | 'dashed-fill';

export interface LegendEntry {
  label: string;
  color: string;
  shape: LegendShape;
  /** Classes (e.g. coca hectare bins or pillars) drawn as indented rows under the entry. */
  classes?: { label: string; color: string }[];
}

export interface LegendInput {
  visible: Readonly<Record<ToggleLayerId, boolean>>;
  cocaYear: number;
  pdetSubregions: readonly string[];
  lang: Lang;
  /** The ranking choropleth's title and classes, when it is drawn. */
  ranking?: { label: string; classes: readonly { min: number; color: string }[] } | null;
}

/** "100 – 500"-style label of class `index`; the last class is open ("≥ 10.000"). */
export function classLabel(classes: readonly { min: number }[], index: number, lang: Lang): string {
  const n = (value: number) => formatNumber(value, lang);
  const low = classes[index].min < 1 ? 0 : classes[index].min;
  const next = classes[index + 1];
  return next ? `${n(low)} – ${n(next.min)}` : `≥ ${n(low)}`;
}

/** Title of the ranking choropleth: "Ranking: Intervenciones por Subregiones PDET". */
export function rankingLegendLabel(
  lang: Lang,
  settings: {
    rankingMetric: string;
    rankingLayer: string;
    cocaYear: number;
    changeFrom: number;
    changeTo: number;
  },
): string {
  const metric = translate(lang, `metric.${settings.rankingMetric}` as Parameters<typeof translate>[1], {
    year: settings.cocaYear,
    from: settings.changeFrom,
    to: settings.changeTo,
  });
  const layer = translate(lang, `ranking.layer.${settings.rankingLayer}` as Parameters<typeof translate>[1]);
  return translate(lang, 'legend.ranking', { metric, layer });
}

/**
 * Legend entries, top layer first.
 *
 * @example legendEntries({ visible, cocaYear: 2023, pdetSubregions, lang: 'es' })[0].label // 'Intervenciones …'
 */
export function legendEntries(input: LegendInput): LegendEntry[] {
  const { visible, lang } = input;
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(lang, key, params);
  const entries: LegendEntry[] = [];
  if (visible.interventions) {
    entries.push({
      label: t('legend.interventions'),
      color: COLORS.selection,
      shape: 'circle',
      classes: [
        ...PILLARS.map((pillar) => ({ label: t(`pillar.${pillar}`), color: PILLAR_COLORS[pillar] })),
        { label: t('legend.statusPlanned'), color: STATUS_COLORS.planned },
        { label: t('legend.statusSuspended'), color: STATUS_COLORS.suspended },
        { label: t('legend.cluster'), color: COLORS.cluster },
      ],
    });
  }
  if (visible['coca-estimates']) {
    entries.push({
      label: t('legend.cocaCells', { year: Math.max(input.cocaYear, COCA_CELL_FIRST_YEAR) }),
      color: COCA_CELL_CLASSES[2].color,
      shape: 'circle',
      classes: COCA_CELL_CLASSES.map((c, index) => ({
        label: classLabel(COCA_CELL_CLASSES, index, lang),
        color: c.color,
      })),
    });
  }
  if (visible['pilot-municipalities'])
    entries.push({ label: t('legend.pilot'), color: COLORS.pilot, shape: 'fill' });
  if (visible['zonas-futuro']) {
    entries.push({ label: t('legend.zfVerified'), color: COLORS.zonaFuturo, shape: 'line' });
    entries.push({ label: t('legend.zfCandidate'), color: COLORS.zonaFuturo, shape: 'dashed-fill' });
  }
  if (visible['pdet-municipalities']) {
    entries.push({ label: t('legend.pdetMunicipality'), color: COLORS.pdetMunicipality, shape: 'line' });
  }
  if (visible['pdet-subregions']) {
    entries.push({
      label: t('layer.pdet-subregions'),
      color: COLORS.pdetMunicipality,
      shape: 'fill',
      classes: [...pdetColorMap(input.pdetSubregions)].map(([label, color]) => ({ label, color })),
    });
  }
  if (visible.departments)
    entries.push({ label: t('legend.department'), color: COLORS.department, shape: 'line' });
  if (visible['ranking-choropleth'] && input.ranking && input.ranking.classes.length > 0) {
    const compact = (value: number) =>
      formatNumber(value, lang, {
        notation: 'compact',
        maximumFractionDigits: 1,
      } as Intl.NumberFormatOptions);
    const classes = input.ranking.classes;
    entries.push({
      label: input.ranking.label,
      color: classes[classes.length - 1].color,
      shape: 'fill',
      classes: classes.map((c, index) => ({
        label:
          index + 1 < classes.length
            ? `${compact(c.min)} – ${compact(classes[index + 1].min)}`
            : `≥ ${compact(c.min)}`,
        color: c.color,
      })),
    });
  }
  if (visible['coca-choropleth']) {
    entries.push({
      label: t('legend.cocaMunicipal', { year: input.cocaYear }),
      color: COCA_MUNICIPAL_CLASSES[3].color,
      shape: 'fill',
      classes: COCA_MUNICIPAL_CLASSES.map((c, index) => ({
        label: classLabel(COCA_MUNICIPAL_CLASSES, index, lang),
        color: c.color,
      })),
    });
  }
  return entries;
}
