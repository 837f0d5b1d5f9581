import { beforeAll, describe, expect, it } from 'vitest';
import {
  catalogueAttribution,
  factLines,
  formatPerMillion,
  modelFactsOf,
} from '../../../../src/lib/figures/sections/model-facts.ts';
import type { SiteData } from '../../../../src/lib/figures/site-data.ts';
import { SYNTHETIC_NOTICE } from '../../../../src/lib/transform/citation.ts';
import { CATALOGUE_FIXTURE, WITHOUT_CATALOGUE } from '../../../fakes/catalogue-fixture.ts';
import { fixtureSiteData } from '../../../fakes/fixture-archive.ts';

let named: SiteData;
let bare: SiteData;
beforeAll(async () => {
  [named, bare] = await Promise.all([fixtureSiteData(CATALOGUE_FIXTURE), fixtureSiteData(WITHOUT_CATALOGUE)]);
});

describe(formatPerMillion, () => {
  it.each([
    [2.5, '$2.50'],
    [0.075, '$0.075'],
    [0.02, '$0.02'],
    [150, '$150'],
    [0, 'free'],
  ])('writes %d per 1M tokens as %s', (price, text) => expect(formatPerMillion(price)).toBe(text));
});

describe(factLines, () => {
  it('states the author once, the release, the list prices and the context window of a listed model', () =>
    expect(factLines(modelFactsOf(named, 'openai/gpt-4o-2024-05-13'))).toEqual({
      author: 'OpenAI',
      release: "Released 13 May 2024 (added to OpenRouter's catalogue).",
      price: 'List price per 1M tokens: $2.50 prompt, $10.00 completion. Context window: 128,000 tokens.',
      unlisted: null,
      expiry: null,
    }));

  it("marks a retired model as not in today's catalogue, with its organisation as the author", () =>
    expect(factLines(modelFactsOf(named, 'old/retired-model-20240101'))).toEqual({
      author: 'old',
      release: null,
      price: null,
      unlisted:
        "Not in today's catalogue (OpenRouter's model catalogue of 10 Nov 2026 does not list it): the name is derived from the slug.",
      expiry: null,
    }));

  it('says when there is no catalogue at all, and marks a model near its expiration date', () => {
    expect(factLines(modelFactsOf(bare, 'openai/gpt-4o-2024-05-13')).unlisted).toBe(
      'No model catalogue in the archive: the name is derived from the slug.',
    );
    expect(factLines(modelFactsOf(named, 'exp/expiring-model')).expiry).toBe(
      "Leaving OpenRouter's catalogue: expiration date 1 Dec 2026, in 21 days.",
    );
    expect(factLines(modelFactsOf(named, 'r/router')).price).toBe('Context window: 128,000 tokens.');
    expect(factLines(modelFactsOf(named, 'openai/gpt-5-20250807')).author).toBe('OpenAI');
  });
});

describe(catalogueAttribution, () => {
  it('cites the rankings and the catalogue snapshot, or shows the synthetic notice', () => {
    const catalogue = { date: '2026-11-10', synthetic: false };
    expect(catalogueAttribution({ asOf: '2026-11-10T12:00:00Z', synthetic: false }, catalogue, 'release dates')).toBe(
      "Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-10T12:00:00Z. Release dates: OpenRouter's model " +
        'catalogue of 10 Nov 2026.',
    );
    expect(
      catalogueAttribution({ asOf: 'x', synthetic: false }, { ...catalogue, synthetic: true }, 'list prices'),
    ).toBe(SYNTHETIC_NOTICE);
  });
});
