/** `GET /classifications/task`: market share by task over the trailing 7 days ending yesterday (UTC). */
import { addDays } from '../lib/api/dates.ts';
import {
  type MacroCategory,
  type TaskClassification,
  type TaskClassificationsResponse,
  TASK_WINDOWS,
  type TaskModel,
} from '../lib/api/task-classifications.ts';
import { datesOf, yesterdayOf } from './dates.ts';
import { compareText } from './order.ts';
import { unitOf } from './prng.ts';
import { readChoice, type RouteHandler } from './route.ts';
import type { World } from './world.ts';
import { WORLD_MODELS, type Trait } from './world-models.ts';
import { affinityOf, MACRO_CATEGORIES, TASK_TAGS, type TaskTag, tagWeightsOn } from './world-tasks.ts';

/** Days in the only window there is (`7d`). */
const WINDOW_DAYS = 7;
/** Models listed per classification (spec: "Only the top-N models are included"). */
const TOP_TASK_MODELS = 8;
/** Candidates a tag's models are drawn from: the busiest base models of the window. */
const CANDIDATES = 60;
/** Share of a tag's traffic beyond the candidates, so listed model shares always sum below 1. */
const LONG_TAIL = 0.15;
/** Shares are written with 6 decimals, like the API's. */
const SHARE_SCALE = 1e6;

/** A fraction written with 6 decimals: `round6(0.1234567) === 0.123457`. */
const round6 = (value: number) => Math.round(value * SHARE_SCALE) / SHARE_SCALE;

/** Adds numbers in order. */
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/**
 * Weights to shares written with 6 decimals that sum to 1 (up to float error, far below 1e-9): the rounding
 * drift is given to the largest share. `toShares([1, 1, 2])` -> `[0.25, 0.25, 0.5]`; all zero stays all zero.
 */
export function toShares(weights: readonly number[]): number[] {
  const total = sum(weights);
  if (total <= 0) return weights.map(() => 0);
  const shares = weights.map((w) => round6(w / total));
  const largest = shares.indexOf(Math.max(...shares));
  shares[largest] = round6(1 - sum(shares.filter((_, i) => i !== largest)));
  return shares;
}

/** A base model's traffic over the window and its traits. */
interface Candidate {
  readonly id: string;
  readonly tokens: number;
  readonly traits: readonly Trait[];
}

/** The window's busiest base models (dated and `:variant` slugs merged), as task-share candidates. */
function candidatesOf(world: World, dates: readonly string[], now: Date): Candidate[] {
  const byBase = new Map<string, { tokens: number; traits: readonly Trait[] }>();
  const modelOf = new Map(WORLD_MODELS.map((m) => [m.slug, m]));
  for (const date of dates) {
    for (const { slug, tokens } of world.modelTotals(date, now)) {
      const model = modelOf.get(slug);
      if (!model || tokens === 0n) continue;
      const entry = byBase.get(model.base) ?? { tokens: 0, traits: model.traits };
      byBase.set(model.base, { ...entry, tokens: entry.tokens + Number(tokens) });
    }
  }
  return [...byBase]
    .map(([id, entry]) => ({ id, ...entry }))
    .toSorted((a, b) => b.tokens - a.tokens || compareText(a.id, b.id))
    .slice(0, CANDIDATES);
}

/** A tag's top models by request share; each share is of the tag's whole traffic, so they sum below 1. */
function tagModels(tag: TaskTag, candidates: readonly Candidate[]): TaskModel[] {
  // The fit of a model to a tag is fixed; shares drift as the models' weekly volumes move.
  const scored = candidates.map((c) => {
    const requests = c.tokens * affinityOf(tag, c.traits) * (0.4 + unitOf('tag-model', tag.tag, c.id));
    return { id: c.id, requests, tokens: requests * (0.5 + 1.5 * unitOf('tag-model-tokens', tag.tag, c.id)) };
  });
  const requestTotal = sum(scored.map((s) => s.requests)) / (1 - LONG_TAIL);
  const tokenTotal = sum(scored.map((s) => s.tokens)) / (1 - LONG_TAIL);
  return scored
    .toSorted((a, b) => b.requests - a.requests || compareText(a.id, b.id))
    .slice(0, TOP_TASK_MODELS)
    .map((s) => ({
      id: s.id,
      tag_usage_share: round6(s.requests / requestTotal),
      tag_token_share: round6(s.tokens / tokenTotal),
    }));
}

/**
 * The task-classifications handler. Only `window=7d` exists (the spec's only window); anything else is a 400.
 * Shares are of classified traffic over the 7 days ending yesterday, each level summing to 1.
 */
export const taskClassifications: RouteHandler = (query, { world, now }): TaskClassificationsResponse => {
  readChoice(query, 'window', TASK_WINDOWS, '7d');
  const asOf = yesterdayOf(now);
  const dates = datesOf(addDays(asOf, -(WINDOW_DAYS - 1)), asOf);
  const daily = TASK_TAGS.map((tag) => dates.map((date) => tagWeightsOn(tag, date)));
  const usage = toShares(daily.map((days) => sum(days.map((d) => d.requests))));
  const tokens = toShares(daily.map((days) => sum(days.map((d) => d.tokens))));
  const candidates = candidatesOf(world, dates, now);
  const classifications: TaskClassification[] = [];
  const macroCategories: MacroCategory[] = MACRO_CATEGORIES.map(({ key, label }) => {
    const members = TASK_TAGS.flatMap((tag, i) =>
      tag.macro === key ? [{ tag, usage: usage[i] ?? 0, tokens: tokens[i] ?? 0 }] : [],
    );
    const categoryUsage = toShares(members.map((m) => m.usage));
    const categoryTokens = toShares(members.map((m) => m.tokens));
    members.forEach((m, i) =>
      classifications.push({
        tag: m.tag.tag,
        display_name: m.tag.displayName,
        macro_category: key,
        usage_share: m.usage,
        token_share: m.tokens,
        category_usage_share: categoryUsage[i] ?? 0,
        category_token_share: categoryTokens[i] ?? 0,
        models: tagModels(m.tag, candidates),
      }),
    );
    const total = (values: readonly number[]) => round6(sum(values));
    return {
      key,
      label,
      usage_share: total(members.map((m) => m.usage)),
      token_share: total(members.map((m) => m.tokens)),
    };
  });
  return {
    data: {
      window_days: WINDOW_DAYS,
      as_of: asOf,
      classifications: classifications.toSorted((a, b) => b.usage_share - a.usage_share || compareText(a.tag, b.tag)),
      macro_categories: macroCategories,
      synthetic: true,
    },
  };
};
