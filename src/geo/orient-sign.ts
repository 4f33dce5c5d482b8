/**
 * Exact sign of the 2×2 determinant `u2·v1 − u1·v2`, the orientation test used by Turf's
 * point-in-polygon (point-in-polygon-hao calls robust-predicates' `orient2d(u1, u2, v1, v2, 0, 0)`).
 * A fast floating-point filter answers almost every call; near zero the products are expanded
 * exactly (Shewchuk's two-product / two-two-diff), so the sign always equals robust-predicates'.
 */

const EPSILON = 1.1102230246251565e-16; // 2^-53
const ERROR_BOUND = (3 + 16 * EPSILON) * EPSILON;
const SPLITTER = 134217729; // 2^27 + 1

/**
 * Returns a number with the exact sign of `u2 * v1 - u1 * v2` (its magnitude is approximate).
 *
 * @example
 * orientSign(1, 0, 0, 1); // -1 : the vectors (1,0) and (0,1) in that order turn left
 * orientSign(1, 1, 2, 2); // 0  : collinear
 */
export function orientSign(u1: number, v1: number, u2: number, v2: number): number {
  const left = u2 * v1;
  const right = u1 * v2;
  const determinant = left - right;
  const bound = ERROR_BOUND * (Math.abs(left) + Math.abs(right));
  if (determinant > bound || -determinant > bound) return determinant;
  return exactSign(u2, v1, u1, v2);
}

/** Sign of a·b − c·d computed exactly with floating-point expansions. */
function exactSign(a: number, b: number, c: number, d: number): number {
  const p1 = a * b;
  const e1 = productError(a, b, p1);
  const p2 = c * d;
  const e2 = productError(c, d, p2);
  // two_two_diff(p1, e1, p2, e2) -> x3, x2, x1, x0 (increasing magnitude, non-overlapping)
  let x = e1 - e2;
  let bVirtual = e1 - x;
  let aVirtual = x + bVirtual;
  const x0 = e1 - aVirtual + (bVirtual - e2);
  const i = x;
  x = p1 + i;
  bVirtual = x - p1;
  aVirtual = x - bVirtual;
  const j = x;
  const zero = p1 - aVirtual + (i - bVirtual);
  x = zero - p2;
  bVirtual = zero - x;
  aVirtual = x + bVirtual;
  const x1 = zero - aVirtual + (bVirtual - p2);
  const k = x;
  x = j + k;
  bVirtual = x - j;
  aVirtual = x - bVirtual;
  const x2 = j - aVirtual + (k - bVirtual);
  const x3 = x;
  if (x3 !== 0) return x3;
  if (x2 !== 0) return x2;
  if (x1 !== 0) return x1;
  return x0;
}

/** The rounding error of `product = a * b` (Dekker's two-product without FMA). */
function productError(a: number, b: number, product: number): number {
  let c = SPLITTER * a;
  const aHigh = c - (c - a);
  const aLow = a - aHigh;
  c = SPLITTER * b;
  const bHigh = c - (c - b);
  const bLow = b - bHigh;
  return aLow * bLow - (product - aHigh * bHigh - aLow * bHigh - aHigh * bLow);
}
