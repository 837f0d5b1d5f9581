/** Exact token arithmetic: counts are decimal strings from the API and BigInt in sums; floats only for display. */

/** Parses a token count string to BigInt: `toTokens('9007199254740993') === 9007199254740993n`. */
export function toTokens(value: string): bigint {
  return BigInt(value);
}

/** Sums token counts exactly. */
export function sumTokens(values: Iterable<bigint>): bigint {
  let total = 0n;
  for (const v of values) total += v;
  return total;
}

/**
 * The one place a token count becomes a float: `part / whole` as a share in [0, 1] (0 when whole is 0).
 * Scales both down first so the division stays precise for values far above 2^53.
 */
export function shareOf(part: bigint, whole: bigint): number {
  if (whole === 0n) return 0;
  const shift = whole > 2n ** 52n ? BigInt(whole.toString(2).length - 52) : 0n;
  return Number(part >> shift) / Number(whole >> shift);
}

/** A token count as a float for pixel positions (precision loss above 2^53 is invisible at chart scale). */
export function tokensToNumber(value: bigint): number {
  return Number(value);
}
