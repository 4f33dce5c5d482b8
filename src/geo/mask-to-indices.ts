/**
 * Lists the indices where `mask` is 1.
 *
 * @example
 * maskToIndices(Uint8Array.of(0, 1, 1)); // Uint32Array [1, 2]
 */
export function maskToIndices(mask: Uint8Array): Uint32Array {
  let count = 0;
  for (let i = 0; i < mask.length; i++) count += mask[i];
  const indices = new Uint32Array(count);
  let next = 0;
  for (let i = 0; i < mask.length; i++) if (mask[i] === 1) indices[next++] = i;
  return indices;
}
