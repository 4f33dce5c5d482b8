/**
 * The label layers of the style: municipality names when zoomed in; subregion, Zona Futuro and
 * pilot names when zoomed out, each shown with its layer. Labels come from `labels.geojson`
 * (one point per zone) and render with the browser's fonts (no glyph server).
 *
 * @example labelLayers({ visible }).map((layer) => layer.id) // ['labels-municipalities', 'labels-pdet', …]
 */
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { ToggleLayerId } from '../state/layers';
import { COLORS } from '../theme/palette';
import { LABEL_FONT } from './style-expressions';

export function labelLayers(input: {
  visible: Readonly<Record<ToggleLayerId, boolean>>;
}): LayerSpecification[] {
  const label = (
    id: string,
    layer: string,
    minzoom: number,
    maxzoom: number,
    size: number,
    visible = true,
  ): LayerSpecification => ({
    id,
    type: 'symbol',
    source: 'labels',
    minzoom,
    maxzoom,
    filter: ['==', ['get', 'layer'], layer],
    layout: {
      visibility: visible ? 'visible' : 'none',
      'text-field': ['get', 'name'],
      'text-font': LABEL_FONT,
      'text-size': size,
      'text-max-width': 8,
      'text-padding': 2,
    },
    paint: { 'text-color': COLORS.label, 'text-halo-color': COLORS.labelHalo, 'text-halo-width': 1.4 },
  });
  return [
    label('labels-municipalities', 'municipalities', 7.5, 24, 11),
    label('labels-pdet', 'pdet-subregions', 4, 7.5, 12, input.visible['pdet-subregions']),
    label('labels-zonas-futuro', 'zonas-futuro', 4, 7.5, 12, input.visible['zonas-futuro']),
    label('labels-pilots', 'pilot-municipalities', 4, 7.5, 13, input.visible['pilot-municipalities']),
  ];
}
