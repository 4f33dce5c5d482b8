/**
 * A small seeded pseudo-random number generator (mulberry32), so that generators, fixtures and
 * benchmarks produce the same numbers on every run and every machine. Not for cryptography.
 */

/** A function returning a float in [0, 1) on each call. */
export type RandomSource = () => number;

/**
 * Returns a seeded PRNG (mulberry32: 32-bit state, period 2^32). The same seed always gives the
 * same sequence. Seeds are truncated to unsigned 32-bit integers; strings are hashed first.
 *
 * @example
 * const random = seededRandom(42);
 * random(); // 0.6011037519201636 on every run
 * const lon = -79 + random() * 12; // a longitude inside Colombia's bbox
 */
export function seededRandom(seed: number | string): RandomSource {
  let state = typeof seed === 'string' ? hashString(seed) : seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Returns a seeded integer in [min, max] (both inclusive) drawn from `random`.
 *
 * @example
 * const random = seededRandom(7);
 * randomInt(random, 1, 6); // a die roll, the same on every run
 */
export function randomInt(random: RandomSource, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** FNV-1a 32-bit hash of a string, used to turn string seeds into numbers. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
