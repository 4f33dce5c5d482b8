/**
 * Serialises GeoJSON deterministically: object keys in a fixed order (`type`, `id`, `properties`,
 * `geometry` for features; properties in the order given), one feature per line so diffs stay
 * readable, no timestamps. Two builds from the same inputs give the same bytes.
 */
import type { Feature, FeatureCollection } from 'geojson';

/**
 * @example
 * stringifyFeatureCollection({ type: 'FeatureCollection', features: [] })
 * // => '{"type":"FeatureCollection","features":[\n]}\n'
 */
export function stringifyFeatureCollection(collection: FeatureCollection): string {
  const lines = collection.features.map((feature) => JSON.stringify(orderFeature(feature)));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

/** Pretty JSON with keys sorted recursively (arrays keep their order). */
export function stringifySorted(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

function orderFeature(feature: Feature): Record<string, unknown> {
  const ordered: Record<string, unknown> = { type: 'Feature' };
  if (feature.id !== undefined) ordered.id = feature.id;
  ordered.properties = feature.properties;
  ordered.geometry = feature.geometry;
  return ordered;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}
