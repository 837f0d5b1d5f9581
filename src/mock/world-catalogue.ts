/**
 * The synthetic world's model catalogue, as `GET /models` lists it: every world model (`:free` variants are their
 * own ids) plus a few catalogue-only models that never carry traffic, so both directions of the rankings join
 * are exercised: a model retired before today is ranked in the history but no longer listed; a catalogue-only or
 * non-token model is listed but never ranked. All figures are invented; only the shapes follow the real catalogue.
 */
import { daysBetween } from '../lib/api/dates.ts';
import { baseSlugOf, type ModelKind, type Trait, WORLD_MODELS, type WorldModel } from './world-models.ts';
import { rngOf } from './prng.ts';

/** How many days before its retirement a model's `expiration_date` is published. */
export const EXPIRATION_NOTICE_DAYS = 120;

/** Display names of the authors (the part before `/`); others are capitalised. */
const AUTHOR_NAMES: Readonly<Record<string, string>> = {
  openai: 'OpenAI',
  anthropic: 'Anthropic',
  google: 'Google',
  'meta-llama': 'Meta',
  mistralai: 'Mistral',
  deepseek: 'DeepSeek',
  qwen: 'Qwen',
  'x-ai': 'xAI',
  moonshotai: 'MoonshotAI',
  'z-ai': 'Z.ai',
  minimax: 'MiniMax',
  nvidia: 'NVIDIA',
  nousresearch: 'Nous',
  thedrummer: 'TheDrummer',
  sao10k: 'Sao10K',
  'black-forest-labs': 'Black Forest Labs',
  ai21: 'AI21',
  'aion-labs': 'AionLabs',
};

/**
 * Listed but never ranked (no traffic in the world). `openrouter/auto` has no author prefix and a variable price
 * (`-1`), as routers do. Row: slug, name, launch, USD per million tokens `prompt/completion`.
 */
const CATALOGUE_ONLY: readonly (readonly [slug: string, name: string, launch: string, price: string])[] = [
  ['openrouter/auto', 'Auto Router', '2023-11-08', '-1/-1'],
  ['ai21/jamba-large-1.7', 'Jamba Large 1.7', '2025-07-08', '2/8'],
  ['aion-labs/aion-1.0', 'Aion-1.0', '2025-02-04', '4/8'],
  ['raifle/sorcererlm-8x22b', 'SorcererLM 8x22B', '2024-11-08', '4.5/4.5'],
  ['deepcogito/cogito-v2-preview-llama-109b-moe', 'Cogito V2 Preview Llama 109B', '2025-08-27', '0.18/0.59'],
];

/** One model of the world's catalogue; prices are USD per million tokens, as in `model-catalogue.ts`. */
export interface CatalogueModel {
  /** Unique: the base slug for the first model of a base, the full permaslug for later ones, plus `:variant`. */
  readonly id: string;
  /** The rankings permaslug without its `:variant`. */
  readonly canonicalSlug: string;
  /** With the author prefix: `OpenAI: GPT-4o`. */
  readonly name: string;
  readonly launch: string;
  /** Unix seconds, some time on the launch day. */
  readonly created: number;
  readonly retire: string | null;
  readonly kind: ModelKind;
  readonly traits: readonly Trait[];
  readonly price: { readonly prompt: string; readonly completion: string };
  readonly contextLength: number | null;
  /** True for the catalogue-only models: never in the rankings. */
  readonly catalogueOnly: boolean;
}

/** The author's display name: `authorName('meta-llama') === 'Meta'`, `authorName('cohere') === 'Cohere'`. */
export function authorName(author: string): string {
  return AUTHOR_NAMES[author] ?? `${author.charAt(0).toUpperCase()}${author.slice(1)}`;
}

/** `OpenAI: GPT-4o`; a name that already starts with its author (`Mancer: Weaver (alpha)`) is left as it is. */
function withAuthor(slug: string, name: string): string {
  const author = authorName(slug.slice(0, slug.indexOf('/')));
  return name.startsWith(`${author}: `) ? name : `${author}: ${name}`;
}

const CONTEXT_LENGTHS = [32_768, 65_536, 131_072, 163_840, 262_144, 400_000, 1_048_576] as const;

/** A seeded context window; Anthropic's are 200K, embeddings 8K, image and audio models have none. */
function contextLengthOf(slug: string, kind: ModelKind): number | null {
  if (kind === 'image' || kind === 'audio') return null;
  if (kind === 'embedding') return 8192;
  if (slug.startsWith('anthropic/')) return 200_000;
  return CONTEXT_LENGTHS[Math.floor(rngOf('context', slug)() * CONTEXT_LENGTHS.length)] ?? null;
}

/** Unix seconds at a seeded moment of the launch day. */
function createdOf(slug: string, launch: string): number {
  return Date.parse(`${launch}T00:00:00Z`) / 1000 + Math.floor(rngOf('created', slug)() * 86_400);
}

/** The catalogue entries of the world models, ids made unique in catalogue order. */
function fromWorld(models: readonly WorldModel[]): CatalogueModel[] {
  const taken = new Set<string>();
  return models.map((model) => {
    const colon = model.slug.indexOf(':');
    const canonicalSlug = colon < 0 ? model.slug : model.slug.slice(0, colon);
    const variant = colon < 0 ? '' : model.slug.slice(colon);
    const short = `${baseSlugOf(model.slug)}${variant}`;
    const id = taken.has(short) ? model.slug : short;
    taken.add(id);
    return {
      id,
      canonicalSlug,
      name: withAuthor(model.slug, model.name),
      launch: model.launch,
      created: createdOf(model.slug, model.launch),
      retire: model.retire,
      kind: model.kind,
      traits: model.traits,
      price: model.price,
      contextLength: contextLengthOf(model.slug, model.kind),
      catalogueOnly: false,
    };
  });
}

function fromCatalogueOnly([slug, name, launch, price]: (typeof CATALOGUE_ONLY)[number]): CatalogueModel {
  const [prompt = '0', completion = '0'] = price.split('/');
  return {
    id: slug,
    canonicalSlug: slug,
    name: slug === 'openrouter/auto' ? name : withAuthor(slug, name),
    launch,
    created: createdOf(slug, launch),
    retire: null,
    kind: 'text',
    traits: ['chat'],
    price: { prompt, completion },
    contextLength: slug === 'openrouter/auto' ? 2_000_000 : contextLengthOf(slug, 'text'),
    catalogueOnly: true,
  };
}

/** Every model the catalogue has ever had or will have, world models first, in catalogue order. */
export const CATALOGUE_MODELS: readonly CatalogueModel[] = [
  ...fromWorld(WORLD_MODELS),
  ...CATALOGUE_ONLY.map(fromCatalogueOnly),
];

/** True when the model is listed on `today`: launched, and not yet retired. */
export function isListedOn(model: CatalogueModel, today: string): boolean {
  return model.launch <= today && (model.retire === null || model.retire > today);
}

/** Its `expiration_date` on `today`: the retirement day once it is at most {@link EXPIRATION_NOTICE_DAYS} away. */
export function expirationOn(model: CatalogueModel, today: string): string | null {
  if (model.retire === null || model.retire <= today) return null;
  return daysBetween(today, model.retire) <= EXPIRATION_NOTICE_DAYS ? model.retire : null;
}
