/**
 * The toggleable map layers, in drawing order (bottom first), and their defaults. Pure data shared
 * by the store, the URL codec, the style builder and the legend. The zone layers (what a selection
 * refers to) are the analysis's vocabulary: `analysis/zone-layers.ts`.
 */
export const TOGGLE_LAYERS = [
  'coca-choropleth',
  'ranking-choropleth',
  'departments',
  'pdet-subregions',
  'pdet-municipalities',
  'zonas-futuro',
  'pilot-municipalities',
  'coca-estimates',
  'interventions',
] as const;
export type ToggleLayerId = (typeof TOGGLE_LAYERS)[number];

export const DEFAULT_VISIBLE: Readonly<Record<ToggleLayerId, boolean>> = {
  'coca-choropleth': false,
  'ranking-choropleth': false,
  'coca-estimates': false,
  interventions: true,
  departments: true,
  'pdet-subregions': true,
  'pdet-municipalities': false,
  'zonas-futuro': true,
  'pilot-municipalities': true,
};

export const DEFAULT_OPACITY: Readonly<Record<ToggleLayerId, number>> = {
  'coca-choropleth': 0.75,
  'ranking-choropleth': 0.8,
  'coca-estimates': 0.85,
  interventions: 0.9,
  departments: 1,
  'pdet-subregions': 0.45,
  'pdet-municipalities': 0.5,
  'zonas-futuro': 0.9,
  'pilot-municipalities': 1,
};

/** The manifest entry that holds each toggle layer's provenance (layer panel, sources, exports). */
export const MANIFEST_ID: Readonly<Record<ToggleLayerId, string>> = {
  'coca-choropleth': 'coca-municipal',
  // Counts come from the intervention sample (coca metrics from the official table).
  'ranking-choropleth': 'interventions',
  'coca-estimates': 'coca-estimates',
  interventions: 'interventions',
  departments: 'departments',
  'pdet-subregions': 'pdet-subregions',
  'pdet-municipalities': 'municipalities',
  'zonas-futuro': 'zonas-futuro',
  'pilot-municipalities': 'pilot-municipalities',
};

export function isToggleLayer(value: string): value is ToggleLayerId {
  return (TOGGLE_LAYERS as readonly string[]).includes(value);
}
