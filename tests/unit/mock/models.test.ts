import { describe, expect, it } from 'vitest';
import { type Model, ModelsResponseSchema } from '../../../src/lib/api/models.ts';
import { parseWith } from '../../../src/lib/api/parse.ts';
import { RankingsDailyResponseSchema } from '../../../src/lib/api/rankings-daily.ts';
import { models, perTokenPrice } from '../../../src/mock/models.ts';
import { rankingsDaily } from '../../../src/mock/rankings-daily.ts';
import { call, NOW, type Query, refusal } from '../../fakes/mock-harness.ts';

const page = (query: Query = {}, now = NOW) => parseWith(ModelsResponseSchema, call(models, query, { now }), 'models');
const everyModel = page({ output_modalities: 'all', limit: '1000' }).data;
const byId = (id: string): Model | undefined => everyModel.find((m) => m.id === id);

/** Every permaslug ranked on some day of a window (a month of 2025, well before today). */
function rankedIn(start: string, end: string): Set<string> {
  const body = parseWith(RankingsDailyResponseSchema, call(rankingsDaily, { start_date: start, end_date: end }), 'r');
  return new Set(body.data.map((row) => row.model_permaslug));
}

describe(perTokenPrice, () => {
  it.each([
    ['0.15', '0.00000015'],
    ['10', '0.00001'],
    ['2.5', '0.0000025'],
    ['0.0375', '0.0000000375'],
    ['1234567', '1.234567'],
    ['0', '0'],
    ['-1', '-1'],
  ])('%s per million -> %s per token', (perMillion, perToken) => {
    expect(perTokenPrice(perMillion)).toBe(perToken);
  });
});

describe('the models handler', () => {
  it('lists text-output models by default, every model with output_modalities=all, and marks the body synthetic', () => {
    const text = page();
    expect(text.data.every((m) => m.architecture.output_modalities.includes('text'))).toBe(true);
    expect(text.total_count).toBeLessThan(everyModel.length);
    expect(everyModel.some((m) => m.architecture.output_modalities.includes('embeddings'))).toBe(true);
    expect(text['synthetic']).toBe(true);
  });

  it('pages by offset and limit: the pages join into the whole list, with links.next until the last', () => {
    const all = page({ output_modalities: 'all', limit: '1000' });
    const pages = [0, 100, 200].map((offset) =>
      page({ output_modalities: 'all', limit: '100', offset: String(offset) }),
    );
    expect(pages.flatMap((p) => p.data)).toEqual(all.data);
    expect(pages.map((p) => p.total_count)).toEqual([all.total_count, all.total_count, all.total_count]);
    expect(pages[0]?.links.next).toBe('/api/v1/models?offset=100&limit=100&output_modalities=all');
    expect(pages[2]?.links.next).toBeNull();
    expect(new Set(all.data.map((m) => m.id)).size).toBe(all.data.length);
  });

  it('names models with their author prefix, once', () => {
    expect(byId('openai/gpt-4o')?.name).toBe('OpenAI: GPT-4o');
    expect(byId('meta-llama/llama-3.3-70b-instruct')?.name).toBe('Meta: Llama 3.3 70B Instruct');
    expect(byId('mancer/weaver')?.name).toBe('Mancer: Weaver (alpha)');
  });

  it('gives each model its launch as created, its per-token prices and a variant as its own id', () => {
    const gpt4o = byId('openai/gpt-4o');
    expect(new Date((gpt4o?.created ?? 0) * 1000).toISOString().slice(0, 10)).toBe('2024-05-13');
    expect(gpt4o).toMatchObject({ canonical_slug: 'openai/gpt-4o-2024-05-13', pricing: { prompt: '0.000005' } });
    expect(byId('openai/gpt-4o-2024-08-06')?.canonical_slug).toBe('openai/gpt-4o-2024-08-06');
    expect(byId('openai/gpt-oss-20b:free')).toMatchObject({
      canonical_slug: 'openai/gpt-oss-20b',
      pricing: { prompt: '0', completion: '0' },
    });
  });

  it('publishes an expiration date for a model due to retire soon', () => {
    expect(byId('openai/gpt-oss-20b:free')?.expiration_date).toBe('2026-07-09');
    expect(byId('openai/gpt-4o')?.expiration_date).toBeNull();
  });

  it('no longer lists a model that was ranked before it retired, nor one not yet launched', () => {
    expect(rankedIn('2025-03-01', '2025-03-07').has('google/gemini-2.0-flash-exp')).toBe(true);
    expect(everyModel.some((m) => m.canonical_slug === 'google/gemini-2.0-flash-exp')).toBe(false);
    expect(everyModel.some((m) => m.canonical_slug.startsWith('openai/gpt-6'))).toBe(false);
    const later = page({ output_modalities: 'all', limit: '1000' }, new Date('2027-02-01T12:00:00Z')).data;
    expect(later.some((m) => m.canonical_slug === 'openai/gpt-6-20270115')).toBe(true);
  });

  it('lists models that are never ranked: catalogue-only ones, a router with a variable price', () => {
    expect(rankedIn('2026-04-01', '2026-05-10').has('openrouter/auto')).toBe(false);
    expect(byId('openrouter/auto')).toMatchObject({ name: 'Auto Router', pricing: { prompt: '-1', completion: '-1' } });
    expect(byId('ai21/jamba-large-1.7')?.name).toBe('AI21: Jamba Large 1.7');
  });

  it.each([
    [{ limit: '1001' }, /limit must be an integer from 1 to 1000; got "1001"/],
    [{ limit: '0' }, /limit must be an integer from 1 to 1000/],
    [{ offset: '-1' }, /offset must be an integer/],
    [{ output_modalities: 'text,smell' }, /output_modalities must be all or a list of text, image, .*; got "smell"/],
  ])('refuses %j with a 400', (query, message) => {
    expect(refusal(models, query)).toMatch(message);
  });
});
