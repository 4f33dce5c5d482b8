/**
 * Deterministic JSON: object keys sorted at every depth (by UTF-16 code unit, so "05031" sorts
 * before "52835" even though JavaScript objects list integer-like keys first), so that generated
 * files are byte-identical across runs and machines. Arrays keep their order; `undefined` members
 * are dropped as JSON.stringify drops them. Numbers are written as JavaScript prints them, so
 * callers round first.
 */

/**
 * Returns `value` serialised compactly with sorted keys.
 *
 * @example
 * stableStringify({ b: 1, a: [2, { d: 3, c: 4 }] }); // '{"a":[2,{"c":4,"d":3}],"b":1}'
 */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    return text === undefined ? 'null' : text;
  }
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const keys = Object.keys(value as Record<string, unknown>)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const members = keys.map(
    (key) => `${JSON.stringify(key)}:${stableStringify((value as Record<string, unknown>)[key])}`,
  );
  return `{${members.join(',')}}`;
}
