/**
 * One display name per model, everywhere (legends, tables, headings, titles, alt text, exports): the catalogue's
 * name without its author prefix (`GPT-4o`), or, for a model today's catalogue no longer lists (or an archive without
 * a catalogue), a readable name derived from its slug. Names are untrusted text, made safe where the archive is read.
 */
import {
  catalogueEntryOf,
  toModelCatalogue,
  type CatalogueEntry,
  type ModelCatalogue,
} from '../../transform/model-catalogue.ts';
import { entryOfModelId, toModelIdIndex } from '../../transform/model-ids.ts';
import { derived, type SiteData } from '../site-data.ts';

/** The model catalogue of a build by permaslug; empty when the archive has no catalogue snapshot. */
export function modelCatalogueOf(data: SiteData): ModelCatalogue {
  return derived(data, 'model-catalogue', () => toModelCatalogue(data.catalogue?.models ?? []));
}

/** What the catalogue says of a model (its slug-derived name and `listed: false` when it does not list it). */
export function catalogueEntry(data: SiteData, permaslug: string): CatalogueEntry {
  return catalogueEntryOf(modelCatalogueOf(data), permaslug);
}

/** The display name of a model: `modelNameOf(data, 'openai/gpt-4o-2024-05-13') === 'GPT-4o'`; `Other` for `other`. */
export function modelNameOf(data: SiteData, permaslug: string): string {
  return catalogueEntry(data, permaslug).name;
}

/** The display-name function of a build, for transforms that take a `(permaslug) => name`. */
export function modelNamer(data: SiteData): (permaslug: string) => string {
  return (permaslug) => modelNameOf(data, permaslug);
}

/**
 * What the catalogue says of a model named by its catalogue `id` (`openai/gpt-4o`), as task classifications name
 * models; a permaslug works too (see `entryOfModelId`).
 */
export function catalogueEntryOfId(data: SiteData, id: string): CatalogueEntry {
  const catalogue = modelCatalogueOf(data);
  const index = derived(data, 'model-id-index', () => toModelIdIndex(data.catalogue?.models ?? [], catalogue));
  return entryOfModelId(catalogue, index, id);
}

/** The display name of a model named by catalogue `id` or base slug: `modelNameOfId(data, 'openai/gpt-4o')`. */
export function modelNameOfId(data: SiteData, id: string): string {
  return catalogueEntryOfId(data, id).name;
}

/**
 * The display name of an author (the organisation part of a slug): the author prefix the catalogue gives most of its
 * models (`x-ai` -> `xAI`), or the organisation itself without a catalogue: `authorNameOf(data, 'openai') === 'OpenAI'`.
 */
export function authorNameOf(data: SiteData, org: string): string {
  const names = derived(data, 'author-names', () => toAuthorNames(modelCatalogueOf(data)));
  return names.get(org) ?? org;
}

/** Each organisation's most used author prefix (ties: the first listed). */
function toAuthorNames(catalogue: ModelCatalogue): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const { permaslug, author } of catalogue.values()) {
    if (author === null || !permaslug.includes('/')) continue;
    const org = permaslug.slice(0, permaslug.indexOf('/'));
    const byName = counts.get(org) ?? new Map<string, number>();
    byName.set(author, (byName.get(author) ?? 0) + 1);
    counts.set(org, byName);
  }
  const names = new Map<string, string>();
  for (const [org, byName] of counts) {
    const [best] = [...byName].reduce((a, b) => (b[1] > a[1] ? b : a));
    names.set(org, best);
  }
  return names;
}
