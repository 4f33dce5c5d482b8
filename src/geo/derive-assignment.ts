/**
 * Maps assignments to one layer through a lookup into assignments to another layer (e.g.
 * municipality → PDET subregion via `buildZoneLookup`); -1 stays -1.
 *
 * @example
 * deriveAssignment(Int32Array.of(0, 2, -1), Int32Array.of(5, -1, 7)); // Int32Array [5, 7, -1]
 */
export function deriveAssignment(assignment: Int32Array, lookup: Int32Array): Int32Array {
  const result = new Int32Array(assignment.length);
  for (let i = 0; i < assignment.length; i++) {
    const from = assignment[i];
    result[i] = from >= 0 && from < lookup.length ? lookup[from] : -1;
  }
  return result;
}
