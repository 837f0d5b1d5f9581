/**
 * Use-case categories and language types of the synthetic world's traffic, behind rankings-daily's sampled
 * datasets (`category`, `language_type`). Each model's mix follows its traits, with seeded differences per model,
 * and drifts from week to week (a seeded wave and trend per model and category). Only part of the traffic is
 * classified, so a model's category shares sum to less than 1. The figures are estimates, as the API says: the
 * week's true tokens times the share, with seeded sampling noise, counted in units of {@link UPSAMPLE_FACTOR}.
 */
import { type LanguageType, RANKINGS_CATEGORIES, type RankingsCategory } from '../lib/api/rankings-views.ts';
import { between, rngOf } from './prng.ts';
import { dayIndexOf } from './world-market.ts';
import type { Trait, WorldModel } from './world-models.ts';

/** One classified request in this many is sampled, so estimates are whole multiples of it. */
export const UPSAMPLE_FACTOR = 1000;

/** The categories drawn directly; `marketing/seo` is a seeded part of `marketing`. */
type DirectCategory = Exclude<RankingsCategory, 'marketing/seo'>;

/** How strongly each trait pulls a model's traffic into a category, on top of a small share of everything. */
const AFFINITY: Record<DirectCategory, Partial<Record<Trait, number>>> = {
  programming: { code: 6, agent: 3, reason: 1.5, data: 0.8 },
  roleplay: { rp: 8, chat: 1 },
  marketing: { chat: 1.5, data: 1.2, agent: 1 },
  technology: { code: 1.5, agent: 1.5, data: 1, reason: 0.8 },
  science: { reason: 2.5, data: 0.8 },
  translation: { data: 2, chat: 1 },
  legal: { reason: 1, data: 0.8, chat: 0.5 },
  finance: { reason: 1.2, agent: 0.8, data: 0.8 },
  health: { chat: 1.2, reason: 0.6 },
  trivia: { chat: 1.5, rp: 0.5 },
  academia: { reason: 1.5, chat: 0.8, data: 0.6 },
};
const BASELINE = 0.25;

/** A seeded factor that drifts with the week: a wave of 12–52 weeks and a slow trend, never below 0.2. */
function drift(week: string, ...seed: readonly string[]): number {
  const rng = rngOf('mix-drift', ...seed);
  const [amplitude, period, phase, trend] = [between(rng, 0.15, 0.45), between(rng, 12, 52), rng(), rng() - 0.5];
  const weeks = dayIndexOf(week) / 7;
  const wave = 1 + amplitude * Math.sin(2 * Math.PI * (weeks / period + phase));
  return Math.max(0.2, wave * (1 + (trend * weeks) / 52));
}

/** Memoises a per-model, per-week figure by permaslug and week start, so a year-long request stays fast. */
export function memoByWeek<M extends { readonly slug: string }, T>(
  compute: (model: M, week: string) => T,
): (model: M, week: string) => T {
  const cache = new Map<string, T>();
  return (model, week) => {
    const key = `${model.slug}\u0000${week}`;
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(model, week);
      cache.set(key, value);
    }
    return value;
  };
}

/**
 * A model's share of its tokens in each category during the week starting `week` (a Monday), in
 * `RANKINGS_CATEGORIES` order. The direct categories sum to the model's classified fraction (0.55–0.85).
 */
export const categorySharesOf = memoByWeek((model: WorldModel, week: string): readonly number[] => {
  const rng = rngOf('category-mix', model.slug);
  const classified = between(rng, 0.55, 0.85);
  const seo = between(rng, 0.15, 0.45);
  const raw = new Map<DirectCategory, number>();
  for (const category of Object.keys(AFFINITY) as DirectCategory[]) {
    const pull = model.traits.reduce((sum, trait) => sum + (AFFINITY[category][trait] ?? 0), BASELINE);
    raw.set(category, pull * between(rng, 0.6, 1.4) * drift(week, model.slug, category));
  }
  const total = [...raw.values()].reduce((a, b) => a + b, 0);
  const share = (category: DirectCategory) => (classified * (raw.get(category) ?? 0)) / total;
  const seoPart = Math.min(0.9, seo * drift(week, model.slug, 'seo'));
  return RANKINGS_CATEGORIES.map((category) =>
    category === 'marketing/seo' ? share('marketing') * seoPart : share(category),
  );
});

/** A model's share of its tokens in one category during the week starting `week`. */
export function categoryShare(model: WorldModel, category: RankingsCategory, week: string): number {
  return categorySharesOf(model, week)[RANKINGS_CATEGORIES.indexOf(category)] ?? 0;
}

/** Programming-language share of a model's tagged traffic before drift: coders most, chat models least. */
function programmingLean(traits: readonly Trait[]): number {
  if (traits.includes('code')) return 0.55;
  if (traits.includes('agent')) return 0.35;
  if (traits.includes('reason')) return 0.15;
  return traits.includes('data') ? 0.1 : 0.04;
}

/** A model's share of its tokens tagged with each language type during the week starting `week`. */
export const languageSharesOf = memoByWeek((model: WorldModel, week: string): Record<LanguageType, number> => {
  const rng = rngOf('language-mix', model.slug);
  const tagged = between(rng, 0.8, 0.95);
  const lean = programmingLean(model.traits) * between(rng, 0.7, 1.3) * drift(week, model.slug, 'programming');
  const programming = Math.min(0.9, Math.max(0.01, lean));
  return { natural: tagged * (1 - programming), programming: tagged * programming };
});

/**
 * The sampled, upsampled estimate of `share` of `tokens`: seeded noise of up to ±12 % per view, model and week,
 * rounded to whole units of {@link UPSAMPLE_FACTOR} (so a small slice can come out as 0 and be dropped).
 */
export function sampledEstimate(tokens: bigint, share: number, ...seed: readonly string[]): bigint {
  if (tokens === 0n || share <= 0) return 0n;
  const noise = 1 + between(rngOf('sample', ...seed), -0.12, 0.12);
  return BigInt(Math.round((Number(tokens) * share * noise) / UPSAMPLE_FACTOR)) * BigInt(UPSAMPLE_FACTOR);
}
