/**
 * Seeded randomness for the synthetic world. Every draw is a pure function of its seed parts, so a date's data
 * is the same on every run and in every process, whatever was asked before it.
 */

/** A 32-bit FNV-1a hash of text: `hashText('a') === 3826002220`. */
function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The mulberry32 generator: a function returning floats in [0, 1), fully determined by `seed`. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generator seeded by named parts: `rngOf('model', slug)` always yields the same sequence for that slug. */
export function rngOf(...parts: readonly (string | number)[]): () => number {
  return mulberry32(hashText(parts.join('\u0000')));
}

/** One float in [0, 1) for the seed parts: `unitOf('noise', slug, '2026-05-11')`. */
export function unitOf(...parts: readonly (string | number)[]): number {
  return rngOf(...parts)();
}

/** A float in [low, high) drawn from `rng`. */
export function between(rng: () => number, low: number, high: number): number {
  return low + (high - low) * rng();
}
