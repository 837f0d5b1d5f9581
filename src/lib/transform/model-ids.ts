/**
 * Catalogue entries for the model ids other datasets use. Task classifications name a model by its catalogue `id`
 * (`openai/gpt-4o`, no date), rankings by its permaslug (`openai/gpt-4o-2024-05-13`); this joins the first to the
 * second, so a task's model shows the same display name as its rankings series. Pure.
 */
import type { Model } from '../api/models.ts';
import { catalogueEntryOf, toPermaslug, type CatalogueEntry, type ModelCatalogue } from './model-catalogue.ts';
import { toBaseSlug } from './model-slugs.ts';

/** Catalogue entries by catalogue `id` (`openai/gpt-4o` -> the entry of `openai/gpt-4o-2024-05-13`). */
export type ModelIdIndex = ReadonlyMap<string, CatalogueEntry>;

/** The id index of a catalogue: each model's `id` to the entry of its permaslug. */
export function toModelIdIndex(models: readonly Model[], catalogue: ModelCatalogue): ModelIdIndex {
  const index = new Map<string, CatalogueEntry>();
  for (const model of models) {
    const entry = catalogue.get(toPermaslug(model));
    if (entry && !index.has(model.id)) index.set(model.id, entry);
  }
  return index;
}

/**
 * The entry of a model named by id or permaslug: the catalogue model with that `id`, else the one with that
 * permaslug, else the newest listed model of the same base model (`toBaseSlug`) and variant, else the slug-derived
 * entry (`listed: false`; a variant named after its listed base model). `entryOfModelId(catalogue, index, 'openai/gpt-4o').name === 'GPT-4o'`.
 */
export function entryOfModelId(catalogue: ModelCatalogue, index: ModelIdIndex, id: string): CatalogueEntry {
  const exact = index.get(id) ?? catalogue.get(id);
  if (exact) return exact;
  const base = toBaseSlug(id);
  const variant = variantOf(id);
  const sameBase = [...catalogue.values()].filter(
    (entry) => toBaseSlug(entry.permaslug) === base && variantOf(entry.permaslug) === variant,
  );
  const newest = sameBase.toSorted((a, b) => ((a.created ?? '') < (b.created ?? '') ? 1 : -1))[0];
  if (newest) return newest;
  const unlisted = catalogueEntryOf(catalogue, id);
  // A retired variant of a listed model is named after it, as `catalogueEntryOf` does for permaslugs.
  const parent = variant === '' ? null : entryOfModelId(catalogue, index, id.slice(0, id.indexOf(':')));
  return parent?.listed ? { ...unlisted, name: `${parent.name} (${variant.slice(1)})` } : unlisted;
}

/** The `:variant` suffix of a slug, `''` without one. */
function variantOf(slug: string): string {
  const colon = slug.indexOf(':');
  return colon < 0 ? '' : slug.slice(colon);
}
