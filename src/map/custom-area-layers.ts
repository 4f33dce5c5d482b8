/**
 * Style pieces for an imported area: an inline GeoJSON source (the area is small: the reader caps
 * it at 200,000 vertices) and a light fill under a dashed black outline. Pure; `buildStyle` adds
 * them above the zone layers and below the points.
 */
import type { LayerSpecification, SourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import { COLORS } from '../theme/palette';

export const CUSTOM_AREA_SOURCE = 'custom-area';

export function customAreaSource(collection: GeoJSON.FeatureCollection): SourceSpecification {
  return { type: 'geojson', data: collection };
}

export function customAreaLayers(): LayerSpecification[] {
  return [
    {
      id: 'custom-area-fill',
      type: 'fill',
      source: CUSTOM_AREA_SOURCE,
      paint: { 'fill-color': COLORS.customAreaFill, 'fill-opacity': 0.08 },
    },
    {
      id: 'custom-area-outline',
      type: 'line',
      source: CUSTOM_AREA_SOURCE,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': COLORS.customAreaOutline, 'line-width': 2.5, 'line-dasharray': [2, 1.5] },
    },
  ];
}
