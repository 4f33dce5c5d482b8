/**
 * Small pure helpers shared by the style's layer groups: colour expressions by class or by name,
 * visibility and opacity from the layer toggles, and the label font stack.
 *
 * @example classColor('divipola', { '52835': 5000 }, COCA_MUNICIPAL_CLASSES) // ['match', ['get', 'divipola'], ['52835'], '#b30000', 'rgba(0,0,0,0)']
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { ToggleLayerId } from '../state/layers';
import { COLORS, classIndex } from '../theme/palette';

/** Fonts for labels and cluster counts (MapLibre renders them locally: no glyph server). */
export const LABEL_FONT = ['DejaVu Sans', 'Liberation Sans', 'Arial', 'sans-serif'];

/** Opacity and other fractions rounded to 0.001, so a style's text does not change by noise. */
export const round = (value: number) => Math.round(value * 1000) / 1000;

/** What the layer groups read of the toggles. */
export interface ToggleInput {
  visible: Readonly<Record<ToggleLayerId, boolean>>;
  opacity: Readonly<Record<ToggleLayerId, number>>;
}

export const visibility = (input: ToggleInput, id: ToggleLayerId) =>
  (input.visible[id] ? 'visible' : 'none') as 'visible' | 'none';

/** The toggle's opacity times `factor`, rounded. */
export const opacity = (input: ToggleInput, id: ToggleLayerId, factor = 1) =>
  round(input.opacity[id] * factor);

/**
 * A `match` colour expression that puts each feature (by the value of property `key`) in its
 * class; features without a value, or below the first class, stay transparent.
 */
export function classColor(
  key: string,
  values: Readonly<Record<string, number>>,
  classes: readonly { min: number; color: string }[],
): ExpressionSpecification {
  const byClass: string[][] = classes.map(() => []);
  for (const [id, value] of Object.entries(values).sort()) {
    const index = classIndex(value, classes);
    if (index >= 0) byClass[index].push(id);
  }
  const arms = byClass.flatMap((ids, index) => (ids.length > 0 ? [ids, classes[index].color] : []));
  return (arms.length > 0
    ? ['match', ['get', key], ...arms, COLORS.transparent]
    : COLORS.transparent) as unknown as ExpressionSpecification;
}

/** A `match` expression from a name → colour map (a plain colour when the map is empty). */
export function matchColor(
  input: ExpressionSpecification,
  colors: Map<string, string>,
): ExpressionSpecification | string {
  if (colors.size === 0) return COLORS.unknownZone;
  return ['match', input, ...[...colors].flat(), COLORS.unknownZone] as unknown as ExpressionSpecification;
}
