/**
 * The newer endpoints through the official SDK against the local Data API: `models.list` (the catalogue, paged by
 * the SDK's own offset iterator) and `datasets.getSessionCost` (cells of a weekly window), their 400s, the
 * "no snapshot published" state, the `legacy` fault (a server without them: 404) and the other faults.
 */
import { OpenRouter } from '@openrouter/sdk';
import type { Model } from '@openrouter/sdk/models';
import {
  BadRequestResponseError,
  InternalServerResponseError,
  OpenRouterError,
  ResponseValidationError,
} from '@openrouter/sdk/models/errors';
import { describe, expect, it } from 'vitest';
import { KEY, type Mock, withMock } from '../fakes/contract-harness.ts';

function sdkOf(mock: Mock): OpenRouter {
  return new OpenRouter({ apiKey: KEY, serverURL: mock.url, retryConfig: { strategy: 'none' } });
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the request to fail');
    },
    (error: unknown) => error,
  );
}

/** Every page of `models.list` through the SDK's iterator. */
async function everyModel(sdk: OpenRouter, request: Parameters<OpenRouter['models']['list']>[0]): Promise<Model[]> {
  const models: Model[] = [];
  for await (const page of await sdk.models.list(request)) models.push(...page.result.data);
  return models;
}

describe('models.list against the local Data API', () => {
  it('validates against the SDK’s Model schema, with author-prefixed names, launches and per-token prices', () =>
    withMock({ relaxed: true }, async (mock) => {
      const page = await sdkOf(mock).models.list();
      const { data, totalCount, links } = page.result;
      expect(data).toHaveLength(totalCount);
      expect(links.next).toBeNull();
      const gpt4o = data.find((m) => m.id === 'openai/gpt-4o');
      expect(gpt4o).toMatchObject({
        canonicalSlug: 'openai/gpt-4o-2024-05-13',
        name: 'OpenAI: GPT-4o',
        pricing: { prompt: '0.000005', completion: '0.000015' },
        architecture: { outputModalities: ['text'] },
        topProvider: { isModerated: true },
      });
      expect(new Date((gpt4o?.created ?? 0) * 1000).toISOString().slice(0, 10)).toBe('2024-05-13');
      expect(data.find((m) => m.id === 'openai/gpt-oss-20b:free')).toMatchObject({
        canonicalSlug: 'openai/gpt-oss-20b',
        expirationDate: '2026-07-09',
      });
    }));

  it('pages with the SDK’s offset iterator, every model once, non-text models with output_modalities=all', () =>
    withMock({ relaxed: true }, async (mock) => {
      const sdk = sdkOf(mock);
      const paged = await everyModel(sdk, { limit: 60, outputModalities: 'all' });
      const whole = (await sdk.models.list({ limit: 1000, outputModalities: 'all' })).result;
      expect(paged.map((m) => m.id)).toEqual(whole.data.map((m) => m.id));
      expect(whole.totalCount).toBe(paged.length);
      expect(mock.requestCount()).toBe(Math.ceil(paged.length / 60) + 1);
      expect(paged.some((m) => m.architecture.outputModalities.includes('embeddings'))).toBe(true);
    }));

  it('answers 400 for a page over 1000', () =>
    withMock({ relaxed: true }, async (mock) => {
      const error = await failure(sdkOf(mock).models.list({ limit: 1001 }));
      expect(error).toBeInstanceOf(BadRequestResponseError);
      expect(error instanceof Error && error.message).toMatch(/limit must be an integer from 1 to 1000/);
    }));
});

describe('datasets.getSessionCost against the local Data API', () => {
  it('answers the newest window’s cells by harness, model and turn range', () =>
    withMock({ relaxed: true }, async (mock) => {
      const { result } = await sdkOf(mock).datasets.getSessionCost({ limit: 500 });
      expect(result.meta).toEqual({
        asOf: '2026-05-11T06:00:00.000Z',
        version: 'v1',
        windowDays: 7,
        windowEndDate: '2026-05-10',
      });
      expect(result.data[0]).toEqual({
        appName: expect.any(String),
        appSlug: expect.any(String),
        modelPermaslug: expect.any(String),
        turnRange: '1-turn',
        medianSessionCostUsd: expect.any(Number),
      });
    }));

  it('pages with the SDK’s iterator until a short page, and filters by model across harnesses', () =>
    withMock({ relaxed: true }, async (mock) => {
      const sdk = sdkOf(mock);
      let cells = 0;
      let pages = 0;
      for await (const page of await sdk.datasets.getSessionCost({ limit: 200 })) {
        cells += page.result.data.length;
        pages += 1;
      }
      expect(pages).toBe(Math.floor(cells / 200) + 1);
      const model = 'anthropic/claude-4.5-sonnet-20250929';
      const { result } = await sdk.datasets.getSessionCost({ model, turnRange: '10-49-turns', limit: 500 });
      expect(result.data.every((c) => c.modelPermaslug === model && c.turnRange === '10-49-turns')).toBe(true);
      expect(new Set(result.data.map((c) => c.appSlug)).size).toBeGreaterThan(1);
    }));

  it.each([
    [{ limit: 501 }, /limit must be an integer from 1 to 500/],
    [{ limit: 0 }, /limit must be an integer from 1 to 500/],
    [{ offset: 5001 }, /offset must be an integer from 0 to 5000/],
  ])('answers 400 for %j', (request, message) =>
    withMock({ relaxed: true }, async (mock) => {
      const error = await failure(sdkOf(mock).datasets.getSessionCost(request));
      expect(error).toBeInstanceOf(BadRequestResponseError);
      expect(error instanceof Error && error.message).toMatch(message);
    }),
  );

  it('answers 400 for a turn_range outside the SDK’s enum (sent over plain fetch)', () =>
    withMock({ relaxed: true }, async (mock) => {
      const response = await fetch(`${mock.url}/datasets/session-cost?turn_range=3-turns`, {
        headers: { Authorization: `Bearer ${KEY}` },
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        error: {
          code: 400,
          message: 'turn_range must be one of 1-turn, 2-9-turns, 10-49-turns, 50-plus-turns; got "3-turns"',
        },
      });
    }));

  it('answers null window fields and no cells when no snapshot is published', () =>
    withMock({ relaxed: true, sessionCostUnpublished: true }, async (mock) => {
      const { result } = await sdkOf(mock).datasets.getSessionCost();
      expect(result).toEqual({
        data: [],
        meta: { asOf: '2026-05-11T12:00:00.000Z', version: 'v1', windowDays: null, windowEndDate: null },
      });
    }));
});

describe('the newer endpoints under faults', () => {
  it('answers 404 for both under legacy, as a server that predates them; the older endpoints still answer', () =>
    withMock({ relaxed: true, faults: ['legacy'] }, async (mock) => {
      const sdk = sdkOf(mock);
      for (const call of [() => sdk.models.list(), () => sdk.datasets.getSessionCost()]) {
        const error = await failure(call());
        expect(error).toBeInstanceOf(OpenRouterError);
        expect(error instanceof OpenRouterError && error.statusCode).toBe(404);
      }
      await expect(sdk.classifications.getTaskClassifications({ window: '7d' })).resolves.toMatchObject({
        data: { windowDays: 7 },
      });
    }));

  it('server-error@models fails the catalogue only; bad-shape@session-cost breaks the SDK’s validation', () =>
    withMock({ relaxed: true, faults: ['server-error@models', 'bad-shape@session-cost'] }, async (mock) => {
      const sdk = sdkOf(mock);
      expect(await failure(sdk.models.list())).toBeInstanceOf(InternalServerResponseError);
      expect(await failure(sdk.datasets.getSessionCost())).toBeInstanceOf(ResponseValidationError);
      await expect(sdk.datasets.getRankingsDaily()).resolves.toMatchObject({ meta: { version: 'v1' } });
    }));
});
