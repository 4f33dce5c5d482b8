/**
 * Drops what an off-screen export would load but never draw: layers whose `visibility` is "none"
 * and the sources no remaining layer uses. The on-screen style keeps hidden layers so toggles are
 * instant; an export map is built once, so every source it parses (megabytes of GeoJSON for the
 * coca cells or Zonas Futuro when they are switched off) is time spent for nothing.
 */
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';

/**
 * Returns a new style; the input is not modified.
 *
 * @example
 * pruneHiddenLayers(styleFor(state, { inlinePointData: true })); // only visible layers and their sources
 */
export function pruneHiddenLayers(style: StyleSpecification): StyleSpecification {
  const layers = style.layers.filter((layer) => layer.layout?.visibility !== 'none');
  const used = new Set(
    layers.flatMap((layer) => ('source' in layer && typeof layer.source === 'string' ? [layer.source] : [])),
  );
  const sources = Object.fromEntries(Object.entries(style.sources).filter(([id]) => used.has(id)));
  return { ...style, layers, sources };
}
