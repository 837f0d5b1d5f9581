/**
 * The model catalogue joined with rankings permaslugs: one display name per model, its release and expiration
 * dates, context window and list prices. A permaslug joins a catalogue model as `canonical_slug` plus the
 * `:variant` suffix of its `id`. Both directions of mismatch are expected: ranked models that are no longer
 * listed (retired) get a readable name made from the slug and `listed: false`; listed models that never ranked
 * are found with {@link unrankedEntries}. Pure; names are untrusted text (escape them where they are shown).
 */
import type { Model } from '../api/models.ts';
import { OTHER_SLUG } from '../api/rankings-daily.ts';

/** One model as the site names it. */
export interface CatalogueEntry {
  readonly permaslug: string;
  /** The name with the author prefix removed, so the author is shown once: `GPT-4o`, not `OpenAI: GPT-4o`. */
  readonly name: string;
  /** The author prefix of the catalogue name (`OpenAI`), or `null` when it had none or the model is not listed. */
  readonly author: string | null;
  /** The UTC day of `created` (`YYYY-MM-DD`): the release date. `null` when not listed. */
  readonly created: string | null;
  /** `expiration_date` (`YYYY-MM-DD`): the day after which it may be removed; `null` when none or not listed. */
  readonly expiration: string | null;
  readonly contextLength: number | null;
  /** List prices in USD per million tokens; `null` when not listed or variable (routers write `-1`). */
  readonly promptPerMillion: number | null;
  readonly completionPerMillion: number | null;
  /** True when today's catalogue lists the model; false for a retired model (name derived from its slug). */
  readonly listed: boolean;
}

/** Catalogue entries by rankings permaslug. */
export type ModelCatalogue = ReadonlyMap<string, CatalogueEntry>;

/**
 * The rankings permaslug of a catalogue model: its `canonical_slug` with the `:variant` of its `id`:
 * `{ id: 'openai/gpt-oss-20b:free', canonical_slug: 'openai/gpt-oss-20b' }` -> `'openai/gpt-oss-20b:free'`.
 */
export function toPermaslug(model: Pick<Model, 'id' | 'canonical_slug'>): string {
  const colon = model.id.indexOf(':');
  return colon < 0 ? model.canonical_slug : `${model.canonical_slug}${model.id.slice(colon)}`;
}

/**
 * A catalogue name split into its author prefix and the rest: `splitAuthor('OpenAI: GPT-4o')` ->
 * `{ author: 'OpenAI', name: 'GPT-4o' }`; a name without a prefix (`Auto Router`) keeps it all, author `null`.
 */
export function splitAuthor(name: string): { author: string | null; name: string } {
  const match = /^([^:]{1,40}):\s+(\S.*)$/s.exec(name.trim());
  return match ? { author: match[1] ?? null, name: match[2] ?? name } : { author: null, name: name.trim() };
}

/** A USD-per-token price string per million tokens, `null` when variable or unreadable: `'0.0000025'` -> `2.5`. */
export function toPerMillion(perToken: string): number | null {
  const value = Number(perToken);
  if (!Number.isFinite(value) || value < 0) return null;
  return Number((value * 1e6).toPrecision(12)); // 12 digits drop the float noise of the scaling
}

/** The `YYYY-MM-DD` day of a date-like string, or `null`: `'2026-06-01'` and `'2026-06-01T00:00:00Z'` both work. */
function toDay(value: string | null | undefined): string | null {
  const day = value?.slice(0, 10) ?? '';
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ? day : null;
}

/** The UTC day of unix seconds: `toCreatedDay(1715558400) === '2024-05-13'`; `null` for an impossible instant. */
function toCreatedDay(seconds: number): string | null {
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

function toEntry(model: Model): CatalogueEntry {
  const { author, name } = splitAuthor(model.name);
  return {
    permaslug: toPermaslug(model),
    name,
    author,
    created: toCreatedDay(model.created),
    expiration: toDay(model.expiration_date),
    contextLength: model.context_length,
    promptPerMillion: toPerMillion(model.pricing.prompt),
    completionPerMillion: toPerMillion(model.pricing.completion),
    listed: true,
  };
}

/**
 * The catalogue by permaslug. When two models claim one permaslug (a `~` alias and the model it points to), the
 * one whose id does not start with `~` wins, else the first listed.
 */
export function toModelCatalogue(models: readonly Model[]): ModelCatalogue {
  const catalogue = new Map<string, CatalogueEntry>();
  const ordered = models.toSorted((a, b) => Number(a.id.startsWith('~')) - Number(b.id.startsWith('~')));
  for (const model of ordered) {
    const entry = toEntry(model);
    if (!catalogue.has(entry.permaslug)) catalogue.set(entry.permaslug, entry);
  }
  return catalogue;
}

/** A trailing full date of a model part: `-2024-05-13` or `-20240229`. */
const DATE_SUFFIX = /-20\d{2}-?\d{2}-?\d{2}$/;

/** One slug word as a name word: `gpt` -> `GPT` (no vowel: an acronym), `opus` -> `Opus`, `4o` stays. */
function toNameWord(word: string): string {
  if (/^[a-z]+$/.test(word) && !/[aeiouy]/.test(word)) return word.toUpperCase();
  return /^[a-z]/.test(word) ? `${word.charAt(0).toUpperCase()}${word.slice(1)}` : word;
}

/**
 * A readable name for a permaslug the catalogue does not list: the model part without author and date, words
 * capitalised, the variant in brackets: `fallbackNameOf('anthropic/claude-3-opus-20240229') === 'Claude 3 Opus'`,
 * `fallbackNameOf('openai/gpt-4-turbo:free') === 'GPT 4 Turbo (free)'`; `other` is `Other`.
 */
export function fallbackNameOf(permaslug: string): string {
  if (permaslug === OTHER_SLUG) return 'Other';
  const colon = permaslug.indexOf(':');
  const model = colon < 0 ? permaslug : permaslug.slice(0, colon);
  const variant = colon < 0 ? '' : ` (${permaslug.slice(colon + 1)})`;
  const part = model.slice(model.indexOf('/') + 1).replace(DATE_SUFFIX, '');
  const words = part
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map(toNameWord);
  return `${words.join(' ') || part}${variant}`;
}

/** A permaslug that today's catalogue does not list: a name from a listed base model, or from the slug. */
function unlistedEntry(catalogue: ModelCatalogue, permaslug: string): CatalogueEntry {
  const colon = permaslug.indexOf(':');
  const base = colon < 0 ? undefined : catalogue.get(permaslug.slice(0, colon));
  const name = base ? `${base.name} (${permaslug.slice(colon + 1)})` : fallbackNameOf(permaslug);
  return {
    permaslug,
    name,
    author: null,
    created: null,
    expiration: null,
    contextLength: null,
    promptPerMillion: null,
    completionPerMillion: null,
    listed: false,
  };
}

/**
 * The entry of a ranked permaslug: the catalogue's, or one with a readable name and `listed: false` when the
 * catalogue does not list it (retired, or no catalogue at all). A retired `:variant` of a listed model is named
 * after it: `GPT-4o (free)`.
 */
export function catalogueEntryOf(catalogue: ModelCatalogue, permaslug: string): CatalogueEntry {
  return catalogue.get(permaslug) ?? unlistedEntry(catalogue, permaslug);
}

/** Listed models none of `ranked` (permaslugs, e.g. every one in the rankings history) names, in catalogue order. */
export function unrankedEntries(catalogue: ModelCatalogue, ranked: Iterable<string>): CatalogueEntry[] {
  const seen = new Set(ranked);
  return [...catalogue.values()].filter((entry) => !seen.has(entry.permaslug));
}
