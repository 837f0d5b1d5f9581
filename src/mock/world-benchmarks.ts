/**
 * Benchmark scores of the synthetic world. Artificial Analysis indices rise with (log) price and launch date;
 * Design Arena ELOs follow the intelligence index, win rates follow ELO. Items name a model by its base slug or by
 * its dated permaslug (seeded per model), as the real API mixes both, so the site's join is exercised. A few AA
 * models are not in the rankings at all. Figures are invented.
 */
import type { ArtificialAnalysisItem, DesignArena, DesignArenaItem, Pricing } from '../lib/api/benchmarks.ts';
import { between, rngOf } from './prng.ts';
import { dayIndexOf } from './world-market.ts';
import { type Trait, WORLD_MODELS, type WorldModel } from './world-models.ts';

/** Design Arena categories per arena. */
export const DA_CATEGORIES = {
  models: ['codecategories', 'website', 'gamedev', 'uicomponent', '3d', 'dataviz', 'image', 'svg'],
  builders: ['website', 'native-app'],
  agents: ['codecategories', 'website'],
} as const satisfies Record<DesignArena, readonly string[]>;

/** A benchmarked model: launch date (hidden before it), price per million tokens, traits. */
interface Subject {
  readonly slug: string;
  readonly name: string;
  readonly launch: string;
  readonly price: { readonly prompt: string; readonly completion: string } | null;
  readonly traits: readonly Trait[];
  /** Listed but not yet scored: every index is null. */
  readonly unscored?: boolean;
}

/** Scored by Artificial Analysis but not ranked on OpenRouter; `null` price: not served there. */
const UNRANKED: readonly Subject[] = [
  {
    slug: 'ai21/jamba-mini-1.7',
    name: 'Jamba Mini 1.7',
    launch: '2025-07-08',
    price: { prompt: '0.2', completion: '0.4' },
    traits: [],
  },
  {
    slug: 'ibm-granite/granite-4.0-h-small',
    name: 'Granite 4.0 H Small',
    launch: '2025-10-02',
    price: { prompt: '0.06', completion: '0.25' },
    traits: ['data'],
  },
  { slug: 'lgai/exaone-4.0-32b', name: 'EXAONE 4.0 32B', launch: '2025-07-15', price: null, traits: ['reason'] },
  { slug: 'upstage/solar-pro-2', name: 'Solar Pro 2', launch: '2025-07-10', price: null, traits: [] },
  {
    slug: 'kwaipilot/kat-coder-pro',
    name: 'KAT-Coder-Pro',
    launch: '2025-10-20',
    price: { prompt: '0.3', completion: '1.2' },
    traits: ['code'],
  },
  {
    slug: 'servicenow/apriel-1.5-15b-thinker',
    name: 'Apriel 1.5 15B Thinker',
    launch: '2025-10-01',
    price: null,
    traits: ['reason'],
    unscored: true,
  },
];

/** USD per million tokens to USD per token, as the API writes it: `perToken('0.0375') === '0.0000000375'`. */
export function perToken(perMillion: string): string {
  const [whole = '0', fraction = ''] = perMillion.split('.');
  const units = BigInt(`${whole}${fraction}`);
  if (units === 0n) return '0';
  const shift = fraction.length + 6;
  const digits = units.toString().padStart(shift + 1, '0');
  const text = `${digits.slice(0, -shift)}.${digits.slice(-shift)}`;
  return text.replace(/0+$/, '').replace(/\.$/, '');
}

function pricingOf(subject: Subject): Pricing | null {
  return subject.price && { prompt: perToken(subject.price.prompt), completion: perToken(subject.price.completion) };
}

/** Ranked models worth benchmarking: text, not a `:free` copy, busy, launched since mid-2024. */
function isBenchmarked(model: WorldModel): boolean {
  return model.kind === 'text' && !model.isFreeVariant && model.weight >= 25 && model.launch >= '2024-07-01';
}

const BENCHMARKED = WORLD_MODELS.filter(isBenchmarked);

/**
 * The slug an item names, fixed per model: the base slug or the dated permaslug, as the real API mixes both. When
 * two benchmarked models share a base (two GPT-4o snapshots), both keep their dated slugs so items stay unique.
 */
function itemSlug(model: WorldModel): string {
  const sharesBase = BENCHMARKED.filter((m) => m.base === model.base).length > 1;
  if (model.base === model.slug || sharesBase) return model.slug;
  return rngOf('bench-slug', model.slug)() < 0.5 ? model.slug : model.base;
}

const SUBJECTS: readonly Subject[] = [...BENCHMARKED.map((m) => ({ ...m, slug: itemSlug(m) })), ...UNRANKED];

const round1 = (value: number) => Math.round(value * 10) / 10;
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** The intelligence index: log price, launch date and traits, plus seeded noise (`null` when not yet scored). */
function intelligenceOf(subject: Subject): number | null {
  if (subject.unscored) return null;
  const rng = rngOf('aa-intelligence', subject.slug);
  const price = subject.price ? (3 * Number(subject.price.prompt) + Number(subject.price.completion)) / 4 : 0.5;
  const progress = (dayIndexOf(subject.launch) / 365) * 11;
  const traits = (subject.traits.includes('reason') ? 6 : 0) + (subject.traits.includes('code') ? 2 : 0);
  return round1(clamp(32 + 8 * Math.log10(price + 0.02) + progress + traits + between(rng, -6, 6), 8, 78));
}

/** A derived index: near intelligence, higher for the trait, sometimes not measured. */
function derivedIndex(subject: Subject, intelligence: number | null, trait: Trait, missing: number): number | null {
  const rng = rngOf(`aa-${trait}`, subject.slug);
  if (intelligence === null || (!subject.traits.includes(trait) && rng() < missing)) return null;
  const lean = subject.traits.includes(trait) ? 4 : -4;
  return round1(clamp(intelligence + lean + between(rng, -5, 5), 5, 80));
}

/** Artificial Analysis re-runs its suite every four weeks from the world's first day. */
const ROUND_DAYS = 28;
/** The share of models a round revises, and by how much at most (index points). */
const REVISED_SHARE = 0.15;
const MAX_REVISION = 1.5;

/**
 * How far the rounds since a model's launch have moved its intelligence index by `today`: each round revises a few
 * models by a seeded amount, so archived snapshots show revised scores as the real leaderboard does.
 */
function revisionOf(subject: Subject, today: string): number {
  const first = Math.ceil(dayIndexOf(subject.launch) / ROUND_DAYS);
  const last = Math.floor(dayIndexOf(today) / ROUND_DAYS);
  let delta = 0;
  for (let round = Math.max(1, first); round <= last; round += 1) {
    const rng = rngOf('aa-round', round, subject.slug);
    if (rng() < REVISED_SHARE) delta += between(rng, -MAX_REVISION, MAX_REVISION);
  }
  return delta;
}

/** Every Artificial Analysis item of models launched by `today`, unsorted, with the revisions of every round so far. */
export function artificialAnalysisItems(today: string): ArtificialAnalysisItem[] {
  return SUBJECTS.filter((s) => s.launch <= today).map((subject) => {
    const scored = intelligenceOf(subject);
    const intelligence = scored === null ? null : round1(clamp(scored + revisionOf(subject, today), 8, 78));
    return {
      source: 'artificial-analysis',
      model_permaslug: subject.slug,
      display_name: subject.name,
      intelligence_index: intelligence,
      coding_index: derivedIndex(subject, intelligence, 'code', 0.15),
      agentic_index: derivedIndex(subject, intelligence, 'agent', 0.3),
      pricing: pricingOf(subject),
    };
  });
}

/** Who competes in an arena: all recent capable models, or the strongest coders and agents for builders and agents. */
function entrants(arena: DesignArena, today: string): { subject: Subject; intelligence: number }[] {
  const scored = SUBJECTS.filter((s) => s.launch <= today && s.launch >= '2024-10-01' && s.price !== null).flatMap(
    (subject) => {
      const intelligence = intelligenceOf(subject);
      return intelligence === null ? [] : [{ subject, intelligence }];
    },
  );
  if (arena === 'models') return scored.filter(({ intelligence }) => intelligence >= 28);
  const skilled = scored.filter(({ subject }) => subject.traits.includes(arena === 'agents' ? 'agent' : 'code'));
  return skilled.toSorted((a, b) => b.intelligence - a.intelligence).slice(0, arena === 'agents' ? 14 : 18);
}

function designArenaItem(
  subject: Subject,
  intelligence: number,
  arena: DesignArena,
  category: string,
): DesignArenaItem {
  const rng = rngOf('da', arena, category, subject.slug);
  const elo = Math.round(clamp(1000 + (intelligence - 22) * 9 + between(rng, -70, 70), 950, 1500));
  const winRate = round1(100 / (1 + 10 ** ((1250 - elo) / 400)));
  const total = Math.floor(between(rng, 10, 90));
  const first = Math.round((total * winRate) / 200);
  const second = Math.round((total - first) * between(rng, 0.25, 0.4));
  const third = Math.round((total - first - second) * between(rng, 0.3, 0.5));
  const slow = (subject.traits.includes('reason') ? 1.6 : 1) * (arena === 'models' ? 1 : 1.5);
  const seconds = clamp(between(rng, 3, 22) * slow, 1, 60);
  return {
    source: 'design-arena',
    model_permaslug: subject.slug,
    display_name: subject.name,
    arena,
    category,
    elo,
    win_rate: winRate,
    avg_generation_time_ms: rng() < 0.05 ? null : Math.round(seconds * 1000),
    tournament_stats: {
      first_place: first,
      second_place: second,
      third_place: third,
      fourth_place: total - first - second - third,
      total,
    },
    pricing: pricingOf(subject),
  };
}

/** Every Design Arena item of one arena and category (most models enter most categories), unsorted. */
export function designArenaItems(arena: DesignArena, category: string, today: string): DesignArenaItem[] {
  return entrants(arena, today)
    .filter(({ subject }) => rngOf('da-entry', arena, category, subject.slug)() < 0.8)
    .map(({ subject, intelligence }) => designArenaItem(subject, intelligence, arena, category));
}
