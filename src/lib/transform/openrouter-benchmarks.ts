/**
 * OpenRouter's own benchmark results as a scatterplot: accuracy (in %) against average cost per task (USD, log
 * scale), each point with its spread (one standard deviation across runs) as an error bar. Stages: API items ->
 * {@link SpreadSet} -> layout (`toScatterLayout` with `spreadOf`) -> chart. Model names are untrusted text,
 * bidi-isolated in sentences (`isolate`).
 */
import type { OpenRouterBenchmarkItem } from '../api/benchmarks.ts';
import { describeScatter, scoreProse, type BenchmarkPoint, type ScatterSet, type ScatterWords } from './benchmarks.ts';
import type { CsvColumn } from './csv.ts';
import { formatDate } from './format.ts';
import { toFrontier } from './frontier.ts';
import { toBaseSlug } from './model-slugs.ts';
import type { RecentUsage } from './recent-usage.ts';
import { isolate } from './safe-text.ts';

/** A model's result: `x` the average cost per task in USD, `y` the accuracy in %, `spread` its stddev in pp. */
export type SpreadPoint = BenchmarkPoint & {
  spread: number | null;
  /** The API's item, verbatim, for the table and the CSV. */
  item: OpenRouterBenchmarkItem;
};

/** The points of one benchmark and how many results were left out: no cost recorded, or a zero cost (log scale). */
export type SpreadSet = { points: SpreadPoint[]; noCost: number; zeroCost: number };

/** The score axis: accuracy in percent. */
export const ACCURACY_LABEL = 'Accuracy, %';
/** The cost axis: average USD per task, on a log scale. */
export const COST_PER_TASK_LABEL = 'Average cost per task, USD';

/**
 * The results of one benchmark as points; `usage` (recent OpenRouter tokens by base model) sizes the dots.
 * Accuracy 0–1 becomes percent: `{ accuracy: 0.7429, accuracy_stddev: 0.0178 }` -> `y` 74.29, `spread` 1.78.
 */
export function toSpreadSet(items: readonly OpenRouterBenchmarkItem[], usage: RecentUsage | null): SpreadSet {
  const points: SpreadPoint[] = [];
  let noCost = 0;
  let zeroCost = 0;
  for (const item of items) {
    const cost = item.avg_cost_per_task;
    if (cost === null) noCost += 1;
    else if (cost <= 0) zeroCost += 1;
    else
      points.push({
        slug: item.model_permaslug,
        name: item.display_name || item.model_permaslug,
        x: cost,
        y: item.accuracy * 100,
        spread: item.accuracy_stddev === null ? null : item.accuracy_stddev * 100,
        usage: usage?.tokens.get(toBaseSlug(item.model_permaslug)) ?? null,
        item,
      });
  }
  return { points, noCost, zeroCost };
}

/** A USD amount per task, three significant digits below $1: `formatUsdPerTask(0.09184) === '$0.0918'`. */
export function formatUsdPerTask(usd: number): string {
  return usd >= 1 ? `$${usd.toFixed(2)}` : `$${Number(usd.toPrecision(3))}`;
}

/** How the chart reads in prose: accuracy, a cost per task in a sentence, a cost on an axis tick. */
export const SPREAD_WORDS: ScatterWords = {
  score: ACCURACY_LABEL,
  cost: (x) => `${formatUsdPerTask(x)} per task`,
  tick: (x) => `$${x}`,
};

/** A spread as printed: `±1.8 pp`, or `one run` when there is none. */
export function formatSpread(spread: number | null): string {
  return spread === null ? 'one run' : `±${spread.toFixed(1)} pp`;
}

/** The note on results left out, or null: `Left out: 2 without an average cost per task.` */
export function spreadOmittedNote(set: SpreadSet): string | null {
  const parts = [
    set.noCost > 0 ? `${set.noCost} without an average cost per task` : null,
    set.zeroCost > 0 ? `${set.zeroCost} at zero cost (a log scale has no zero)` : null,
  ].filter((part) => part !== null);
  return parts.length > 0 ? `Left out: ${parts.join(', ')}.` : null;
}

/** `150` or `150–990`: the range of a count over the points. */
function rangeOf(values: readonly number[], format: (v: number) => string): string {
  const [lo, hi] = [Math.min(...values), Math.max(...values)];
  return lo === hi ? format(lo) : `${format(lo)}–${format(hi)}`;
}

/**
 * What was run, from the data: "Each model ran 150–250 tasks; the last runs date from 24 Oct 2026 to 13 Nov 2026.
 * Error bars show ± one standard deviation across runs; 3 models ran once (no bar)." Null without points.
 */
export function runsNote(set: SpreadSet): string | null {
  if (set.points.length === 0) return null;
  const tasks = rangeOf(
    set.points.map((p) => p.item.total_tasks),
    String,
  );
  const runs = set.points.map((p) => p.item.last_run_timestamp.slice(0, 10)).sort();
  const [first, last] = [runs[0] ?? '', runs.at(-1) ?? ''];
  const when =
    first === last
      ? `the last run dates from ${formatDate(first)}`
      : `the last runs date from ${formatDate(first)} to ${formatDate(last)}`;
  const single = set.points.filter((p) => p.spread === null).length;
  const bars = 'Error bars show ± one standard deviation of accuracy across runs';
  return `Each model ran ${tasks} tasks; ${when}. ${bars}${single > 0 ? `; ${single} model${single === 1 ? '' : 's'} ran once (no bar)` : ''}.`;
}

/**
 * The points as a plain scatter set, for `describeScatter` and `toScatterLayout` (no omission counts: the price
 * words of `omittedNote` do not fit a cost per task; {@link spreadOmittedNote} says what was left out).
 */
export function asScatterSet(set: SpreadSet): ScatterSet {
  return { points: set.points, omitted: {} };
}

/**
 * The text alternative: how many models, the most accurate and its cost, the frontier, the widest spread, and
 * what was left out. Written from the data at every build.
 */
export function describeSpread(set: SpreadSet): string {
  const parts = [describeScatter(asScatterSet(set), SPREAD_WORDS)];
  const widest = set.points.reduce<SpreadPoint | null>((w, p) => ((p.spread ?? 0) > (w?.spread ?? 0) ? p : w), null);
  if (widest && widest.spread !== null) {
    parts.push(
      `The widest spread is ${isolate(widest.name)}'s (${formatSpread(widest.spread)} around ${widest.y.toFixed(1)}%).`,
    );
  }
  const omitted = spreadOmittedNote(set);
  if (omitted) parts.push(omitted);
  return parts.join(' ');
}

/**
 * The takeaway: the most accurate model and the cheapest on the frontier, e.g. `Highest accuracy: Grok 5 (74.3%) at
 * $0.0918 per task; cheapest on the frontier: GLM 5 (72.0%) at $0.0198 per task.`
 */
export function spreadTakeaway(set: SpreadSet): string {
  const [cheapest] = toFrontier(set.points);
  if (!cheapest) return 'No models with a cost per task in this snapshot.';
  const best = set.points.reduce((a, b) => (b.y > a.y ? b : a));
  const at = (p: SpreadPoint) => `${isolate(p.name)} (${p.y.toFixed(1)}%) at ${SPREAD_WORDS.cost(p.x)}`;
  const top = `Highest ${scoreProse(ACCURACY_LABEL)}: ${at(best)}`;
  return cheapest === best ? `${top}, and no model costs less.` : `${top}; cheapest on the frontier: ${at(cheapest)}.`;
}

/**
 * CSV columns of the points as laid out (`toScatterLayout`, whose `onFrontier` the table and chart use too): the
 * API's fields as given (accuracy 0–1, USD), the frontier and recent usage.
 */
export function spreadCsvColumns(): CsvColumn<SpreadPoint & { onFrontier: boolean }>[] {
  return [
    { header: 'model_permaslug', value: (p) => p.slug },
    { header: 'display_name', value: (p) => p.name },
    { header: 'benchmark_type', value: (p) => p.item.benchmark_type },
    { header: 'accuracy', value: (p) => p.item.accuracy },
    { header: 'accuracy_stddev', value: (p) => p.item.accuracy_stddev },
    { header: 'avg_cost_per_task_usd', value: (p) => p.item.avg_cost_per_task },
    { header: 'total_tasks', value: (p) => p.item.total_tasks },
    { header: 'last_run_timestamp', value: (p) => p.item.last_run_timestamp },
    { header: 'on_frontier', value: (p) => (p.onFrontier ? 'yes' : 'no') },
    { header: 'recent_openrouter_tokens', value: (p) => p.usage },
  ];
}
