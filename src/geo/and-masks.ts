/**
 * ANDs several masks of the same length into a new mask.
 *
 * @example
 * andMasks([Uint8Array.of(1, 1, 0), Uint8Array.of(1, 0, 0)], 3); // Uint8Array [1, 0, 0]
 */
export function andMasks(masks: readonly Uint8Array[], length: number): Uint8Array {
  const result = new Uint8Array(length).fill(1);
  for (const mask of masks) {
    for (let i = 0; i < length; i++) result[i] &= mask[i];
  }
  return result;
}
