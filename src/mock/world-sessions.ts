/**
 * Session cost in the synthetic world: the published harnesses are the world's coding agents and tools, each with
 * its own habits (context carried per turn, output per turn, how much prompt caching saves), using the code and
 * agent models that are live in the window. A cell's median cost grows with the session's turns and with the
 * model's list price. Weekly windows end on Sundays and are published the Monday after, at 06:00 UTC.
 */
import { addDays, toIsoDate } from '../lib/api/dates.ts';
import { TURN_RANGES, type TurnRange } from '../lib/api/session-cost.ts';
import type { AppSubcategory } from '../lib/api/taxonomy.ts';
import { compareText } from './order.ts';
import { between, rngOf, unitOf } from './prng.ts';
import { WORLD_APPS, type WorldApp } from './world-apps.ts';
import { WORLD_MODELS, type WorldModel } from './world-models.ts';

/** Days per window. */
export const SESSION_WINDOW_DAYS = 7;
/** The first published window ends on this Sunday; before its publication there is no snapshot. */
export const FIRST_WINDOW_END = '2026-03-01';

const HARNESS_SUBCATEGORIES: readonly AppSubcategory[] = ['cli-agent', 'ide-extension', 'cloud-agent'];
/** Harnesses published: the first coding agents of the app catalogue (its named ones, all launched by 2026). */
const HARNESS_COUNT = 12;
/** Models per harness and window: its favourites among the live code and agent models. */
const MODELS_PER_HARNESS = 12;
/** Typical turns of a session in each range, shortest first. */
const TYPICAL_TURNS: Readonly<Record<TurnRange, number>> = {
  '1-turn': 1,
  '2-9-turns': 5,
  '10-49-turns': 22,
  '50-plus-turns': 85,
};

/** A published harness and its habits. */
export interface Harness {
  readonly app: WorldApp;
  readonly slug: string;
  /** Prompt tokens sent per turn at the start of a session (the context grows from there). */
  readonly promptPerTurn: number;
  readonly completionPerTurn: number;
  /** Share of the prompt price paid after caching. */
  readonly cacheFactor: number;
}

/** One published cell. */
export interface SessionCell {
  readonly harness: Harness;
  readonly model: WorldModel;
  readonly turnRange: TurnRange;
  readonly medianUsd: number;
}

/** A name as a slug: `appSlugOf('Roo Code') === 'roo-code'`. */
export function appSlugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The published harnesses, in app catalogue order. */
export const HARNESSES: readonly Harness[] = WORLD_APPS.filter((app) =>
  app.subcategories.some((s) => HARNESS_SUBCATEGORIES.includes(s)),
)
  .slice(0, HARNESS_COUNT)
  .map((app) => {
    const rng = rngOf('harness', app.name);
    return {
      app,
      slug: appSlugOf(app.name),
      promptPerTurn: Math.round(between(rng, 6_000, 30_000)),
      completionPerTurn: Math.round(between(rng, 500, 1_600)),
      cacheFactor: between(rng, 0.35, 0.9),
    };
  });

/**
 * The newest window published at `now`: the latest Sunday whose following Monday 06:00 UTC has passed, from
 * {@link FIRST_WINDOW_END} on, or `null` before the first is published.
 */
export function publishedWindowEnd(now: Date): string | null {
  const today = toIsoDate(now);
  let sunday = addDays(today, -new Date(`${today}T00:00:00Z`).getUTCDay());
  if (now.getTime() < publishedAt(sunday).getTime()) sunday = addDays(sunday, -7);
  return sunday >= FIRST_WINDOW_END ? sunday : null;
}

/** When a window ending on `sunday` is published: the Monday after, 06:00 UTC (its `as_of`). */
export function publishedAt(sunday: string): Date {
  return new Date(`${addDays(sunday, 1)}T06:00:00Z`);
}

/** True when a model served the whole window: launched a week before its start, not retired within it. */
function isLiveIn(model: WorldModel, end: string): boolean {
  const start = addDays(end, 1 - SESSION_WINDOW_DAYS);
  return model.kind === 'text' && model.launch <= addDays(start, -7) && (model.retire === null || model.retire > end);
}

/** A harness's favourite paid code and agent models in a window, by weight times its seeded affinity. */
function modelsOf(harness: Harness, end: string): WorldModel[] {
  const candidates = WORLD_MODELS.filter(
    (m) => !m.isFreeVariant && m.traits.some((t) => t === 'code' || t === 'agent') && isLiveIn(m, end),
  );
  const score = (m: WorldModel) => m.weight * (0.3 + 1.2 * unitOf('affinity', harness.slug, m.slug));
  return candidates.toSorted((a, b) => score(b) - score(a)).slice(0, MODELS_PER_HARNESS);
}

/**
 * A cell's median cost in USD, to 4 decimals: typical turns x (growing context x prompt price x caching +
 * output x completion price), with ±10 % noise per window. Ranges are at least 4x apart in turns, so cost grows
 * with the range whatever the noise.
 */
function medianCost(harness: Harness, model: WorldModel, range: TurnRange, end: string): number {
  const turns = TYPICAL_TURNS[range];
  const prompt = harness.promptPerTurn * (1 + 0.02 * turns) * Number(model.price.prompt) * harness.cacheFactor;
  const completion = harness.completionPerTurn * Number(model.price.completion);
  const noise = 0.9 + 0.2 * unitOf('session-noise', harness.slug, model.slug, range, end);
  return Math.max(0.0001, Math.round(((turns * (prompt + completion) * noise) / 1e6) * 1e4) / 1e4);
}

/** Too few sampled sessions: long sessions are often unpublished, the others rarely. */
function isSparse(harness: Harness, model: WorldModel, range: TurnRange, end: string): boolean {
  const draw = unitOf('sparse', harness.slug, model.slug, range, end);
  return draw < (range === '50-plus-turns' ? 0.3 : 0.05);
}

/** Every published cell of the window ending on `end`, sorted by harness slug, model permaslug and range (the API's sort). */
export function sessionCellsOf(end: string): SessionCell[] {
  return HARNESSES.toSorted((a, b) => compareText(a.slug, b.slug)).flatMap((harness) =>
    modelsOf(harness, end)
      .toSorted((a, b) => compareText(a.slug, b.slug))
      .flatMap((model) =>
        TURN_RANGES.filter((range) => !isSparse(harness, model, range, end)).map((turnRange) => ({
          harness,
          model,
          turnRange,
          medianUsd: medianCost(harness, model, turnRange, end),
        })),
      ),
  );
}
