/**
 * Splits an integer total into integer parts proportional to weights, no part above a cap
 * (water-filling: parts that would exceed the cap are pinned to it and the rest is re-shared),
 * then rounds by largest remainder so that the parts sum exactly to the total.
 */

/**
 * Returns integer parts of `total` proportional to `weights`, each ≤ `cap`.
 * Throws when `weights.length * cap < total`. Ties in the rounding go to the lower index.
 *
 * @example
 * distributeCapped(250, [5, 1, 1, 1], 100); // [100, 50, 50, 50]
 */
export function distributeCapped(total: number, weights: readonly number[], cap: number): number[] {
  if (weights.length * cap < total)
    throw new Error(`cannot fit ${total} into ${weights.length} parts of ${cap}`);
  const shares = new Float64Array(weights.length);
  const pinned = new Uint8Array(weights.length);
  let remaining = total;
  for (;;) {
    let weightSum = 0;
    let freeCount = 0;
    for (let index = 0; index < weights.length; index++) {
      if (!pinned[index]) {
        weightSum += weights[index];
        freeCount++;
      }
    }
    let changed = false;
    for (let index = 0; index < weights.length; index++) {
      if (pinned[index]) continue;
      const share = weightSum > 0 ? (remaining * weights[index]) / weightSum : remaining / freeCount;
      shares[index] = share;
      if (share > cap) {
        shares[index] = cap;
        pinned[index] = 1;
        remaining -= cap;
        changed = true;
      }
    }
    if (!changed) break;
  }
  const parts = Array.from(shares, (share) => Math.floor(share));
  let leftover = total - parts.reduce((sum, part) => sum + part, 0);
  const order = parts
    .map((_, index) => index)
    .filter((index) => parts[index] < cap)
    .sort((a, b) => shares[b] - parts[b] - (shares[a] - parts[a]) || a - b);
  for (let position = 0; leftover > 0; position = (position + 1) % order.length) {
    const index = order[position];
    if (parts[index] < cap) {
      parts[index]++;
      leftover--;
    }
  }
  return parts;
}
