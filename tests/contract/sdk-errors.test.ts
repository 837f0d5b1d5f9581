/**
 * Every documented refusal of the local Data API, as the official SDK sees it: 400 (each date, paging, category
 * and benchmark rule), 401 and 429 arrive as the SDK's typed errors with the API's message; what the SDK's types
 * do not let it send (values outside its enums, another method, an unknown path) is checked over plain fetch.
 */
import { OpenRouter } from '@openrouter/sdk';
import {
  BadRequestResponseError,
  TooManyRequestsResponseError,
  UnauthorizedResponseError,
} from '@openrouter/sdk/models/errors';
import { describe, expect, it } from 'vitest';
import { ApiErrorBodySchema } from '../../src/lib/api/common.ts';
import { parseWith } from '../../src/lib/api/parse.ts';
import { KEY, type Mock, NOON, withMock } from '../fakes/contract-harness.ts';

function sdkOf(mock: Mock, apiKey = KEY): OpenRouter {
  return new OpenRouter({ apiKey, serverURL: mock.url, retryConfig: { strategy: 'none' } });
}

/** The error a promise rejects with; fails when it resolves. */
async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the request to fail');
    },
    (error: unknown) => error,
  );
}

type Call = (sdk: OpenRouter) => Promise<unknown>;

const badRequests: [string, Call, RegExp][] = [
  [
    'an overflow start_date',
    (s) => s.datasets.getRankingsDaily({ startDate: '2026-02-30' }),
    /start_date must be a calendar-valid/,
  ],
  [
    'a malformed end_date',
    (s) => s.datasets.getRankingsDaily({ endDate: '11/05/2026' }),
    /end_date must be a calendar-valid/,
  ],
  [
    'start after end',
    (s) => s.datasets.getRankingsDaily({ startDate: '2026-05-02', endDate: '2026-05-01' }),
    /after end_date/,
  ],
  [
    'a span over 366 days',
    (s) => s.datasets.getRankingsDaily({ startDate: '2025-01-01', endDate: '2026-01-03' }),
    /maximum is 366/,
  ],
  ['an end before 2025', (s) => s.datasets.getRankingsDaily({ endDate: '2024-12-31' }), /before the dataset begins/],
  ['an end in the future', (s) => s.datasets.getRankingsDaily({ endDate: '2026-05-12' }), /in the future/],
  [
    'an inconsistent category pair',
    (s) => s.datasets.getAppRankings({ category: 'creative', subcategory: 'cli-agent' }),
    /belongs to coding/,
  ],
  ['limit 101', (s) => s.datasets.getAppRankings({ limit: 101 }), /limit must be an integer from 1 to 100/],
  ['offset 150', (s) => s.datasets.getAppRankings({ offset: 150 }), /offset must be an integer from 0 to 100/],
  [
    'an app window over 366 days',
    (s) => s.datasets.getAppRankings({ startDate: '2025-01-01', endDate: '2026-05-10' }),
    /maximum is 366/,
  ],
  [
    'an unknown task_type',
    (s) => s.benchmarks.getBenchmarks({ source: 'artificial-analysis', taskType: 'search' }),
    /task_type must be one of/,
  ],
  [
    'max_results 0',
    (s) => s.benchmarks.getBenchmarks({ source: 'design-arena', maxResults: 0 }),
    /max_results must be an integer/,
  ],
  [
    'a category outside its arena',
    (s) => s.benchmarks.getBenchmarks({ source: 'design-arena', arena: 'agents', category: 'svg' }),
    /not in the agents arena/,
  ],
];

describe('the local Data API’s refusals through @openrouter/sdk', () => {
  it.each(badRequests)('400 for %s, as BadRequestResponseError with the API message', (_, send, message) =>
    withMock({ relaxed: true }, async (mock) => {
      const error = await failure(send(sdkOf(mock)));
      expect(error).toBeInstanceOf(BadRequestResponseError);
      if (!(error instanceof BadRequestResponseError)) return;
      expect(error.statusCode).toBe(400);
      expect(error.error.code).toBe(400);
      expect(error.message).toMatch(message);
      expect(mock.requestCount()).toBe(1);
    }),
  );

  it('401 for a wrong key, as UnauthorizedResponseError', () =>
    withMock({ relaxed: true }, async (mock) => {
      const error = await failure(
        sdkOf(mock, 'sk-or-wrong-key').classifications.getTaskClassifications({ window: '7d' }),
      );
      expect(error).toBeInstanceOf(UnauthorizedResponseError);
      expect(error instanceof UnauthorizedResponseError && error.error).toEqual({
        code: 401,
        message: expect.any(String),
      });
    }));

  it('429 on the 31st request within a minute, with Retry-After; the slot frees after it', () => {
    let now = NOON.getTime();
    return withMock({ relaxed: false, now: () => new Date(now) }, async (mock) => {
      const sdk = sdkOf(mock);
      for (let i = 0; i < 30; i += 1) await sdk.classifications.getTaskClassifications({ window: '7d' });
      now += 15_000;
      const error = await failure(sdk.classifications.getTaskClassifications({ window: '7d' }));
      expect(error).toBeInstanceOf(TooManyRequestsResponseError);
      if (!(error instanceof TooManyRequestsResponseError)) return;
      expect(error.headers.get('retry-after')).toBe('45');
      expect(error.error.message).toMatch(/30 requests per minute per key/);
      now += 45_000;
      expect((await sdk.classifications.getTaskClassifications({ window: '7d' })).data.windowDays).toBe(7);
    });
  });

  it('429 after 500 requests in a UTC day, with Retry-After until midnight; the next day is fresh', () => {
    let now = NOON.getTime();
    return withMock({ relaxed: false, now: () => new Date(now) }, async (mock) => {
      const sdk = sdkOf(mock);
      for (let i = 0; i < 500; i += 1) {
        await sdk.classifications.getTaskClassifications({ window: '7d' });
        now += 2_500; // 24 a minute: never the per-minute limit
      }
      const error = await failure(sdk.classifications.getTaskClassifications({ window: '7d' }));
      expect(error).toBeInstanceOf(TooManyRequestsResponseError);
      if (!(error instanceof TooManyRequestsResponseError)) return;
      const midnight = Date.parse('2026-05-12T00:00:00Z');
      expect(Number(error.headers.get('retry-after'))).toBe(Math.ceil((midnight - now) / 1000));
      expect(error.error.message).toMatch(/500 requests per day/);
      now = midnight;
      expect((await sdk.classifications.getTaskClassifications({ window: '7d' })).data.windowDays).toBe(7);
    });
  });

  it.each([
    ['window=30d', '/classifications/task?window=30d', 'GET', 400],
    ['an unknown category', '/datasets/app-rankings?category=finance', 'GET', 400],
    ['an unknown sort', '/datasets/app-rankings?sort=newest', 'GET', 400],
    ['an unknown benchmarks source', '/benchmarks?source=lmarena', 'GET', 400],
    ['an unknown path', '/datasets/models', 'GET', 404],
    ['POST', '/datasets/rankings-daily', 'POST', 405],
    ['DELETE', '/benchmarks?source=design-arena', 'DELETE', 405],
  ])('%s over plain fetch: %s -> the error body with code %i', (_, path, method, status) =>
    withMock({ relaxed: true }, async (mock) => {
      const response = await fetch(`${mock.url}${path}`, { method, headers: { Authorization: `Bearer ${KEY}` } });
      expect(response.status).toBe(status);
      const body = parseWith(ApiErrorBodySchema, await response.json(), 'error body');
      expect(body.error.code).toBe(status);
      expect(body.error.message.length).toBeGreaterThan(0);
    }),
  );
});
