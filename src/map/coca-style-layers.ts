/**
 * The coca layers of the style: the official hectares per municipality as a choropleth (the
 * shared classes of the palette), and the synthetic 1 km estimate cells as a heatmap when zoomed
 * out and as dots sized and coloured by class when zoomed in.
 *
 * @example cocaEstimateLayers({ visible, opacity, cocaYear: 2010 }) // reads `y2015`: the cells start in 2015
 */
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { COCA_CELL_FIRST_YEAR } from '../io/schemas';
import { COCA_CELL_CLASSES, COCA_MUNICIPAL_CLASSES, COLORS } from '../theme/palette';
import { classColor, round, type ToggleInput } from './style-expressions';

export interface CocaLayersInput extends ToggleInput {
  /** Official coca hectares per municipality (DIVIPOLA) in the chosen year, for the choropleth. */
  cocaByMunicipality?: Readonly<Record<string, number>>;
  /** The chosen coca year (estimate points carry one property `y<year>` per year). */
  cocaYear?: number;
}

export function cocaChoroplethLayer(input: CocaLayersInput): LayerSpecification {
  const color = classColor('divipola', input.cocaByMunicipality ?? {}, COCA_MUNICIPAL_CLASSES);
  return {
    id: 'coca-choropleth',
    type: 'fill',
    source: 'municipalities',
    layout: { visibility: input.visible['coca-choropleth'] ? 'visible' : 'none' },
    paint: { 'fill-color': color, 'fill-opacity': round(input.opacity['coca-choropleth']) },
  };
}

export function cocaEstimateLayers(input: CocaLayersInput): LayerSpecification[] {
  const visibility = input.visible['coca-estimates'] ? 'visible' : 'none';
  // The cells cover 2015–2024 only; earlier years show 2015 (the legend says which year is drawn).
  const year = Math.max(COCA_CELL_FIRST_YEAR, input.cocaYear ?? 2023);
  const value: ExpressionSpecification = ['coalesce', ['get', `y${year}`], 0];
  const opacity = round(input.opacity['coca-estimates']);
  return [
    {
      id: 'coca-estimates-heat',
      type: 'heatmap',
      source: 'coca-estimates',
      maxzoom: 8,
      filter: ['>', value, 0],
      layout: { visibility },
      paint: {
        'heatmap-weight': ['/', value, 100],
        'heatmap-intensity': ['interpolate', ['linear'], ['zoom'], 4, 0.6, 8, 2],
        'heatmap-radius': ['interpolate', ['linear'], ['zoom'], 4, 4, 8, 12],
        'heatmap-opacity': ['interpolate', ['linear'], ['zoom'], 6.5, opacity, 8, 0],
        'heatmap-color': [
          'interpolate',
          ['linear'],
          ['heatmap-density'],
          0,
          COLORS.transparent,
          0.2,
          COCA_CELL_CLASSES[0].color,
          0.5,
          COCA_CELL_CLASSES[1].color,
          0.8,
          COCA_CELL_CLASSES[2].color,
          1,
          COCA_CELL_CLASSES[3].color,
        ],
      },
    },
    {
      id: 'coca-estimates-dots',
      type: 'circle',
      source: 'coca-estimates',
      minzoom: 6.5,
      filter: ['>', value, 0],
      layout: { visibility },
      paint: {
        'circle-color': stepByCellClass(
          value,
          COCA_CELL_CLASSES.map((c) => c.color),
        ),
        'circle-radius': [
          'interpolate',
          ['linear'],
          ['zoom'],
          6.5,
          1.5,
          11,
          stepByCellClass(
            value,
            COCA_CELL_CLASSES.map((c) => c.radius * 2),
          ),
        ],
        'circle-opacity': ['interpolate', ['linear'], ['zoom'], 6.5, 0, 7.5, opacity],
      },
    },
  ];
}

/** A `step` expression giving `outputs[i]` to a cell whose hectares fall in coca cell class i. */
function stepByCellClass(
  value: ExpressionSpecification,
  outputs: (string | number)[],
): ExpressionSpecification {
  const stops = COCA_CELL_CLASSES.slice(1).flatMap((c, index) => [c.min, outputs[index + 1]]);
  return ['step', value, outputs[0], ...stops] as unknown as ExpressionSpecification;
}
