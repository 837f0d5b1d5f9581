/**
 * One colour per model (or author) across the whole site, decided once per build from the all-time ranking,
 * so a model keeps its colour from chart to chart and page to page.
 */
import type { RankingsDailyRow } from '../api/rankings-daily.ts';
import { OTHER_KEY, rankKeys, type KeyOf } from './shares.ts';
import { toTokens } from './tokens.ts';

/** The palette, the colour of `Other`, and each key's all-time rank (0 = most tokens). */
export type SiteColors = { palette: readonly string[]; other: string; rankOf: ReadonlyMap<string, number> };

/**
 * Ranks every key by its tokens over the whole archive (ties alphabetical) and gives rank i the palette colour
 * i (mod the palette's length). Deterministic: equal archives give equal colours.
 */
export function toSiteColors(
  rows: readonly RankingsDailyRow[],
  palette: readonly string[],
  other: string,
  keyOf: KeyOf = (permaslug) => permaslug,
): SiteColors {
  const totals = new Map<string, bigint>();
  for (const row of rows) {
    if (row.model_permaslug === OTHER_KEY) continue;
    const key = keyOf(row.model_permaslug);
    totals.set(key, (totals.get(key) ?? 0n) + toTokens(row.total_tokens));
  }
  return { palette, other, rankOf: new Map(rankKeys(totals).map((key, rank) => [key, rank])) };
}

/** A key's site colour: its palette colour by all-time rank, `other` for the long tail and unknown keys. */
export function colorOf(colors: SiteColors, key: string): string {
  const rank = colors.rankOf.get(key);
  if (key === OTHER_KEY || rank === undefined) return colors.other;
  return colors.palette[rank % colors.palette.length] ?? colors.other;
}

/**
 * The colours of one chart's series, in `keys` order, with no colour used twice: keys claim their site colour in
 * all-time rank order (so the biggest models always get theirs); a later key whose colour is taken gets the first
 * free palette colour. `Other` is always the `other` colour. With more series than palette colours, repeats are
 * unavoidable and start again from the palette's first colour.
 */
export function toChartColors(colors: SiteColors, keys: readonly string[]): string[] {
  const size = colors.palette.length;
  const rankOf = (key: string) => colors.rankOf.get(key) ?? Infinity;
  const claimOrder = keys.filter((k) => k !== OTHER_KEY).sort((a, b) => rankOf(a) - rankOf(b) || (a < b ? -1 : 1));
  const used = new Set<number>();
  const chosen = new Map<string, string>();
  for (const key of claimOrder) {
    if (used.size === size) used.clear();
    const rank = colors.rankOf.get(key);
    const preferred = rank === undefined ? undefined : rank % size;
    const index = preferred !== undefined && !used.has(preferred) ? preferred : firstFree(used, size);
    used.add(index);
    chosen.set(key, colors.palette[index] ?? colors.other);
  }
  return keys.map((key) => chosen.get(key) ?? colors.other);
}

/** The lowest palette index not yet used (callers clear `used` once it is full). */
function firstFree(used: ReadonlySet<number>, size: number): number {
  for (let i = 0; i < size; i += 1) if (!used.has(i)) return i;
  return 0;
}
