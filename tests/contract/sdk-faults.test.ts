/**
 * Each fault switch of the local Data API, seen through @openrouter/sdk (retries off unless a test says so): the
 * failure arrives as the error the SDK raises for it, and a scoped fault leaves the other endpoints alone.
 */
import { OpenRouter } from '@openrouter/sdk';
import {
  InternalServerResponseError,
  OpenRouterDefaultError,
  RequestTimeoutError,
  ResponseValidationError,
  TooManyRequestsResponseError,
} from '@openrouter/sdk/models/errors';
import { describe, expect, it } from 'vitest';
import { KEY, type Mock, withMock } from '../fakes/contract-harness.ts';

function sdkOf(mock: Mock, options: { retries?: boolean; timeoutMs?: number } = {}): OpenRouter {
  return new OpenRouter({
    apiKey: KEY,
    serverURL: mock.url,
    ...(options.retries ? {} : { retryConfig: { strategy: 'none' } }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  });
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the request to fail');
    },
    (error: unknown) => error,
  );
}

describe('fault switches through @openrouter/sdk', () => {
  it('server-error: every request is a 500 with the error body', () =>
    withMock({ relaxed: true, faults: ['server-error'] }, async (mock) => {
      const sdk = sdkOf(mock);
      for (let i = 0; i < 2; i += 1) {
        const error = await failure(sdk.datasets.getRankingsDaily());
        expect(error).toBeInstanceOf(InternalServerResponseError);
        expect(error instanceof InternalServerResponseError && error.error.code).toBe(500);
      }
    }));

  it('server-error@benchmarks: only benchmarks fail', () =>
    withMock({ relaxed: true, faults: ['server-error@benchmarks'] }, async (mock) => {
      const sdk = sdkOf(mock);
      expect(await failure(sdk.benchmarks.getBenchmarks({ source: 'artificial-analysis' }))).toBeInstanceOf(
        InternalServerResponseError,
      );
      expect((await sdk.datasets.getRankingsDaily()).data.length).toBeGreaterThan(50);
      expect((await sdk.classifications.getTaskClassifications({ window: '7d' })).data.windowDays).toBe(7);
    }));

  it('rate-limit: every request is a 429 with Retry-After: 1', () =>
    withMock({ relaxed: true, faults: ['rate-limit'] }, async (mock) => {
      const error = await failure(sdkOf(mock).classifications.getTaskClassifications({ window: '7d' }));
      expect(error).toBeInstanceOf(TooManyRequestsResponseError);
      expect(error instanceof TooManyRequestsResponseError && error.headers.get('retry-after')).toBe('1');
    }));

  it('flaky: the first request of each URL is a 503, a repeat of it succeeds', () =>
    withMock({ relaxed: true, faults: ['flaky'] }, async (mock) => {
      const sdk = sdkOf(mock);
      const error = await failure(sdk.datasets.getRankingsDaily({ startDate: '2026-05-01' }));
      expect(error).toBeInstanceOf(OpenRouterDefaultError);
      expect(error instanceof OpenRouterDefaultError && error.statusCode).toBe(503);
      expect((await sdk.datasets.getRankingsDaily({ startDate: '2026-05-01' })).meta.startDate).toBe('2026-05-01');
      // Another URL is another first attempt.
      expect(await failure(sdk.datasets.getRankingsDaily({ startDate: '2026-05-02' }))).toBeInstanceOf(
        OpenRouterDefaultError,
      );
      expect(mock.requestCount()).toBe(3);
    }));

  it('flaky: the SDK’s own retry of 5xx gets through', () =>
    withMock({ relaxed: true, faults: ['flaky@tasks'] }, async (mock) => {
      const body = await sdkOf(mock, { retries: true }).classifications.getTaskClassifications({ window: '7d' });
      expect(body.data.windowDays).toBe(7);
      expect(mock.requestCount()).toBe(2);
    }));

  it('slow: no answer within the client’s timeout, while unscoped endpoints answer at once', () =>
    withMock({ relaxed: true, faults: ['slow@tasks'] }, async (mock) => {
      const sdk = sdkOf(mock, { timeoutMs: 500 });
      expect(await failure(sdk.classifications.getTaskClassifications({ window: '7d' }))).toBeInstanceOf(
        RequestTimeoutError,
      );
      expect((await sdk.benchmarks.getBenchmarks({ source: 'design-arena' })).data.length).toBeGreaterThan(0);
    }));

  it('malformed: a 200 whose body is not JSON makes the SDK throw', () =>
    withMock({ relaxed: true, faults: ['malformed'] }, async (mock) => {
      const error = await failure(sdkOf(mock).datasets.getRankingsDaily());
      expect(error).toBeInstanceOf(SyntaxError);
      const raw = await fetch(`${mock.url}/benchmarks?source=design-arena`, {
        headers: { Authorization: `Bearer ${KEY}` },
      });
      expect(raw.status).toBe(200);
      await expect(raw.json()).rejects.toThrow(SyntaxError);
    }));

  it.each([
    ['rankings', (sdk: OpenRouter) => sdk.datasets.getRankingsDaily()],
    ['apps', (sdk: OpenRouter) => sdk.datasets.getAppRankings({ limit: 5 })],
    ['benchmarks', (sdk: OpenRouter) => sdk.benchmarks.getBenchmarks({ source: 'artificial-analysis' })],
    ['tasks', (sdk: OpenRouter) => sdk.classifications.getTaskClassifications({ window: '7d' })],
  ])('bad-shape@%s: a 200 the SDK rejects as failing its schema', (scope, send) =>
    withMock({ relaxed: true, faults: [`bad-shape@${scope}`] }, async (mock) => {
      const error = await failure(send(sdkOf(mock)));
      expect(error).toBeInstanceOf(ResponseValidationError);
      expect(error instanceof ResponseValidationError && error.statusCode).toBe(200);
    }),
  );

  it('huge-tokens: totals past 2^53 reach the SDK as exact strings, other unchanged', () =>
    withMock({ relaxed: true, faults: ['huge-tokens'] }, async (mock) => {
      const query = { startDate: '2026-05-01', endDate: '2026-05-03' };
      const huge = await sdkOf(mock).datasets.getRankingsDaily(query);
      const leaders = huge.data.filter((_, i, rows) => i === 0 || rows[i - 1]?.date !== rows[i]?.date);
      expect(leaders).toHaveLength(3);
      for (const row of leaders) {
        expect(BigInt(row.totalTokens)).toBeGreaterThan(2n ** 53n);
        expect(String(BigInt(Number(row.totalTokens)))).not.toBe(row.totalTokens);
      }
      const others = huge.data.filter((row) => row.modelPermaslug === 'other');
      const plain = await withMock({ relaxed: true }, (clean) => sdkOf(clean).datasets.getRankingsDaily(query));
      expect(others).toEqual(plain.data.filter((row) => row.modelPermaslug === 'other'));
    }));
});
