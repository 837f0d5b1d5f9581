/**
 * An estimate of what the model share cost at list prices: each model's tokens × its blended list price (3 prompt
 * tokens to 1 completion token). The Data API gives no prompt/completion split, no discounts, no cached tokens and no
 * provider prices, so this is an estimate, never OpenRouter's figure: every output of it says so. Pure.
 */
import { toCsv } from './csv.ts';
import type { Leaderboard } from './leaderboard-models.ts';
import { OTHER_KEY } from './shares.ts';
import { shareOf, tokensToNumber } from './tokens.ts';

/** A model's list prices in USD per million tokens. */
export type ListPrice = { promptPerMillion: number; completionPerMillion: number };

/** Prompt tokens per completion token in the blend: the common 3:1 input:output ratio. */
export const PROMPT_PER_COMPLETION = 3;

/** The blended price per million tokens at 3:1: `blendedPerMillion({ promptPerMillion: 3, completionPerMillion: 15 }) === 6`. */
export function blendedPerMillion(price: ListPrice): number {
  const { promptPerMillion, completionPerMillion } = price;
  return (PROMPT_PER_COMPLETION * promptPerMillion + completionPerMillion) / (PROMPT_PER_COMPLETION + 1);
}

/** One priced model: its tokens, prices, estimated spend (USD) and the shares of both. */
export type SpendRow = {
  rank: number;
  key: string;
  tokens: bigint;
  price: ListPrice;
  blended: number;
  spend: number;
  /** Of the estimated spend of every priced model. */
  spendShare: number;
  /** Of every token of the window (`Other` and unpriced models included), as on the share chart. */
  tokenShare: number;
};

/** The estimate of a window: priced models by estimated spend, and what could not be priced. */
export type SpendEstimate = {
  rows: SpendRow[];
  totalSpend: number;
  /** Models without a list price (not in the catalogue, or a variable price), by tokens. */
  unpriced: { key: string; tokens: bigint }[];
  unpricedTokens: bigint;
  /** The API's `other` row: models outside each day's top 50, unknown, so unpriced. */
  otherTokens: bigint;
  totalTokens: bigint;
};

/**
 * The estimate of a leaderboard's window (every model of it: build the board with a `topN` past the model count).
 * Rows by estimated spend descending (ties: tokens, then key); null when no model has a list price.
 */
export function toSpendEstimate(
  board: Leaderboard,
  priceOf: (permaslug: string) => ListPrice | null,
): SpendEstimate | null {
  const models = board.rows.filter((row) => row.key !== OTHER_KEY && row.tokens > 0n);
  const priced = models.flatMap((row) => {
    const price = priceOf(row.key);
    if (!price) return [];
    const blended = blendedPerMillion(price);
    return [{ key: row.key, tokens: row.tokens, price, blended, spend: (tokensToNumber(row.tokens) * blended) / 1e6 }];
  });
  if (priced.length === 0) return null;
  const totalSpend = priced.reduce((sum, row) => sum + row.spend, 0);
  const pricedKeys = new Set(priced.map((row) => row.key));
  const unpriced = models.filter((row) => !pricedKeys.has(row.key)).map(({ key, tokens }) => ({ key, tokens }));
  const rows = priced
    .toSorted(
      (a, b) =>
        b.spend - a.spend || (b.tokens > a.tokens ? 1 : b.tokens < a.tokens ? -1 : 0) || (a.key < b.key ? -1 : 1),
    )
    .map((row, i) => ({
      ...row,
      rank: i + 1,
      spendShare: totalSpend > 0 ? row.spend / totalSpend : 0,
      tokenShare: shareOf(row.tokens, board.total),
    }));
  return {
    rows,
    totalSpend,
    unpriced,
    unpricedTokens: unpriced.reduce((sum, row) => sum + row.tokens, 0n),
    otherTokens: board.rows.find((row) => row.key === OTHER_KEY)?.tokens ?? 0n,
    totalTokens: board.total,
  };
}

/**
 * US dollars in short form: `formatUsd(1234567) === '$1.23M'`, `$45.6K`, `$999`, `$0.42`; an estimate's precision.
 */
export function formatUsd(usd: number): string {
  const units: [number, string][] = [
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ];
  for (const [size, suffix] of units) {
    if (usd >= size * 0.9995) {
      const value = usd / size;
      return `$${value >= 99.95 ? value.toFixed(0) : value >= 9.995 ? value.toFixed(1) : value.toFixed(2)}${suffix}`;
    }
  }
  return usd >= 1 ? `$${usd.toFixed(0)}` : `$${usd.toFixed(2)}`;
}

/**
 * The estimate as CSV, rows as the table shows them; every money column is named an estimate, the prices are
 * the catalogue's list prices: `rank,model,name,tokens,prompt_usd_per_1m,…,estimated_spend_usd,…`.
 */
export function spendCsv(estimate: SpendEstimate, nameOf: (permaslug: string) => string): string {
  return toCsv(
    [
      { header: 'rank', value: (r) => r.rank },
      { header: 'model', value: (r) => r.key },
      { header: 'name', value: (r) => nameOf(r.key) },
      { header: 'tokens', value: (r) => r.tokens },
      { header: 'prompt_usd_per_1m', value: (r) => r.price.promptPerMillion },
      { header: 'completion_usd_per_1m', value: (r) => r.price.completionPerMillion },
      { header: 'blended_3_to_1_usd_per_1m', value: (r) => Number(r.blended.toPrecision(12)) },
      { header: 'estimated_spend_usd', value: (r) => r.spend.toFixed(2) },
      { header: 'estimated_spend_share', value: (r) => r.spendShare.toFixed(6) },
      { header: 'token_share', value: (r) => r.tokenShare.toFixed(6) },
    ],
    estimate.rows,
  );
}
