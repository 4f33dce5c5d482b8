/**
 * The zone layers of the style, bottom to top: the sea and the land around Colombia, the PDET
 * subregions and municipalities, the ranking choropleth, the hover layer, the outlines, the
 * departments, the Zonas Futuro (members confirmed solid, candidates dashed) and the pilots; and
 * the outline of the selected zone. The coca choropleth is slotted in by `buildStyle`.
 *
 * @example zoneLayers(input).map((layer) => layer.id) // ['pdet-subregions-fill', …, 'pilot-municipalities-outline']
 */
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { type ZoneRef, zoneIdProperty } from '../analysis/zone-layers';
import { COLORS, pdetColorMap } from '../theme/palette';
import { classColor, matchColor, opacity, round, type ToggleInput, visibility } from './style-expressions';

/** The layer that answers hover and click (every municipality polygon). */
export const HIT_LAYER = 'municipalities-hit';

export interface ZoneLayersInput extends ToggleInput {
  pdetSubregions: readonly string[];
  /** The ranking metric per zone of the ranking layer, in classes (see state/ranking-choropleth). */
  rankingChoropleth?: {
    layer: ZoneRef['layer'];
    classes: readonly { min: number; color: string }[];
    values: Readonly<Record<string, number>>;
  } | null;
}

/** Sea, land and neighbours, and the online basemap when the user opted in. */
export function backgroundLayers(onlineBasemap: boolean): LayerSpecification[] {
  const layers: LayerSpecification[] = [
    { id: 'sea', type: 'background', paint: { 'background-color': COLORS.sea } },
    {
      id: 'context-land',
      type: 'fill',
      source: 'context',
      paint: {
        'fill-color': ['match', ['get', 'kind'], 'colombia', COLORS.land, COLORS.neighbour],
        'fill-outline-color': COLORS.neighbourOutline,
      },
    },
  ];
  if (onlineBasemap) {
    layers.push({ id: 'osm', type: 'raster', source: 'osm', paint: { 'raster-opacity': 0.85 } });
  }
  return layers;
}

/** The PDET fills (subregions, then member municipalities), under the ranking choropleth. */
export function pdetFillLayers(input: ZoneLayersInput): LayerSpecification[] {
  const colors = pdetColorMap(input.pdetSubregions);
  return [
    {
      id: 'pdet-subregions-fill',
      type: 'fill',
      source: 'pdet-subregions',
      layout: { visibility: visibility(input, 'pdet-subregions') },
      paint: {
        'fill-color': matchColor(['get', 'name'], colors),
        'fill-opacity': opacity(input, 'pdet-subregions'),
      },
    },
    {
      id: 'pdet-municipalities-fill',
      type: 'fill',
      source: 'municipalities',
      filter: IS_PDET,
      layout: { visibility: visibility(input, 'pdet-municipalities') },
      paint: {
        'fill-color': matchColor(['coalesce', ['get', 'pdet_subregion'], ''], colors),
        'fill-opacity': opacity(input, 'pdet-municipalities', 0.6),
      },
    },
  ];
}

const IS_PDET: ExpressionSpecification = ['!=', ['get', 'pdet_subregion'], null];
const IS_ZONA_MEMBER: ExpressionSpecification = ['!=', ['get', 'zona_futuro'], null];

/** Each zone of the ranking layer coloured by its class (hidden until the analysis has one). */
export function rankingChoroplethLayer(input: ZoneLayersInput): LayerSpecification {
  const choropleth = input.rankingChoropleth;
  const layer = choropleth?.layer ?? 'pdet-subregions';
  const color = classColor(zoneIdProperty(layer), choropleth?.values ?? {}, choropleth?.classes ?? []);
  return {
    id: 'ranking-choropleth',
    type: 'fill',
    source: layer,
    layout: { visibility: input.visible['ranking-choropleth'] && choropleth ? 'visible' : 'none' },
    paint: {
      'fill-color': color,
      'fill-opacity': round(input.opacity['ranking-choropleth']),
      'fill-outline-color': COLORS.rankingOutline,
    },
  };
}

/** Hover, outlines, departments, Zonas Futuro and pilots, above the fills and choropleths. */
export function zoneLineLayers(input: ZoneLayersInput): LayerSpecification[] {
  const subregionColor = matchColor(['get', 'name'], pdetColorMap(input.pdetSubregions));
  return [
    {
      id: HIT_LAYER,
      type: 'fill',
      source: 'municipalities',
      paint: {
        'fill-color': COLORS.hover,
        'fill-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 0.18, 0],
      },
    },
    {
      id: 'municipalities-outline',
      type: 'line',
      source: 'municipalities',
      minzoom: 6,
      paint: { 'line-color': COLORS.municipalityOutline, 'line-width': 0.5, 'line-opacity': 0.8 },
    },
    {
      id: 'pdet-municipalities-outline',
      type: 'line',
      source: 'municipalities',
      filter: IS_PDET,
      layout: { visibility: visibility(input, 'pdet-municipalities') },
      paint: {
        'line-color': COLORS.pdetMunicipality,
        'line-width': 0.8,
        'line-opacity': opacity(input, 'pdet-municipalities'),
      },
    },
    {
      id: 'pdet-subregions-outline',
      type: 'line',
      source: 'pdet-subregions',
      layout: { visibility: visibility(input, 'pdet-subregions') },
      paint: {
        'line-color': subregionColor,
        'line-width': 1.6,
        'line-opacity': Math.min(1, opacity(input, 'pdet-subregions', 2)),
      },
    },
    {
      id: 'departments-line',
      type: 'line',
      source: 'departments',
      layout: { visibility: visibility(input, 'departments') },
      paint: {
        'line-color': COLORS.department,
        'line-width': 0.9,
        'line-opacity': opacity(input, 'departments', 0.7),
      },
    },
    ...zonaFuturoLayers(input),
    {
      id: 'pilot-municipalities-fill',
      type: 'fill',
      source: 'pilot-municipalities',
      layout: { visibility: visibility(input, 'pilot-municipalities') },
      paint: { 'fill-color': COLORS.pilot, 'fill-opacity': opacity(input, 'pilot-municipalities', 0.45) },
    },
    {
      id: 'pilot-municipalities-outline',
      type: 'line',
      source: 'pilot-municipalities',
      layout: { visibility: visibility(input, 'pilot-municipalities') },
      paint: {
        'line-color': COLORS.pilot,
        'line-width': 3,
        'line-opacity': opacity(input, 'pilot-municipalities'),
      },
    },
  ];
}

/** The approximate Zona Futuro extent and its members: confirmed solid, candidates dashed. */
function zonaFuturoLayers(input: ToggleInput): LayerSpecification[] {
  const shown = visibility(input, 'zonas-futuro');
  return [
    {
      id: 'zonas-futuro-fill',
      type: 'fill',
      source: 'zonas-futuro',
      layout: { visibility: shown },
      paint: { 'fill-color': COLORS.zonaFuturo, 'fill-opacity': opacity(input, 'zonas-futuro', 0.18) },
    },
    {
      id: 'zonas-futuro-members-verified',
      type: 'line',
      source: 'municipalities',
      filter: ['all', IS_ZONA_MEMBER, ['==', ['get', 'zf_verified'], true]],
      layout: { visibility: shown },
      paint: {
        'line-color': COLORS.zonaFuturo,
        'line-width': 1,
        'line-opacity': opacity(input, 'zonas-futuro'),
      },
    },
    {
      id: 'zonas-futuro-members-candidate',
      type: 'line',
      source: 'municipalities',
      filter: ['all', IS_ZONA_MEMBER, ['!=', ['get', 'zf_verified'], true]],
      layout: { visibility: shown },
      paint: {
        'line-color': COLORS.zonaFuturo,
        'line-width': 1,
        'line-dasharray': [1, 2],
        'line-opacity': opacity(input, 'zonas-futuro'),
      },
    },
    {
      id: 'zonas-futuro-outline',
      type: 'line',
      source: 'zonas-futuro',
      layout: { visibility: shown },
      paint: {
        'line-color': COLORS.zonaFuturo,
        'line-width': 2.4,
        'line-dasharray': [3, 1.5],
        'line-opacity': opacity(input, 'zonas-futuro'),
      },
    },
  ];
}

/** The selected zone outlined (a pilot is drawn from the municipality layer). */
export function selectionLayers(selection: ZoneRef | null): LayerSpecification[] {
  if (!selection) return [];
  const source = selection.layer === 'pilot-municipalities' ? 'municipalities' : selection.layer;
  return [
    {
      id: 'selection-outline',
      type: 'line',
      source,
      filter: ['==', ['get', zoneIdProperty(selection.layer)], selection.id],
      paint: { 'line-color': COLORS.selection, 'line-width': 3.5 },
    },
  ];
}
