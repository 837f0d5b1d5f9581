import { describe, expect, it } from 'vitest';
import { createClient } from '../../../src/lib/api/client.ts';
import { isApiError, isNewerParameterError } from '../../../src/lib/api/errors.ts';
import { fetchModels, type ModelsResponse, nextModelsOffset } from '../../../src/lib/api/models.ts';
import { createPacer } from '../../../src/lib/api/pacing.ts';
import { isSchemaError } from '../../../src/lib/api/parse.ts';
import { apiError, type FakeFetch, fakeFetch, fakeTime, json } from '../../fakes/fetch.ts';

const BASE = 'http://127.0.0.1:8787/api/v1';

function clientFor(fake: FakeFetch) {
  const time = fakeTime();
  const pacer = createPacer({ relaxed: true, clock: time.clock, sleep: time.sleep, today: () => '2026-05-11' });
  return createClient({ baseUrl: BASE, apiKey: 'sk-or-unit', pacer, fetch: fake.fetch, sleep: time.sleep });
}

const model = {
  id: 'openai/gpt-oss-20b:free',
  canonical_slug: 'openai/gpt-oss-20b',
  name: 'OpenAI: gpt-oss-20b (free)',
  created: 1_754_352_000,
  expiration_date: '2026-07-09',
  context_length: 131_072,
  architecture: { input_modalities: ['text'], output_modalities: ['text'], modality: 'text->text', tokenizer: 'GPT' },
  pricing: { prompt: '0', completion: '0', web_search: '0.01' },
  top_provider: { is_moderated: false, context_length: 131_072 },
  links: { details: '/api/v1/models/openai/gpt-oss-20b:free/endpoints' },
  supported_parameters: ['tools'],
};
const page = (count: number, total: number): ModelsResponse => ({
  data: Array.from({ length: count }, (_, i) => ({ ...model, id: `m/${i}` })),
  links: { next: null },
  total_count: total,
});

describe(nextModelsOffset, () => {
  it.each([
    { offset: 0, page: page(500, 620), next: 500 },
    { offset: 500, page: page(120, 620), next: null },
    { offset: 0, page: page(100, 620), next: 100 }, // the server served fewer than asked
    { offset: 0, page: page(500, 500), next: null },
    { offset: 500, page: page(0, 620), next: null }, // the catalogue shrank while paging
  ])('after $page.data.length at offset $offset of $page.total_count: $next', ({ offset, page, next }) => {
    expect(nextModelsOffset(offset, page)).toBe(next);
  });
});

describe(fetchModels, () => {
  it('asks for one page and keeps additive fields, a variable price and a null context verbatim', async () => {
    const router = {
      ...model,
      id: 'openrouter/auto',
      context_length: null,
      pricing: { prompt: '-1', completion: '-1' },
    };
    const fake = fakeFetch(() => json({ data: [model, router], links: { next: null }, total_count: 2 }));
    const body = await fetchModels(clientFor(fake), { offset: 0, limit: 500, output_modalities: 'all' });
    expect(fake.calls[0]?.url.toString()).toBe(`${BASE}/models?offset=0&limit=500&output_modalities=all`);
    expect(body.data[0]?.pricing['web_search']).toBe('0.01');
    expect(body.data[0]?.['supported_parameters']).toEqual(['tools']);
    expect(body.data[1]?.pricing.prompt).toBe('-1');
  });

  it('refuses a page over 1000 before sending anything', async () => {
    const fake = fakeFetch(() => json({}));
    await expect(fetchModels(clientFor(fake), { limit: 1001 })).rejects.toSatisfy(isSchemaError);
    expect(fake.calls).toHaveLength(0);
  });

  it('names the field of a model that breaks the schema', async () => {
    const fake = fakeFetch(() =>
      json({ data: [{ ...model, created: '2025' }], links: { next: null }, total_count: 1 }),
    );
    await expect(fetchModels(clientFor(fake), {})).rejects.toThrow(/^models response: data\.0\.created: /);
  });

  it('turns a 404 into one line saying the server may not have the endpoint', async () => {
    const fake = fakeFetch(() => apiError(404, 'Not found: /api/v1/models'));
    const error: unknown = await fetchModels(clientFor(fake), {}).catch((e: unknown) => e);
    expect(isNewerParameterError(error)).toBe(true);
    expect(error instanceof Error && error.message).toBe(
      `models (GET /models): HTTP 404 from ${BASE}. This server may not support the newer model catalogue ` +
        'endpoint; the other datasets are unaffected.',
    );
  });

  it('leaves other failures as they are', async () => {
    const fake = fakeFetch(() => apiError(401, 'bad key'));
    const error: unknown = await fetchModels(clientFor(fake), {}).catch((e: unknown) => e);
    expect(isNewerParameterError(error)).toBe(false);
    expect(isApiError(error) && error.status).toBe(401);
  });
});
