/**
 * Benchmark scatterplots from benchmarks responses. Stages: API items -> {@link ScatterSet} (points with a cost,
 * a score and recent OpenRouter usage, plus counts of what was left out) -> layout (`scatter-layout.ts`) -> chart.
 * Model names are untrusted text; they stay plain strings, bidi-isolated in sentences (`isolate`).
 */
import type { ArtificialAnalysisItem, BenchmarkTaskType, DesignArenaItem, Pricing } from '../api/benchmarks.ts';
import type { CsvColumn } from './csv.ts';
import { formatTokens, formatUsdPerMillion } from './format.ts';
import { toFrontier } from './frontier.ts';
import { toBaseSlug } from './model-slugs.ts';
import type { RecentUsage } from './recent-usage.ts';
import { isolate } from './safe-text.ts';

/**
 * Blended price in USD per 1M tokens: (3 × prompt + 1 × completion) / 4 per token × 1e6, the common 3:1
 * input:output blend (a typical request reads three tokens for every one it writes). Null without pricing:
 * `blendedPrice({ prompt: '0.0000025', completion: '0.00001' }) === 4.375`.
 */
export function blendedPrice(pricing: Pricing | null): number | null {
  if (!pricing) return null;
  const perToken = (3 * Number(pricing.prompt) + Number(pricing.completion)) / 4;
  return Number.isFinite(perToken) ? perToken * 1e6 : null;
}

/** Why a model is not on a chart. `free`: a log scale has no zero. */
export type Omission = 'no price' | 'free' | 'no score' | 'no time';

/** One model on a scatterplot: `x` is the cost (lower is better), `y` the score (higher is better). */
export type BenchmarkPoint = {
  slug: string;
  name: string;
  x: number;
  y: number;
  /** Tokens of the base model over the recent-usage window; null when it is not in the rankings. */
  usage: bigint | null;
};

/** The points of one chart and how many models were left out, by reason. */
export type ScatterSet = { points: BenchmarkPoint[]; omitted: Partial<Record<Omission, number>> };

/** The three Artificial Analysis indices, keyed like the API's `task_type`. */
export const AA_METRICS: readonly BenchmarkTaskType[] = ['intelligence', 'coding', 'agentic'];

/** What an axis or score is called on the page. */
export const AXIS_LABELS = {
  price: 'Blended price, $ per 1M tokens (3:1 input:output)',
  time: 'Average generation time, seconds',
  intelligence: 'Intelligence index',
  coding: 'Coding index',
  agentic: 'Agentic index',
  elo: 'ELO rating',
  winRate: 'Win rate, %',
} as const;

type Candidate = { slug: string; name: string; x: number | null; y: number | null };

/** What a missing and a zero cost mean: no price or free (prices), no time (generation times). */
type CostOmissions = { missing: Omission; zero: Omission };
const PRICE_OMISSIONS: CostOmissions = { missing: 'no price', zero: 'free' };
const TIME_OMISSIONS: CostOmissions = { missing: 'no time', zero: 'no time' };

/** Sorts candidates into points and omission counts; a zero cost cannot sit on a log scale. */
function toScatterSet(candidates: readonly Candidate[], usage: RecentUsage | null, costs: CostOmissions): ScatterSet {
  const points: BenchmarkPoint[] = [];
  const omitted: Partial<Record<Omission, number>> = {};
  const omit = (reason: Omission) => (omitted[reason] = (omitted[reason] ?? 0) + 1);
  for (const c of candidates) {
    if (c.x === null) omit(costs.missing);
    else if (c.y === null) omit('no score');
    else if (c.x <= 0) omit(costs.zero);
    else
      points.push({ slug: c.slug, name: c.name, x: c.x, y: c.y, usage: usage?.tokens.get(toBaseSlug(c.slug)) ?? null });
  }
  return { points, omitted };
}

/** An Artificial Analysis index against blended price. */
export function toAaSet(
  items: readonly ArtificialAnalysisItem[],
  metric: BenchmarkTaskType,
  usage: RecentUsage | null,
): ScatterSet {
  const candidates = items.map((item) => ({
    slug: item.model_permaslug,
    name: item.display_name || item.model_permaslug,
    x: blendedPrice(item.pricing),
    y: item[`${metric}_index`],
  }));
  return toScatterSet(candidates, usage, PRICE_OMISSIONS);
}

/**
 * The items of one Design Arena category. An arena response without a `category` filter may hold several; the
 * chart shows the category with the most models (ties: alphabetical) and names it. `categories` lists them all.
 */
export function toDaCategory(items: readonly DesignArenaItem[]): {
  category: string | null;
  categories: string[];
  items: DesignArenaItem[];
} {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.category, (counts.get(item.category) ?? 0) + 1);
  const categories = [...counts.keys()].toSorted();
  const category = categories.reduce<string | null>(
    (best, c) => (best === null || (counts.get(c) ?? 0) > (counts.get(best) ?? 0) ? c : best),
    null,
  );
  return { category, categories, items: items.filter((item) => item.category === category) };
}

/** Design Arena ELO against blended price. */
export function toDaEloSet(items: readonly DesignArenaItem[], usage: RecentUsage | null): ScatterSet {
  const candidates = items.map((item) => ({
    slug: item.model_permaslug,
    name: item.display_name || item.model_permaslug,
    x: blendedPrice(item.pricing),
    y: item.elo,
  }));
  return toScatterSet(candidates, usage, PRICE_OMISSIONS);
}

/** Design Arena win rate (%) against average generation time in seconds. */
export function toDaSpeedSet(items: readonly DesignArenaItem[], usage: RecentUsage | null): ScatterSet {
  const candidates = items.map((item) => ({
    slug: item.model_permaslug,
    name: item.display_name || item.model_permaslug,
    x: item.avg_generation_time_ms === null ? null : item.avg_generation_time_ms / 1000,
    y: item.win_rate,
  }));
  return toScatterSet(candidates, usage, TIME_OMISSIONS);
}

const OMISSION_WORDS: Record<Omission, string> = {
  'no price': 'without a price',
  free: 'free (a log scale has no zero)',
  'no score': 'without a score',
  'no time': 'without a generation time',
};

/** The note on left-out models, or null when none was: `Left out: 2 without a price, 1 without a score.` */
export function omittedNote(set: ScatterSet): string | null {
  const parts = (Object.keys(OMISSION_WORDS) as Omission[])
    .filter((reason) => (set.omitted[reason] ?? 0) > 0)
    .map((reason) => `${set.omitted[reason]} ${OMISSION_WORDS[reason]}`);
  return parts.length > 0 ? `Left out: ${parts.join(', ')}.` : null;
}

/** How a chart reads in prose: the score's name, a cost in a sentence, a cost on an axis tick. */
export type ScatterWords = { score: string; cost: (x: number) => string; tick: (x: number) => string };

/** Prices as `$4.38 per 1M tokens`, ticks as `$0.5`. */
export function priceWords(score: string): ScatterWords {
  return { score, cost: (x) => `${formatUsdPerMillion(x / 1e6)} per 1M tokens`, tick: (x) => `$${x}` };
}

/** Times as `3.2 s`, ticks as `20 s`. */
export function timeWords(score: string): ScatterWords {
  return { score, cost: (x) => `${x.toFixed(1)} s`, tick: (x) => `${x} s` };
}

/**
 * A score's axis label as words in a sentence: `scoreProse('Intelligence index') === 'intelligence index'`,
 * `scoreProse('ELO rating') === 'ELO rating'`, `scoreProse('Win rate, %') === 'win rate'`.
 */
export function scoreProse(label: string): string {
  const words = label.replace(/,\s*%$/, '');
  return /^[A-Z][a-z]/.test(words) ? words.charAt(0).toLowerCase() + words.slice(1) : words;
}

/** A score as printed: whole numbers bare, others to one decimal. */
export function formatScore(y: number): string {
  return Number.isInteger(y) ? String(y) : y.toFixed(1);
}

/**
 * The text alternative: how many models, the top scorer and its cost, the frontier from cheapest to best, and
 * what was left out. Written from the data at every build.
 */
export function describeScatter(set: ScatterSet, words: ScatterWords): string {
  if (set.points.length === 0) return `No models have both a ${scoreProse(words.score)} and a cost in this snapshot.`;
  const best = set.points.reduce((a, b) => (b.y > a.y ? b : a));
  const frontier = toFrontier(set.points);
  const parts = [
    `${set.points.length} models plotted.`,
    `Highest ${scoreProse(words.score)}: ${isolate(best.name)} (${formatScore(best.y)}) at ${words.cost(best.x)}.`,
    `The frontier (no cheaper model scores higher) runs through ${frontier
      .map((p) => `${isolate(p.name)} (${formatScore(p.y)}, ${words.cost(p.x)})`)
      .join(', ')}.`,
  ];
  const note = omittedNote(set);
  if (note) parts.push(note);
  return parts.join(' ');
}

/**
 * The one-line takeaway: the top scorer and the cheapest model on the frontier, e.g. `Highest coding index:
 * o3 (71) at $12.00 per 1M tokens; cheapest on the frontier: gpt-4o-mini (45) at $0.26 per 1M tokens.`
 */
export function scatterTakeaway(set: ScatterSet, words: ScatterWords): string {
  const [cheapest] = toFrontier(set.points);
  if (!cheapest) return `No models to compare in this snapshot.`;
  const best = set.points.reduce((a, b) => (b.y > a.y ? b : a));
  const top = `Highest ${scoreProse(words.score)}: ${isolate(best.name)} (${formatScore(best.y)}) at ${words.cost(best.x)}`;
  if (cheapest === best) return `${top}, and no model costs less.`;
  return `${top}; cheapest on the frontier: ${isolate(cheapest.name)} (${formatScore(cheapest.y)}) at ${words.cost(cheapest.x)}.`;
}

/**
 * CSV columns of a scatterplot's points as laid out (`toScatterLayout`), whose `onFrontier` its table and chart use
 * too; `cost` and `score` name the two axes (`blended_usd_per_1m`, `elo`…).
 */
export function scatterCsvColumns(cost: string, score: string): CsvColumn<BenchmarkPoint & { onFrontier: boolean }>[] {
  return [
    { header: 'model_permaslug', value: (p) => p.slug },
    { header: 'display_name', value: (p) => p.name },
    { header: cost, value: (p) => Number(p.x.toPrecision(6)) },
    { header: score, value: (p) => p.y },
    { header: 'on_frontier', value: (p) => (p.onFrontier ? 'yes' : 'no') },
    { header: 'recent_openrouter_tokens', value: (p) => p.usage },
  ];
}

/** Recent usage as a phrase for tooltips and tables: `12.3B tokens in the last 30 days`, or `not in the rankings`. */
export function usagePhrase(usage: bigint | null, days: number): string {
  return usage === null ? 'not in the rankings' : `${formatTokens(usage)} tokens in the last ${days} days`;
}
