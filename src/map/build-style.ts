/**
 * Builds the whole MapLibre style from plain state: sources come only from the app's own `geo/`
 * files, unless the user opted into the online basemap. Pure, so it is tested in node and the
 * adapter applies it with a diff (`setStyle(style, { diff: true })`). The layer groups live in
 * their own modules (sources, zones, coca, interventions, labels, imported area); this one stacks
 * them in drawing order.
 *
 * No `glyphs` URL: MapLibre ≥ 5.11 renders label glyphs locally with the browser's fonts, which
 * keeps labels working offline.
 *
 * @example buildStyle({ geoBaseUrl, visible, opacity, onlineBasemap: false, selection: null, pdetSubregions, attribution }).layers[0].id // 'sea'
 */
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { ZoneRef } from '../analysis/zone-layers';
import { type CocaLayersInput, cocaChoroplethLayer, cocaEstimateLayers } from './coca-style-layers';
import { customAreaLayers } from './custom-area-layers';
import { type InterventionLayersInput, interventionLayers } from './intervention-style-layers';
import { labelLayers } from './label-style-layers';
import { type SourcesInput, styleSources } from './style-sources';
import {
  backgroundLayers,
  pdetFillLayers,
  rankingChoroplethLayer,
  selectionLayers,
  type ZoneLayersInput,
  zoneLineLayers,
} from './zone-style-layers';

export interface StyleInput extends SourcesInput, ZoneLayersInput, CocaLayersInput, InterventionLayersInput {
  selection: ZoneRef | null;
}

export function buildStyle(input: StyleInput): StyleSpecification {
  const layers = [
    ...backgroundLayers(input.onlineBasemap),
    cocaChoroplethLayer(input),
    ...pdetFillLayers(input),
    // Above the PDET fills so its classes read true.
    rankingChoroplethLayer(input),
    ...zoneLineLayers(input),
    ...(input.customArea ? customAreaLayers() : []),
    ...selectionLayers(input.selection),
    ...cocaEstimateLayers(input),
    ...interventionLayers(input),
    ...labelLayers(input),
  ];
  return { version: 8, name: 'Intervention Atlas (offline)', sources: styleSources(input), layers };
}
