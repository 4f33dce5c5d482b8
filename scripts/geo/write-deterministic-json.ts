/**
 * Serialises generated files deterministically, so two builds from the same inputs give the same
 * bytes: GeoJSON with object keys in a fixed order (`type`, `id`, `properties`, `geometry` for
 * features; properties in the order given) and one feature per line so diffs stay readable; other
 * JSON with keys sorted at every depth by UTF-16 code unit, so "05031" sorts before "52835" even
 * though JavaScript objects list integer-like keys first. Arrays keep their order, `undefined`
 * members are dropped as JSON.stringify drops them, numbers are written as JavaScript prints them
 * (callers round first). No timestamps.
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

/**
 * `value` with sorted keys, compact (`indent` 0) or pretty-printed as `JSON.stringify(value, null,
 * indent)` would print it.
 *
 * @example
 * stableStringify({ b: 1, a: [2, { d: 3, c: 4 }] }); // '{"a":[2,{"c":4,"d":3}],"b":1}'
 * stableStringify({ '52835': 1, '05031': 2 }, 2); // '{\n  "05031": 2,\n  "52835": 1\n}'
 */
export function stableStringify(value: unknown, indent = 0, depth = 0): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    return text === undefined ? 'null' : text;
  }
  const record = value as Record<string, unknown>;
  const members = Array.isArray(value)
    ? value.map((item) => stableStringify(item, indent, depth + 1))
    : Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
        .map(
          (key) =>
            `${JSON.stringify(key)}:${indent ? ' ' : ''}${stableStringify(record[key], indent, depth + 1)}`,
        );
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (members.length === 0) return open + close;
  if (!indent) return `${open}${members.join(',')}${close}`;
  const inner = ' '.repeat(indent * (depth + 1));
  return `${open}\n${inner}${members.join(`,\n${inner}`)}\n${' '.repeat(indent * depth)}${close}`;
}

/** Pretty JSON with keys sorted at every depth and a final newline (manifests). */
export function stringifySorted(value: unknown): string {
  return `${stableStringify(value, 2)}\n`;
}

function orderFeature(feature: Feature): Record<string, unknown> {
  const ordered: Record<string, unknown> = { type: 'Feature' };
  if (feature.id !== undefined) ordered.id = feature.id;
  ordered.properties = feature.properties;
  ordered.geometry = feature.geometry;
  return ordered;
}
