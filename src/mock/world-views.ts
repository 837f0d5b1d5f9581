/**
 * The synthetic world seen through rankings-daily's views: per-model totals of one day for the exact filters
 * (`modality`, `context_bucket`, or both) and of one week for the sampled ones (`category`, `language_type`).
 * Both read the world's day totals as seen at `now`, so today's share is partial, as in the main dataset.
 */
import { DATASET_START } from '../lib/api/common.ts';
import { addDays, weekStartOf } from '../lib/api/dates.ts';
import type { ContextBucket, LanguageType, Modality, RankingsCategory } from '../lib/api/rankings-views.ts';
import { todayOf } from './dates.ts';
import { categoryShare, languageSharesOf, sampledEstimate } from './world-mixes.ts';
import { type ModelTotal, WORLD_MODELS } from './world-models.ts';
import {
  contextPpm,
  contextSlice,
  IMAGE_OUTPUT_MODELS,
  imageOutputTotalsOn,
  ofPpm,
  type SurfaceModel,
  takesInput,
  toolCallingPpm,
} from './world-surfaces.ts';
import { asSeenAt, type World } from './world.ts';

/** The exact filters of a request; both may be given. */
export interface ExactFilter {
  readonly modality: Modality | undefined;
  readonly contextBucket: ContextBucket | undefined;
}

/** The sampled filter of a request: one category or one language type. */
export type SampledFilter =
  | { readonly param: 'category'; readonly value: RankingsCategory }
  | { readonly param: 'language_type'; readonly value: LanguageType };

/** A model's tokens on a day under a modality: whole for a matching input surface, its tool-calling part, or 0. */
function modalityTokens(model: SurfaceModel, tokens: bigint, modality: Modality | undefined, week: string): bigint {
  if (modality === 'image' || modality === 'audio') return takesInput(model, modality) ? tokens : 0n;
  if (modality === 'tool_calling') return ofPpm(tokens, toolCallingPpm(model, week));
  return tokens; // text: every token-counted model of the main dataset answers in text
}

/**
 * Every model's tokens on `date` under the exact filters, as seen at `now`, zeros included. `image_output` ranks
 * the token-counted image-output models (see world-surfaces.ts); every other modality the main dataset's models.
 */
export function exactTotalsOn(world: World, date: string, now: Date, filter: ExactFilter): ModelTotal[] {
  const week = weekStartOf(date);
  const [models, totals] =
    filter.modality === 'image_output'
      ? [IMAGE_OUTPUT_MODELS, imageOutputTotalsOn(date).map((t) => ({ ...t, tokens: asSeenAt(t.tokens, date, now) }))]
      : [WORLD_MODELS, world.modelTotals(date, now)];
  return totals.map(({ slug, tokens }, i) => {
    const model = models[i] ?? { slug, traits: [] };
    const surfaced = filter.modality === 'image_output' ? tokens : modalityTokens(model, tokens, filter.modality, week);
    if (filter.contextBucket === undefined) return { slug, tokens: surfaced };
    return { slug, tokens: contextSlice(surfaced, contextPpm(model, week), filter.contextBucket) };
  });
}

/** The share of a model's traffic a sampled filter covers in the week starting `week`. */
function sampledShare(filter: SampledFilter, index: number, week: string): number {
  const model = WORLD_MODELS[index];
  if (!model) return 0;
  return filter.param === 'category'
    ? categoryShare(model, filter.value, week)
    : languageSharesOf(model, week)[filter.value];
}

/**
 * Every model's estimated tokens in the week starting `week` (a Monday) under a sampled filter, zeros included:
 * the week's days as seen at `now` (days after today and before 2025-01-01 count nothing, so the current week
 * holds what has happened so far), times the model's share, sampled and upsampled.
 */
export function sampledWeekTotals(world: World, week: string, now: Date, filter: SampledFilter): ModelTotal[] {
  const today = todayOf(now);
  const days = Array.from({ length: 7 }, (_, i) => addDays(week, i)).filter((d) => d >= DATASET_START && d <= today);
  const sums = WORLD_MODELS.map(() => 0n);
  for (const day of days) {
    world.modelTotals(day, now).forEach(({ tokens }, i) => (sums[i] = (sums[i] ?? 0n) + tokens));
  }
  return WORLD_MODELS.map((model, i) => ({
    slug: model.slug,
    tokens: sampledEstimate(sums[i] ?? 0n, sampledShare(filter, i, week), filter.value, model.slug, week),
  }));
}
