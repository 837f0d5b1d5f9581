/** The middle value of some figures (the lower middle for an even count); `null` for none: `median([3, 1, 2]) === 2`. */
export function median(values: readonly number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? null : (sorted[Math.floor((sorted.length - 1) / 2)] ?? null);
}
