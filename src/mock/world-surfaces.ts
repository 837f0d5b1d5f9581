/**
 * Modality surfaces and context lengths of the synthetic world's traffic, behind rankings-daily's exact filters
 * (`modality`, `context_bucket`). Input modalities (image, audio) are model capabilities matched on the
 * permaslug; the tool-calling share and the context-length mix are seeded per model from its traits and drift
 * slowly (agents call more tools and read longer contexts over time). Splits are in whole tokens and exact.
 *
 * Image-output models: the world's image models (`kind: 'image'`) count no tokens, so the main dataset drops
 * them. So that `modality=image_output` has something to rank, a few image-output models that do count tokens
 * live here, outside the main dataset (which stays as it was): the real API would count them there too.
 */
import { CONTEXT_BUCKETS, type ContextBucket } from '../lib/api/rankings-views.ts';
import { between, rngOf, unitOf } from './prng.ts';
import { dayIndexOf, marketVolumeOn } from './world-market.ts';
import { memoByWeek } from './world-mixes.ts';
import type { ModelTotal, Trait, WorldModel } from './world-models.ts';

/** What the surfaces need to know of a model. */
export type SurfaceModel = Pick<WorldModel, 'slug' | 'traits'>;

/** Models that take image input (vision), matched on the permaslug. */
const IMAGE_INPUT = new RegExp(
  [
    'gpt-4o|gpt-4\\.1|gpt-5|/o[34]|claude-[345]|gemini|gemma-3-|vision|llama-4|pixtral|mistral-(small|medium)',
    '-vl|glm-4\\.5v|multimodal|grok-[45]|kimi-k2\\.5|nova-(lite|pro|premier)|qwen3\\.5',
  ].join('|'),
);
/** Models that take audio input. */
const AUDIO_INPUT = /gemini-2\.|gemini-3|gpt-4o-2024-11-20|gpt-4o-mini|multimodal/;

/** True when the model takes that input modality. */
export function takesInput(model: SurfaceModel, modality: 'image' | 'audio'): boolean {
  return (modality === 'image' ? IMAGE_INPUT : AUDIO_INPUT).test(model.slug);
}

/** An image-output model: permaslug, launch, retirement (null while served), relative weight. */
type ImageOutputRow = readonly [slug: string, launch: string, retire: string | null, weight: number];

const IMAGE_OUTPUT_ROWS: readonly ImageOutputRow[] = [
  ['google/gemini-2.5-flash-image-preview', '2025-08-26', '2025-10-10', 60],
  ['google/gemini-2.5-flash-image', '2025-10-07', null, 80],
  ['openai/gpt-5-image', '2025-10-14', null, 20],
  ['openai/gpt-5-image-mini', '2025-10-16', null, 25],
  ['google/gemini-3-pro-image-preview', '2025-11-20', null, 50],
];

/** The token-counted image-output models, in catalogue order (they take image input and no tools). */
export const IMAGE_OUTPUT_MODELS: readonly SurfaceModel[] = IMAGE_OUTPUT_ROWS.map(([slug]) => ({ slug, traits: [] }));

/** Image-output traffic as a fraction of the day's market volume. */
const IMAGE_OUTPUT_FRACTION = 0.002;

/** The image-output models' full-day token totals, zeros included (before launch, after retirement). */
export function imageOutputTotalsOn(date: string): ModelTotal[] {
  const scores = IMAGE_OUTPUT_ROWS.map(([slug, launch, retire, weight]) => {
    if (date < launch || (retire !== null && date >= retire)) return 0;
    const ramp = 1 - Math.exp(-(dayIndexOf(date) - dayIndexOf(launch) + 1) / 10);
    return weight * ramp * (0.9 + 0.2 * unitOf('image-output', slug, date));
  });
  const sum = scores.reduce((a, b) => a + b, 0);
  const volume = marketVolumeOn(date) * IMAGE_OUTPUT_FRACTION;
  return IMAGE_OUTPUT_ROWS.map(([slug], i) => ({
    slug,
    tokens: sum > 0 ? BigInt(Math.round((volume * (scores[i] ?? 0)) / sum)) : 0n,
  }));
}

/** Years since 2025-01-01 at a week start: what the slow drifts run on. */
function yearsAt(week: string): number {
  return dayIndexOf(week) / 365;
}

/** Tool-calling share of a model's tokens before drift, by its strongest trait. */
function toolLean(traits: readonly Trait[]): number {
  if (traits.includes('agent')) return 0.45;
  if (traits.includes('code')) return 0.3;
  if (traits.includes('reason') || traits.includes('data')) return 0.1;
  return traits.includes('rp') ? 0 : 0.04;
}

/** Parts per million of a model's tokens from requests that called at least one tool, in the week `week`. */
export const toolCallingPpm = memoByWeek((model: SurfaceModel, week: string): number => {
  const rng = rngOf('tool-share', model.slug);
  const wave = 1 + 0.15 * Math.sin(2 * Math.PI * (dayIndexOf(week) / 7 / between(rng, 20, 60) + rng()));
  const share = toolLean(model.traits) * between(rng, 0.6, 1.4) * (1 + 0.3 * yearsAt(week)) * wave;
  return Math.round(Math.min(0.85, share) * 1_000_000);
});

/** How a trait spreads requests over the context buckets `1K … 10M` before drift. */
const CONTEXT_MIX: Record<Trait | 'none', readonly number[]> = {
  rp: [0.05, 0.45, 0.45, 0.05, 0],
  chat: [0.15, 0.5, 0.3, 0.05, 0],
  data: [0.1, 0.35, 0.4, 0.15, 0],
  code: [0.01, 0.09, 0.45, 0.45, 0],
  agent: [0.01, 0.06, 0.4, 0.5, 0.01],
  reason: [0.05, 0.3, 0.45, 0.2, 0],
  none: [0.1, 0.4, 0.4, 0.1, 0],
};

/** Models whose context window passes 1M tokens, and old ones that stop at 8K or 32K. */
const HUGE_CONTEXT = /llama-4-scout|minimax-01|grok-4(\.1)?-fast|gemini-2\.5-pro|gemini-3/;
const SHORT_CONTEXT = /mythomax|remm-slerp|noromaid|goliath|weaver|midnight-rose|lunaris|gemma-2/;
const MID_CONTEXT = /mixtral-8x7b|gpt-3\.5|wizardlm|rocinante|unslopnemo|euryale|lumimaid|llama-guard/;

/** Index of the largest context bucket a model's window reaches: `10M` only past 1M tokens. */
function largestBucket(model: SurfaceModel): number {
  if (HUGE_CONTEXT.test(model.slug)) return 4;
  if (SHORT_CONTEXT.test(model.slug)) return 1;
  return MID_CONTEXT.test(model.slug) ? 2 : 3;
}

/**
 * Whole parts of `total` in proportion to `weights`, largest remainders first: they always sum to `total` (all of
 * it in the first part when no weight is positive). `toParts([1, 1, 1], 10)` -> `[4, 3, 3]`.
 */
export function toParts(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) return weights.map((_, i) => (i === 0 ? total : 0));
  const exact = weights.map((w) => (w * total) / sum);
  const parts = exact.map(Math.floor);
  const order = exact.map((value, i) => ({ i, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest);
  for (let left = total - parts.reduce((a, b) => a + b, 0), k = 0; left > 0; left -= 1, k += 1) {
    const index = order[k % order.length]?.i ?? 0;
    parts[index] = (parts[index] ?? 0) + 1;
  }
  return parts;
}

/**
 * Parts per million of a model's tokens in each context bucket (`CONTEXT_BUCKETS` order) in the week `week`; they
 * sum to 1 000 000. Longer buckets gain share year by year; buckets past the model's window get nothing.
 */
export const contextPpm = memoByWeek((model: SurfaceModel, week: string): readonly number[] => {
  const rng = rngOf('context-mix', model.slug);
  const mixes = model.traits.length > 0 ? model.traits.map((trait) => CONTEXT_MIX[trait]) : [CONTEXT_MIX.none];
  const largest = largestBucket(model);
  const weights = CONTEXT_BUCKETS.map((_, b) => {
    if (b > largest) return 0;
    const base = mixes.reduce((sum, mix) => sum + (mix[b] ?? 0), 0) / mixes.length + (b === 4 ? 0.02 : 0);
    return base * between(rng, 0.7, 1.3) * Math.exp(0.35 * b * yearsAt(week));
  });
  return toParts(weights, 1_000_000);
});

/** `tokens` times `ppm` parts per million, rounded down: `ofPpm(10n, 500_000) === 5n`. */
export function ofPpm(tokens: bigint, ppm: number): bigint {
  return (tokens * BigInt(ppm)) / 1_000_000n;
}

/**
 * A model's tokens in one context bucket: the buckets split `tokens` exactly (the last bucket with any share
 * takes what rounding down left), so the five buckets of a model always sum to its total.
 */
export function contextSlice(tokens: bigint, ppm: readonly number[], bucket: ContextBucket): bigint {
  const index = CONTEXT_BUCKETS.indexOf(bucket);
  const last = ppm.findLastIndex((part) => part > 0);
  if (index !== last) return ofPpm(tokens, ppm[index] ?? 0);
  return tokens - ppm.reduce((sum, part, i) => (i === last ? sum : sum + ofPpm(tokens, part)), 0n);
}
