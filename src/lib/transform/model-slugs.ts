/**
 * Model permaslugs to the names the site uses: the base model (for joins across datasets), the author, a URL path
 * segment for `/models/[slug]/`, and a human label. Pure string functions; `other` passes through unchanged.
 */
import { OTHER_SLUG } from '../api/rankings-daily.ts';

/** A trailing date: `-2024-05-13` or `-20250929` (years 2000–2099, calendar-checked below). */
const DATE_SUFFIX = /-(20\d{2})-?(\d{2})-?(\d{2})$/;

/** The shape of every permaslug seen so far: `author/model`, optional `:variant`, lower-case and URL-safe. */
const PLAIN_SLUG = /^[a-z0-9.-]+(\/[a-z0-9.-]+)?(:[a-z0-9.-]+)?$/;

/** True when `y-m-d` is a real calendar day, so a model called `foo-2024-13-45` keeps its name. */
function isRealDate(year: string, month: string, day: string): boolean {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
}

/** Splits `author/model:variant` into its model part and variant (`null` when none). */
function splitVariant(permaslug: string): { model: string; variant: string | null } {
  const colon = permaslug.indexOf(':');
  if (colon < 0) return { model: permaslug, variant: null };
  return { model: permaslug.slice(0, colon), variant: permaslug.slice(colon + 1) };
}

/**
 * The base model of a dated or `:variant` permaslug, for joining rankings with benchmarks:
 * `toBaseSlug('openai/gpt-4o-2024-05-13:free') === 'openai/gpt-4o'`,
 * `toBaseSlug('anthropic/claude-4.5-sonnet-20250929') === 'anthropic/claude-4.5-sonnet'`.
 * Only full dates are stripped (`-YYYY-MM-DD`, `-YYYYMMDD`): short suffixes such as `-0324` name distinct models.
 */
export function toBaseSlug(permaslug: string): string {
  if (permaslug === OTHER_SLUG) return permaslug;
  const { model } = splitVariant(permaslug);
  const match = DATE_SUFFIX.exec(model);
  if (!match || !isRealDate(match[1] ?? '', match[2] ?? '', match[3] ?? '')) return model;
  return model.slice(0, match.index);
}

/**
 * The organisation prefix of a permaslug: `authorOf('anthropic/claude-4.5-sonnet') === 'anthropic'`; `other` stays
 * `other`.
 */
export function authorOf(permaslug: string): string {
  const slash = permaslug.indexOf('/');
  return slash < 0 ? permaslug : permaslug.slice(0, slash);
}

/**
 * The path segment of a model's page, reversible with {@link fromPageSlug}:
 * `toPageSlug('openai/gpt-4o-2024-05-13:free') === 'openai_gpt-4o-2024-05-13~free'`.
 * Plain slugs map `/` to `_` and `:` to `~` (neither occurs in them); any other slug (upper case, spaces, unicode)
 * becomes `~` plus the hex of its UTF-8 bytes, which no plain slug can start with, so distinct slugs never share a
 * page.
 */
export function toPageSlug(permaslug: string): string {
  if (PLAIN_SLUG.test(permaslug)) return permaslug.replace('/', '_').replace(':', '~');
  const bytes = new TextEncoder().encode(permaslug);
  return `~${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The permaslug of a page slug made by {@link toPageSlug}:
 * `fromPageSlug('openai_gpt-4o~free') === 'openai/gpt-4o:free'`.
 */
export function fromPageSlug(pageSlug: string): string {
  if (pageSlug.startsWith('~')) {
    const pairs = pageSlug.slice(1).match(/../g) ?? [];
    return new TextDecoder().decode(Uint8Array.from(pairs, (pair) => parseInt(pair, 16)));
  }
  return pageSlug.replace('_', '/').replace('~', ':');
}

/**
 * A short human label: the model part without the author, the variant in brackets, `Other` for the long tail:
 * `displayNameOf('openai/gpt-4o-2024-05-13:free') === 'gpt-4o-2024-05-13 (free)'`.
 */
export function displayNameOf(permaslug: string): string {
  if (permaslug === OTHER_SLUG) return 'Other';
  const { model, variant } = splitVariant(permaslug);
  const slash = model.indexOf('/');
  const name = slash < 0 ? model : model.slice(slash + 1);
  return variant === null ? name : `${name} (${variant})`;
}
