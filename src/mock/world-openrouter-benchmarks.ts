/**
 * OpenRouter's own benchmark results in the synthetic world (the `openrouter` source of /benchmarks, SDK
 * `UnifiedBenchmarksORItem`): GPQA Diamond for capable models, tau-bench (verified, airline) for agents. Each
 * model is evaluated on a seeded schedule after launch (every 28 days, at most 5 runs kept), so the item appears
 * a few days after launch and its task count, spread and last run move on as runs accumulate; the accuracy is
 * fixed per model, from launch date, price and traits. Figures are invented.
 */
import type { OpenRouterBenchmarkItem, OpenRouterBenchmarkType } from '../lib/api/benchmarks.ts';
import { addDays, daysBetween } from '../lib/api/dates.ts';
import { between, rngOf } from './prng.ts';
import { dayIndexOf } from './world-market.ts';
import { WORLD_MODELS, type WorldModel } from './world-models.ts';

/** Tasks in one run of each benchmark (GPQA Diamond has 198 questions; tau-bench's airline domain 50 tasks). */
const TASKS_PER_RUN: Record<OpenRouterBenchmarkType, number> = { gpqa_diamond: 198, tau_bench_verified_airline: 50 };
/** Tokens one task takes, prompt and completion, before a reasoning model's extra thinking. */
const TOKENS_PER_TASK: Record<OpenRouterBenchmarkType, { prompt: number; completion: number }> = {
  gpqa_diamond: { prompt: 600, completion: 1500 },
  tau_bench_verified_airline: { prompt: 60_000, completion: 4000 },
};
const RUN_INTERVAL_DAYS = 28;
const MAX_RUNS = 5;

/** Who is evaluated: text models worth benchmarking, not `:free` copies; agents only on tau-bench. */
function isEvaluated(model: WorldModel, type: OpenRouterBenchmarkType): boolean {
  if (model.kind !== 'text' || model.isFreeVariant || model.weight < 25 || model.launch < '2024-07-01') return false;
  const entered = rngOf('or-entry', type, model.slug)() < 0.8;
  return type === 'gpqa_diamond' ? entered : entered && model.traits.includes('agent');
}

/** Accuracy from 0 to 1: newer, pricier, reasoning (GPQA) or agentic (tau-bench) models score higher. */
function accuracyOf(model: WorldModel, type: OpenRouterBenchmarkType): number {
  const rng = rngOf('or-accuracy', type, model.slug);
  const years = dayIndexOf(model.launch) / 365;
  const price = (3 * Number(model.price.prompt) + Number(model.price.completion)) / 4;
  const skill = model.traits.includes(type === 'gpqa_diamond' ? 'reason' : 'agent') ? 0.1 : 0;
  const base = type === 'gpqa_diamond' ? 0.42 : 0.3;
  const score = base + 0.12 * years + 0.05 * Math.log10(price + 0.02) + skill + between(rng, -0.06, 0.06);
  return Math.round(Math.min(0.93, Math.max(0.08, score)) * 10_000) / 10_000;
}

/** USD per task at the model's price; null for a few models whose cost was not recorded. */
function costPerTask(model: WorldModel, type: OpenRouterBenchmarkType): number | null {
  if (rngOf('or-cost', type, model.slug)() < 0.08) return null;
  const { prompt, completion } = TOKENS_PER_TASK[type];
  const thinking = model.traits.includes('reason') ? 4 : 1;
  const usd = (prompt * Number(model.price.prompt) + completion * thinking * Number(model.price.completion)) / 1e6;
  return Math.round(usd * 1e6) / 1e6;
}

/** The dates of a model's runs before `today`, oldest first: from 3–10 days after launch, every 28 days. */
function runDates(model: WorldModel, type: OpenRouterBenchmarkType, today: string): string[] {
  const first = addDays(model.launch, Math.floor(between(rngOf('or-first-run', type, model.slug), 3, 11)));
  if (first >= today) return [];
  const count = Math.floor((daysBetween(first, today) - 1) / RUN_INTERVAL_DAYS) + 1;
  return Array.from({ length: count }, (_, i) => addDays(first, i * RUN_INTERVAL_DAYS));
}

/** Every OpenRouter item of one benchmark for models with a run before `today` (UTC), unsorted. */
export function openRouterItems(type: OpenRouterBenchmarkType, today: string): OpenRouterBenchmarkItem[] {
  return WORLD_MODELS.filter((model) => isEvaluated(model, type)).flatMap((model) => {
    const runs = runDates(model, type, today);
    const last = runs.at(-1);
    if (last === undefined) return [];
    const kept = Math.min(MAX_RUNS, runs.length);
    const spread = between(rngOf('or-spread', type, model.slug), 0.005, 0.04);
    return [
      {
        source: 'openrouter',
        model_permaslug: model.slug,
        display_name: model.name,
        benchmark_type: type,
        accuracy: accuracyOf(model, type),
        accuracy_stddev: kept === 1 ? null : Math.round(spread * 10_000) / 10_000,
        avg_cost_per_task: costPerTask(model, type),
        total_tasks: kept * TASKS_PER_RUN[type],
        last_run_timestamp: `${last}T04:00:00.000Z`,
      },
    ];
  });
}
