/**
 * Whether an export must carry the "DATOS DE MUESTRA" / "SAMPLE DATA" stamp: true as soon as one
 * visible layer is invented sample data or synthetically allocated (per the manifest).
 */
import type { ManifestLayer } from '../io/manifest';

/**
 * @example
 * needsSampleStamp(manifest.layers, ['municipalities']); // false
 * needsSampleStamp(manifest.layers, ['municipalities', 'interventions']); // true (kind "sample")
 */
export function needsSampleStamp(layers: readonly ManifestLayer[], visibleIds: readonly string[]): boolean {
  return layers.some(
    (layer) =>
      visibleIds.includes(layer.id) &&
      (layer.kind === 'sample' ||
        layer.kind === 'synthetic' ||
        layer.allocation === 'sample' ||
        layer.allocation === 'synthetic'),
  );
}
