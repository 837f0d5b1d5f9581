import { describe, expect, it } from 'vitest';
import {
  authorName,
  CATALOGUE_MODELS,
  type CatalogueModel,
  expirationOn,
  isListedOn,
} from '../../../src/mock/world-catalogue.ts';
import { WORLD_MODELS } from '../../../src/mock/world-models.ts';

const find = (id: string): CatalogueModel => {
  const found = CATALOGUE_MODELS.find((m) => m.id === id);
  if (!found) throw new Error(`no catalogue model ${id}`);
  return found;
};

describe('CATALOGUE_MODELS', () => {
  it('gives every model its own id', () => {
    expect(new Set(CATALOGUE_MODELS.map((m) => m.id)).size).toBe(CATALOGUE_MODELS.length);
  });

  it('joins every world model back to its permaslug as canonical_slug plus the variant of its id', () => {
    const joined = CATALOGUE_MODELS.filter((m) => !m.catalogueOnly).map((m) => {
      const colon = m.id.indexOf(':');
      return colon < 0 ? m.canonicalSlug : `${m.canonicalSlug}${m.id.slice(colon)}`;
    });
    expect(joined).toEqual(WORLD_MODELS.map((m) => m.slug));
  });

  it('adds catalogue-only models that no world model (and so no ranking) has', () => {
    const only = CATALOGUE_MODELS.filter((m) => m.catalogueOnly).map((m) => m.canonicalSlug);
    expect(only.length).toBeGreaterThan(0);
    expect(only.filter((slug) => WORLD_MODELS.some((m) => m.slug === slug))).toEqual([]);
  });
});

describe(authorName, () => {
  it.each([
    ['openai', 'OpenAI'],
    ['x-ai', 'xAI'],
    ['cohere', 'Cohere'],
  ])('%s -> %s', (author, name) => {
    expect(authorName(author)).toBe(name);
  });
});

describe(isListedOn, () => {
  it('lists a model from its launch day until the day before it retires', () => {
    const turbo = find('openai/gpt-4-turbo');
    expect([turbo.launch, turbo.retire]).toEqual(['2024-04-09', '2025-11-01']);
    expect(['2024-04-08', '2024-04-09', '2025-10-31', '2025-11-01'].map((day) => isListedOn(turbo, day))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});

describe(expirationOn, () => {
  it('publishes the retirement day in the 120 days before it, and nothing outside them', () => {
    const turbo = find('openai/gpt-4-turbo');
    expect(['2025-07-03', '2025-07-04', '2025-10-31', '2025-11-01'].map((day) => expirationOn(turbo, day))).toEqual([
      null,
      '2025-11-01',
      '2025-11-01',
      null,
    ]);
    expect(expirationOn(find('openai/gpt-4o'), '2026-05-11')).toBeNull();
  });
});
