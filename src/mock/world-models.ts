/**
 * Model traffic of the synthetic world: each catalogue model gets a seeded life curve (ramp after launch, plateau,
 * decay to a floor, weekly rhythm, daily noise), and each day the market volume is split by those curves. Values
 * are whole numbers below 2^53 before they become BigInt, so every total is exact.
 */
import { addDays } from '../lib/api/dates.ts';
import { MODEL_ROWS, type ModelRow } from './model-catalogue.ts';
import { between, rngOf, unitOf } from './prng.ts';
import { dayIndexOf, isWeekend, marketVolumeOn } from './world-market.ts';

/** Traits steering which tasks a model is used for. */
const TRAITS = ['code', 'agent', 'data', 'chat', 'rp', 'reason'] as const;
export type Trait = (typeof TRAITS)[number];

/** Models whose usage is not counted in tokens: always zero in rankings-daily. */
export type ModelKind = 'text' | 'image' | 'embedding' | 'audio';

/** A model of the synthetic world. Prices are USD per million tokens, as decimal strings. */
export interface WorldModel {
  readonly slug: string;
  /** The permaslug without its date suffix and `:variant`: what benchmarks and task shares name. */
  readonly base: string;
  readonly name: string;
  readonly launch: string;
  readonly retire: string | null;
  readonly price: { readonly prompt: string; readonly completion: string };
  readonly weight: number;
  readonly traits: readonly Trait[];
  readonly kind: ModelKind;
  readonly isFreeVariant: boolean;
  /** Some days without any traffic (a provider outage), so the zero-drop rule meets real models. */
  readonly flaky: boolean;
}

/** A model's full-day token total. */
export interface ModelTotal {
  readonly slug: string;
  readonly tokens: bigint;
}

/** The permaslug's base model: `anthropic/claude-4.5-sonnet-20250929:free` -> `anthropic/claude-4.5-sonnet`. */
export function baseSlugOf(slug: string): string {
  return slug.replace(/:.*$/, '').replace(/-20\d\d-?\d\d-?\d\d$/, '');
}

function kindOf(flags: readonly string[]): ModelKind {
  if (flags.includes('image')) return 'image';
  if (flags.includes('embedding')) return 'embedding';
  if (flags.includes('audio')) return 'audio';
  return 'text';
}

function toModel([slug, name, launch, price, weight, flagText = '']: ModelRow): WorldModel {
  const flags = flagText.split(' ').filter(Boolean);
  const [prompt = '0', completion = '0'] = price.split('/');
  const retire = flags.find((flag) => flag.startsWith('retire:'))?.slice('retire:'.length) ?? null;
  return {
    slug,
    base: baseSlugOf(slug),
    name,
    launch,
    retire,
    price: { prompt, completion },
    weight,
    traits: TRAITS.filter((trait) => flags.includes(trait)),
    kind: kindOf(flags),
    isFreeVariant: false,
    flaky: flags.includes('flaky'),
  };
}

/** The `:free` variant of a model: ranked on its own, launched a little later, often withdrawn after a while. */
function toFreeVariant(model: WorldModel): WorldModel {
  const rng = rngOf('free-variant', model.slug);
  const launch = addDays(model.launch, Math.floor(between(rng, 0, 10)));
  const retire = rng() < 0.45 ? addDays(launch, Math.floor(between(rng, 120, 420))) : null;
  return {
    ...model,
    slug: `${model.slug}:free`,
    name: `${model.name} (free)`,
    launch,
    retire,
    price: { prompt: '0', completion: '0' },
    weight: model.weight * between(rng, 0.2, 0.6),
    isFreeVariant: true,
  };
}

/** Every model of the world, `:free` variants included, in catalogue order. */
export const WORLD_MODELS: readonly WorldModel[] = MODEL_ROWS.flatMap((row) => {
  const model = toModel(row);
  return (row[5] ?? '').split(' ').includes('free') ? [model, toFreeVariant(model)] : [model];
});

/** The life curve of a model, seeded by its slug. */
interface Curve {
  readonly launchDay: number;
  readonly retireDay: number;
  readonly rampDays: number;
  readonly peakDays: number;
  readonly decayDays: number;
  readonly floor: number;
  readonly weekend: number;
}

function curveOf(model: WorldModel): Curve {
  const rng = rngOf('curve', model.slug);
  const weekend = model.traits.includes('rp') ? 1.25 : model.traits.includes('code') ? 0.8 : 0.95;
  return {
    launchDay: dayIndexOf(model.launch),
    retireDay: model.retire === null ? Number.POSITIVE_INFINITY : dayIndexOf(model.retire),
    rampDays: between(rng, 3, 25),
    peakDays: between(rng, 30, 160),
    decayDays: between(rng, 90, 360),
    floor: between(rng, 0.04, 0.2),
    weekend,
  };
}

/** Sharpens the popularity curve: with 1 the long tail held a quarter of all tokens, unlike the real data. */
const POPULARITY_EXPONENT = 1.7;

const CURVES = new Map(WORLD_MODELS.map((model) => [model.slug, curveOf(model)]));

/** A model's unnormalised popularity on a day: 0 before launch, after retirement, on outage days, for non-text kinds. */
function scoreOn(model: WorldModel, date: string, day: number): number {
  const curve = CURVES.get(model.slug);
  if (!curve || model.kind !== 'text' || day < curve.launchDay || day >= curve.retireDay) return 0;
  if (model.flaky && unitOf('outage', model.slug, date) < 0.15) return 0;
  const age = day - curve.launchDay;
  const ramp = 1 - Math.exp(-(age + 1) / curve.rampDays);
  const decay = age > curve.peakDays ? Math.max(curve.floor, Math.exp(-(age - curve.peakDays) / curve.decayDays)) : 1;
  const weekly = isWeekend(date) ? curve.weekend : 1;
  const noise = 0.88 + 0.24 * unitOf('model-noise', model.slug, date);
  // Raised to a power so traffic concentrates in the head, as on the real rankings (top 50 ~ 90-95% of tokens).
  return (model.weight * ramp * decay) ** POPULARITY_EXPONENT * weekly * noise;
}

/**
 * Every model's token total on a full day, zeros included (image, embedding and audio models, unlaunched,
 * retired and outage days): the market volume split by each model's popularity.
 */
export function modelTotalsOn(date: string): ModelTotal[] {
  const day = dayIndexOf(date);
  const scores = WORLD_MODELS.map((model) => scoreOn(model, date, day));
  const sum = scores.reduce((a, b) => a + b, 0);
  const volume = marketVolumeOn(date);
  return WORLD_MODELS.map((model, i) => ({
    slug: model.slug,
    tokens: sum > 0 ? BigInt(Math.round((volume * (scores[i] ?? 0)) / sum)) : 0n,
  }));
}
