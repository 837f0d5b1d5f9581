/**
 * What the model catalogue says of one model, in the sentences its page shows: author, release date, context window,
 * list prices, whether today's catalogue lists it, and whether it is past or near its expiration date.
 */
import { attributionFor } from '../../transform/citation.ts';
import { formatDate, formatUsdPerMillion } from '../../transform/format.ts';
import type { CatalogueEntry } from '../../transform/model-catalogue.ts';
import { authorOf } from '../../transform/model-slugs.ts';
import type { SiteData } from '../site-data.ts';
import { authorNameOf, catalogueEntry } from './model-names.ts';
import { expiryOf, expiryPhrase, type Expiry } from './model-releases.ts';

/** A model's catalogue entry, its expiry (past or near its `expiration_date`), and the catalogue's snapshot date. */
export type ModelFacts = {
  entry: CatalogueEntry;
  /** The catalogue's author prefix, else the organisation's name (`authorNameOf`). */
  author: string;
  expiry: Expiry | null;
  /** The catalogue snapshot's date, null without a catalogue in the archive. */
  catalogueDate: string | null;
};

/** The facts of a model in this build's catalogue. */
export function modelFactsOf(data: SiteData, permaslug: string): ModelFacts {
  const entry = catalogueEntry(data, permaslug);
  return {
    entry,
    author: entry.author ?? authorNameOf(data, authorOf(permaslug)),
    expiry: expiryOf(data, permaslug),
    catalogueDate: data.catalogue?.date ?? null,
  };
}

/** A price per million tokens as the page writes it: `$2.50`, `$0.075`, `free`. */
export function formatPerMillion(perMillion: number): string {
  if (perMillion === 0) return 'free';
  return perMillion < 0.1 ? `$${Number(perMillion.toPrecision(2))}` : formatUsdPerMillion(perMillion / 1e6);
}

/** The sentences of a model page's header, each null when the catalogue does not say. */
export type FactLines = {
  /** `OpenAI` (the catalogue's author prefix), or the organisation's name when the catalogue has none. */
  author: string;
  /** `Released 13 May 2024 (added to OpenRouter's catalogue).` */
  release: string | null;
  /** `List price per 1M tokens: $2.50 prompt, $10.00 completion. Context window: 128,000 tokens.` */
  price: string | null;
  /** Set when the catalogue does not list the model: why its name is derived from its slug. */
  unlisted: string | null;
  /** Set when it is past or near its expiration date. */
  expiry: string | null;
};

/** What a model page's header says of the model, from its facts. */
export function factLines(facts: ModelFacts): FactLines {
  const { entry, expiry, catalogueDate } = facts;
  const { promptPerMillion: prompt, completionPerMillion: completion, contextLength } = entry;
  const prices =
    prompt !== null && completion !== null
      ? `List price per 1M tokens: ${formatPerMillion(prompt)} prompt, ${formatPerMillion(completion)} completion.`
      : null;
  const context = contextLength === null ? null : `Context window: ${contextLength.toLocaleString('en-GB')} tokens.`;
  const catalogue = catalogueDate === null ? null : `OpenRouter's model catalogue of ${formatDate(catalogueDate)}`;
  return {
    author: facts.author,
    release: entry.created === null ? null : `Released ${formatDate(entry.created)} (added to OpenRouter's catalogue).`,
    price: [prices, context].filter((s) => s !== null).join(' ') || null,
    unlisted: entry.listed
      ? null
      : catalogue === null
        ? 'No model catalogue in the archive: the name is derived from the slug.'
        : `Not in today's catalogue (${catalogue} does not list it): the name is derived from the slug.`,
    expiry: expiry && `Leaving OpenRouter's catalogue: ${expiryPhrase(expiry)}.`,
  };
}

/**
 * The attribution of a figure that joins the rankings with the catalogue: the synthetic notice for demo data, else
 * the rankings' citation and the catalogue snapshot `what` came from (`list prices`, `release dates`).
 */
export function catalogueAttribution(
  rankings: { asOf: string; synthetic: boolean },
  catalogue: { date: string; synthetic: boolean },
  what: string,
): string {
  const synthetic = rankings.synthetic || catalogue.synthetic;
  const rankingsLine = attributionFor({ asOf: rankings.asOf, synthetic });
  if (synthetic) return rankingsLine;
  return `${rankingsLine} ${upperFirst(what)}: OpenRouter's model catalogue of ${formatDate(catalogue.date)}.`;
}

/** `list prices` -> `List prices`. */
function upperFirst(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
