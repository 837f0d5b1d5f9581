/**
 * The newer Data API rules (`@openrouter/sdk` 1.3.x, newer than the spec) through the official SDK against the local
 * Data API: rankings-daily's `period`, sampled views (`category`, `language_type`: weekly only, estimates) and exact
 * views (`modality`, `context_bucket`) with the SDK's exclusion rules; benchmarks with an optional `source`, the
 * `openrouter` source and `benchmark_type`; and the `legacy` fault, a server that knows only the older spec.
 */
import { OpenRouter } from '@openrouter/sdk';
import type { RankingsDailyItem } from '@openrouter/sdk/models';
import { BadRequestResponseError } from '@openrouter/sdk/models/errors';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/lib/api/dates.ts';
import { KEY, type Mock, withMock } from '../fakes/contract-harness.ts';

function sdkOf(mock: Mock): OpenRouter {
  return new OpenRouter({ apiKey: KEY, serverURL: mock.url, retryConfig: { strategy: 'none' } });
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

/** Asserts a 400 from the SDK with the API's message. */
async function expectBadRequest(promise: Promise<unknown>, message: RegExp): Promise<void> {
  const error = await failure(promise);
  expect(error).toBeInstanceOf(BadRequestResponseError);
  expect(error instanceof BadRequestResponseError && error.error).toEqual({ code: 400, message: expect.any(String) });
  expect(error instanceof Error && error.message).toMatch(message);
}

const sum = (rows: readonly RankingsDailyItem[]) => rows.reduce((acc, row) => acc + BigInt(row.totalTokens), 0n);
const dates = (rows: readonly RankingsDailyItem[]) => [...new Set(rows.map((row) => row.date))];
const isMonday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() === 1;

type Call = (sdk: OpenRouter) => Promise<unknown>;

const exclusions: [string, Call, RegExp][] = [
  [
    'category with period=day',
    (s) => s.datasets.getRankingsDaily({ category: 'programming', period: 'day' }),
    /period=day is not available with category/,
  ],
  [
    'language_type with period=day',
    (s) => s.datasets.getRankingsDaily({ languageType: 'natural', period: 'day' }),
    /period=day is not available with language_type/,
  ],
  [
    'category with language_type',
    (s) => s.datasets.getRankingsDaily({ category: 'legal', languageType: 'natural' }),
    /category cannot be combined with language_type/,
  ],
  [
    'category with modality',
    (s) => s.datasets.getRankingsDaily({ category: 'legal', modality: 'text' }),
    /category cannot be combined with modality/,
  ],
  [
    'category with context_bucket',
    (s) => s.datasets.getRankingsDaily({ category: 'legal', contextBucket: '1M' }),
    /category cannot be combined with context_bucket/,
  ],
  [
    'language_type with modality',
    (s) => s.datasets.getRankingsDaily({ languageType: 'programming', modality: 'image' }),
    /language_type cannot be combined with modality/,
  ],
  [
    'language_type with context_bucket',
    (s) => s.datasets.getRankingsDaily({ languageType: 'programming', contextBucket: '10K' }),
    /language_type cannot be combined with context_bucket/,
  ],
  [
    'a search benchmark_type',
    (s) => s.benchmarks.getBenchmarks({ benchmarkType: 'search_hle' }),
    /search benchmarks are not served/,
  ],
  [
    'task_type=search',
    (s) => s.benchmarks.getBenchmarks({ taskType: 'search' }),
    /task_type must be one of coding, intelligence, agentic/,
  ],
];

describe('@openrouter/sdk: rankings-daily views and periods', () => {
  it.each(exclusions)('400 for %s, as BadRequestResponseError with the API message', (_, send, message) =>
    withMock({ relaxed: true }, (mock) => expectBadRequest(send(sdkOf(mock)), message)),
  );

  it.each([
    ['period=year', 'period=year'],
    ['an unknown category', 'category=coding'],
    ['an unknown language_type', 'language_type=python'],
    ['an unknown modality', 'modality=video'],
    ['an unknown context_bucket', 'context_bucket=1k'],
  ])('400 for %s over plain fetch (%s)', (_, query) =>
    withMock({ relaxed: true }, async (mock) => {
      const response = await fetch(`${mock.url}/datasets/rankings-daily?${query}`, {
        headers: { Authorization: `Bearer ${KEY}` },
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: { code: 400, message: expect.stringMatching(/must be one of/) } });
    }),
  );

  it('category: weekly by default, rows dated on Mondays, estimates in units of 1000, other last', () =>
    withMock({ relaxed: true }, async (mock) => {
      const body = await sdkOf(mock).datasets.getRankingsDaily({ category: 'programming' });
      expect(body.meta).toMatchObject({ startDate: '2026-04-10', endDate: '2026-05-10' });
      expect(dates(body.data)).toEqual(['2026-04-06', '2026-04-13', '2026-04-20', '2026-04-27', '2026-05-04']);
      expect(body.data.every((row) => BigInt(row.totalTokens) % 1000n === 0n)).toBe(true);
      for (const date of dates(body.data)) {
        expect(body.data.filter((row) => row.date === date).at(-1)?.modelPermaslug).toBe('other');
      }
    }));

  it('category with period=month buckets each week by the month of its Monday', () =>
    withMock({ relaxed: true }, async (mock) => {
      const sdk = sdkOf(mock);
      const window = { category: 'legal', startDate: '2026-03-02', endDate: '2026-04-26' } as const;
      const weekly = await sdk.datasets.getRankingsDaily({ ...window, period: 'week' });
      const monthly = await sdk.datasets.getRankingsDaily({ ...window, period: 'month' });
      expect(dates(monthly.data)).toEqual(['2026-03-01', '2026-04-01']);
      const march = weekly.data.filter((row) => row.date < '2026-04-01'); // the week of 30 March included
      expect(sum(monthly.data.filter((row) => row.date === '2026-03-01'))).toBe(sum(march));
    }));

  it('language_type: weekly estimates whose trailing week runs past end_date', () =>
    withMock({ relaxed: true }, async (mock) => {
      const sdk = sdkOf(mock);
      const week = { languageType: 'natural', startDate: '2026-04-27' } as const;
      const toSunday = await sdk.datasets.getRankingsDaily({ ...week, endDate: '2026-05-03' });
      const toWednesday = await sdk.datasets.getRankingsDaily({ ...week, endDate: '2026-04-29' });
      expect(dates(toWednesday.data)).toEqual(['2026-04-27']);
      expect(toWednesday.data).toEqual(toSunday.data);
    }));

  it('modality and context_bucket together: allowed, vision traffic within one context bucket', () =>
    withMock({ relaxed: true }, async (mock) => {
      const sdk = sdkOf(mock);
      const window = { startDate: '2026-04-27', endDate: '2026-05-03', period: 'week' } as const;
      const both = await sdk.datasets.getRankingsDaily({ ...window, modality: 'image', contextBucket: '100K' });
      const image = await sdk.datasets.getRankingsDaily({ ...window, modality: 'image' });
      expect(dates(both.data)).toEqual(['2026-04-27']);
      expect(sum(both.data)).toBeGreaterThan(0n);
      expect(sum(both.data)).toBeLessThan(sum(image.data));
    }));

  it('period=week over the exact dataset sums each week’s days exactly; the context buckets split it', () =>
    withMock({ relaxed: true }, async (mock) => {
      const sdk = sdkOf(mock);
      const window = { startDate: '2026-04-27', endDate: '2026-05-03' };
      const daily = await sdk.datasets.getRankingsDaily(window);
      const weekly = await sdk.datasets.getRankingsDaily({ ...window, period: 'week' });
      expect(dates(weekly.data)).toEqual(['2026-04-27']);
      expect(dates(daily.data)).toEqual(Array.from({ length: 7 }, (_, i) => addDays('2026-04-27', i)));
      expect(sum(weekly.data)).toBe(sum(daily.data));
      let split = 0n;
      for (const contextBucket of ['1K', '10K', '100K', '1M', '10M'] as const) {
        split += sum((await sdk.datasets.getRankingsDaily({ ...window, period: 'week', contextBucket })).data);
      }
      expect(split).toBe(sum(daily.data));
    }));

  it('modality=image_output ranks image-output models; tool_calling a part of each model', () =>
    withMock({ relaxed: true }, async (mock) => {
      const sdk = sdkOf(mock);
      const window = { startDate: '2026-04-27', endDate: '2026-05-03', period: 'week' } as const;
      const images = await sdk.datasets.getRankingsDaily({ ...window, modality: 'image_output' });
      expect(images.data.map((row) => row.modelPermaslug)).toContain('google/gemini-2.5-flash-image');
      const tools = await sdk.datasets.getRankingsDaily({ ...window, modality: 'tool_calling' });
      const all = await sdk.datasets.getRankingsDaily(window);
      expect(sum(tools.data)).toBeLessThan(sum(all.data));
      expect(dates(tools.data).every(isMonday)).toBe(true);
    }));
});

describe('@openrouter/sdk: benchmarks with an optional source and the openrouter source', () => {
  it('without source: every source’s items, parsed by the SDK’s union, meta source, citation and URL null', () =>
    withMock({ relaxed: true }, async (mock) => {
      const body = await sdkOf(mock).benchmarks.getBenchmarks({ maxResults: 100 });
      expect(new Set(body.data.map((item) => item.source))).toEqual(
        new Set(['artificial-analysis', 'design-arena', 'openrouter']),
      );
      expect(body.meta).toMatchObject({ source: null, citation: null, sourceUrl: null, taskType: null });
      expect(body.meta.modelCount).toBe(new Set(body.data.map((item) => item.modelPermaslug)).size);
    }));

  it('source=openrouter: items with accuracy, spread, cost per task, tasks and last run', () =>
    withMock({ relaxed: true }, async (mock) => {
      const body = await sdkOf(mock).benchmarks.getBenchmarks({ source: 'openrouter', maxResults: 100 });
      expect(body.meta.source).toBe('openrouter');
      expect(body.data.length).toBeGreaterThan(20);
      for (const item of body.data) {
        if (!('accuracy' in item)) throw new Error(`not an openrouter item: ${JSON.stringify(item)}`);
        expect(item.accuracy).toBeGreaterThanOrEqual(0);
        expect(item.accuracy).toBeLessThanOrEqual(1);
        expect(item.accuracyStddev === null || item.accuracyStddev > 0).toBe(true);
        expect(item.avgCostPerTask === null || item.avgCostPerTask >= 0).toBe(true);
        expect(item.totalTasks).toBeGreaterThan(0);
        expect(Date.parse(item.lastRunTimestamp)).toBeLessThan(Date.parse('2026-05-11T00:00:00Z'));
        expect(['gpqa_diamond', 'tau_bench_verified_airline']).toContain(item.benchmarkType);
      }
    }));

  it('benchmark_type narrows the openrouter items and leaves the other sources’ items as they are', () =>
    withMock({ relaxed: true }, async (mock) => {
      const sdk = sdkOf(mock);
      const narrowed = await sdk.benchmarks.getBenchmarks({ benchmarkType: 'gpqa_diamond', maxResults: 100 });
      const all = await sdk.benchmarks.getBenchmarks({ maxResults: 100 });
      const openrouter = narrowed.data.filter((item) => item.source === 'openrouter');
      expect(openrouter.length).toBeGreaterThan(0);
      expect(openrouter.every((item) => 'benchmarkType' in item && item.benchmarkType === 'gpqa_diamond')).toBe(true);
      expect(narrowed.data.filter((item) => item.source !== 'openrouter')).toEqual(
        all.data.filter((item) => item.source !== 'openrouter'),
      );
      const aa = await sdk.benchmarks.getBenchmarks({ source: 'artificial-analysis', benchmarkType: 'gpqa_diamond' });
      expect(aa.data).toEqual((await sdk.benchmarks.getBenchmarks({ source: 'artificial-analysis' })).data);
    }));
});

describe('@openrouter/sdk against a legacy server (the legacy fault: the older spec only)', () => {
  it.each<[string, Call, RegExp]>([
    ['category', (s) => s.datasets.getRankingsDaily({ category: 'programming' }), /unknown parameter category/],
    ['period', (s) => s.datasets.getRankingsDaily({ period: 'week' }), /unknown parameter period/],
    ['modality', (s) => s.datasets.getRankingsDaily({ modality: 'text' }), /unknown parameter modality/],
    [
      'an omitted source',
      (s) => s.benchmarks.getBenchmarks({}),
      /source is required: use one of artificial-analysis, design-arena/,
    ],
    [
      'source=openrouter',
      (s) => s.benchmarks.getBenchmarks({ source: 'openrouter' }),
      /source must be one of artificial-analysis, design-arena; got "openrouter"/,
    ],
  ])('400 for %s', (_, send, message) =>
    withMock({ relaxed: true, faults: ['legacy'] }, (mock) => expectBadRequest(send(sdkOf(mock)), message)),
  );

  it('still answers the older requests as before', () =>
    withMock({ relaxed: true, faults: ['legacy'] }, async (mock) => {
      const sdk = sdkOf(mock);
      expect((await sdk.datasets.getRankingsDaily()).data.length).toBeGreaterThan(31 * 50);
      expect((await sdk.benchmarks.getBenchmarks({ source: 'design-arena' })).meta.source).toBe('design-arena');
    }));
});
