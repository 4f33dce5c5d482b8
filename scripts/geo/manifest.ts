/**
 * Shared helpers for `public/geo/manifest.json`, which two scripts write: build-geo (geography
 * layers) and build-data (coca, interventions). Each script replaces only its own layers and keeps
 * the others, and layers are always written sorted by id so the file is stable.
 */
import type { ManifestLayer } from '../../src/io/manifest.ts';

/**
 * Keeps every existing layer whose id is not in `ownIds`, adds `incoming`, sorts by id.
 *
 * @example
 * mergeManifestLayers([{ id: 'coca-municipal', … }], [{ id: 'municipalities', … }], ['municipalities'])
 * // => [coca-municipal, municipalities]
 */
export function mergeManifestLayers(
  existing: readonly ManifestLayer[],
  incoming: readonly ManifestLayer[],
  ownIds: readonly string[],
): ManifestLayer[] {
  const owned = new Set([...ownIds, ...incoming.map((layer) => layer.id)]);
  return [...existing.filter((layer) => !owned.has(layer.id)), ...incoming].sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}
