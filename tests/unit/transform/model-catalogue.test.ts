import { describe, expect, it } from 'vitest';
import type { Model } from '../../../src/lib/api/models.ts';
import {
  catalogueEntryOf,
  fallbackNameOf,
  splitAuthor,
  toModelCatalogue,
  toPerMillion,
  toPermaslug,
  unrankedEntries,
} from '../../../src/lib/transform/model-catalogue.ts';

/** A catalogue model; `created` 1715558400 is 2024-05-13T00:00:00Z. */
function model(overrides: Partial<Model> & Pick<Model, 'id' | 'canonical_slug' | 'name'>): Model {
  return {
    created: 1_715_558_400,
    context_length: 128_000,
    architecture: { input_modalities: ['text'], output_modalities: ['text'], modality: 'text->text' },
    pricing: { prompt: '0.0000025', completion: '0.00001' },
    top_provider: { is_moderated: true },
    links: { details: '' },
    ...overrides,
  };
}

const gpt4o = model({ id: 'openai/gpt-4o', canonical_slug: 'openai/gpt-4o-2024-05-13', name: 'OpenAI: GPT-4o' });
const ossFree = model({
  id: 'openai/gpt-oss-20b:free',
  canonical_slug: 'openai/gpt-oss-20b',
  name: 'OpenAI: gpt-oss-20b (free)',
  created: 1_754_407_800, // 2025-08-05T15:30:00Z
  expiration_date: '2026-07-09',
  pricing: { prompt: '0', completion: '0' },
});
const router = model({
  id: 'openrouter/auto',
  canonical_slug: 'openrouter/auto',
  name: 'Auto Router',
  context_length: null,
  pricing: { prompt: '-1', completion: '-1' },
});
const catalogue = toModelCatalogue([gpt4o, ossFree, router]);

describe(toPermaslug, () => {
  it.each([
    { m: gpt4o, permaslug: 'openai/gpt-4o-2024-05-13' },
    { m: ossFree, permaslug: 'openai/gpt-oss-20b:free' },
    { m: router, permaslug: 'openrouter/auto' },
  ])('joins $m.id as $permaslug', ({ m, permaslug }) => {
    expect(toPermaslug(m)).toBe(permaslug);
  });
});

describe(splitAuthor, () => {
  it.each([
    ['OpenAI: GPT-4o', 'OpenAI', 'GPT-4o'],
    ['Mancer: Weaver (alpha)', 'Mancer', 'Weaver (alpha)'],
    ['Auto Router', null, 'Auto Router'],
    ['Qwen: Qwen3: the sequel', 'Qwen', 'Qwen3: the sequel'],
    ['Odd:name', null, 'Odd:name'],
    ['Only: ', null, 'Only:'],
  ])('%j -> author %j, name %j', (name, author, rest) => {
    expect(splitAuthor(name)).toEqual({ author, name: rest });
  });
});

describe(toPerMillion, () => {
  it.each([
    ['0.0000025', 2.5],
    ['0.00000015', 0.15],
    ['0.0000000375', 0.0375],
    ['0', 0],
    ['1.5e-7', 0.15],
    ['-1', null],
    ['lots', null],
  ])('%s per token -> %s per million', (perToken, perMillion) => {
    expect(toPerMillion(perToken)).toBe(perMillion);
  });
});

describe(fallbackNameOf, () => {
  it.each([
    ['anthropic/claude-3-opus-20240229', 'Claude 3 Opus'],
    ['openai/gpt-4-turbo-2024-04-09', 'GPT 4 Turbo'],
    ['google/gemini-2.0-flash-exp:free', 'Gemini 2.0 Flash Exp (free)'],
    ['mistralai/mixtral-8x7b-instruct', 'Mixtral 8x7b Instruct'],
    ['deepseek/deepseek-chat-v3-0324', 'Deepseek Chat V3 0324'],
    ['other', 'Other'],
    ['no-author', 'No Author'],
  ])('%s -> %s', (permaslug, name) => {
    expect(fallbackNameOf(permaslug)).toBe(name);
  });
});

describe(toModelCatalogue, () => {
  it('keys each model by its rankings permaslug, the author shown once, prices per million tokens', () => {
    expect(catalogue.get('openai/gpt-4o-2024-05-13')).toEqual({
      permaslug: 'openai/gpt-4o-2024-05-13',
      name: 'GPT-4o',
      author: 'OpenAI',
      created: '2024-05-13',
      expiration: null,
      contextLength: 128_000,
      promptPerMillion: 2.5,
      completionPerMillion: 10,
      listed: true,
    });
  });

  it('reads the release day in UTC and the expiration date', () => {
    expect(catalogue.get('openai/gpt-oss-20b:free')).toMatchObject({ created: '2025-08-05', expiration: '2026-07-09' });
  });

  it('gives no price for a variable one and no context for a model without it', () => {
    expect(catalogue.get('openrouter/auto')).toMatchObject({
      name: 'Auto Router',
      author: null,
      contextLength: null,
      promptPerMillion: null,
      completionPerMillion: null,
    });
  });

  it('prefers the model to a ~ alias claiming the same permaslug, whatever the order', () => {
    const alias = model({
      id: '~openai/gpt-latest',
      canonical_slug: 'openai/gpt-4o-2024-05-13',
      name: 'OpenAI: Latest',
    });
    expect(toModelCatalogue([alias, gpt4o]).get('openai/gpt-4o-2024-05-13')?.name).toBe('GPT-4o');
  });

  it('reads an expiration written as a timestamp as its day, and an unreadable one as none', () => {
    const stamped = toModelCatalogue([{ ...gpt4o, expiration_date: '2026-08-01T00:00:00Z' }]);
    expect(stamped.get('openai/gpt-4o-2024-05-13')?.expiration).toBe('2026-08-01');
    const odd = toModelCatalogue([{ ...gpt4o, expiration_date: 'soon' }]);
    expect(odd.get('openai/gpt-4o-2024-05-13')?.expiration).toBeNull();
  });
});

describe(catalogueEntryOf, () => {
  it('gives a listed model its catalogue entry', () => {
    expect(catalogueEntryOf(catalogue, 'openai/gpt-oss-20b:free')).toMatchObject({
      name: 'gpt-oss-20b (free)',
      listed: true,
    });
  });

  it('gives a ranked model the catalogue no longer lists a name from its slug, marked not listed', () => {
    expect(catalogueEntryOf(catalogue, 'anthropic/claude-3-opus-20240229')).toEqual({
      permaslug: 'anthropic/claude-3-opus-20240229',
      name: 'Claude 3 Opus',
      author: null,
      created: null,
      expiration: null,
      contextLength: null,
      promptPerMillion: null,
      completionPerMillion: null,
      listed: false,
    });
  });

  it('names a retired variant of a listed model after it', () => {
    expect(catalogueEntryOf(catalogue, 'openai/gpt-4o-2024-05-13:free')).toMatchObject({
      name: 'GPT-4o (free)',
      listed: false,
    });
  });

  it('falls back to slug names for every model when there is no catalogue at all', () => {
    expect(catalogueEntryOf(toModelCatalogue([]), 'openai/gpt-4o-2024-05-13').name).toBe('GPT 4o');
  });
});

describe(unrankedEntries, () => {
  it('lists the models no ranked permaslug names, in catalogue order', () => {
    const ranked = ['openai/gpt-4o-2024-05-13', 'anthropic/claude-3-opus-20240229', 'other'];
    expect(unrankedEntries(catalogue, ranked).map((entry) => entry.permaslug)).toEqual([
      'openai/gpt-oss-20b:free',
      'openrouter/auto',
    ]);
  });
});
