/** The real client over HTTP against the local Data API: every endpoint, every documented 400, 401 and 429 rule. */
import { describe, expect, it } from 'vitest';
import { fetchAppRankings } from '../../src/lib/api/app-rankings.ts';
import { benchmarksResponseSchemaFor, fetchBenchmarks } from '../../src/lib/api/benchmarks.ts';
import { createClient, type Endpoint, type QueryParams } from '../../src/lib/api/client.ts';
import { DailyBudgetError, HttpStatusError } from '../../src/lib/api/errors.ts';
import { fetchModels, ModelsResponseSchema } from '../../src/lib/api/models.ts';
import { createPacer, type PacerOptions } from '../../src/lib/api/pacing.ts';
import { fetchRankingsDaily, RankingsDailyResponseSchema } from '../../src/lib/api/rankings-daily.ts';
import { fetchSessionCost, SessionCostResponseSchema } from '../../src/lib/api/session-cost.ts';
import { fetchTaskClassifications, TaskClassificationsResponseSchema } from '../../src/lib/api/task-classifications.ts';
import { AppRankingsResponseSchema } from '../../src/lib/api/app-rankings.ts';
import { KEY, type Mock, sharedClock, TODAY, withMock } from '../fakes/contract-harness.ts';

/** A client of `mock` on a fake clock shared with it (waits advance both, instantly). */
function clientOf(mock: Mock, clock = sharedClock(), pacing: Partial<PacerOptions> = {}, apiKey = KEY) {
  const pacer = createPacer({ relaxed: true, clock: clock.clock, sleep: clock.sleep, today: () => TODAY, ...pacing });
  const client = createClient({ baseUrl: mock.url, apiKey, pacer, sleep: clock.sleep, clock: clock.clock });
  return { client, pacer, clock };
}

/** The error a promise rejects with (fails the test when it resolves). */
async function failure(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => {
      if (error instanceof Error) return error;
      throw error;
    },
  );
}

const schemaOf: Record<Endpoint, Parameters<ReturnType<typeof createClient>['get']>[2]> = {
  'rankings-daily': RankingsDailyResponseSchema,
  'app-rankings': AppRankingsResponseSchema,
  benchmarks: benchmarksResponseSchemaFor('artificial-analysis'),
  'task-classifications': TaskClassificationsResponseSchema,
  models: ModelsResponseSchema,
  'session-cost': SessionCostResponseSchema,
};

describe('the client against the local Data API', () => {
  it('reads every endpoint, marker included, in the documented shapes', () =>
    withMock({ relaxed: true }, async (mock) => {
      const { client } = clientOf(mock);
      const rankings = await fetchRankingsDaily(client, { start_date: '2026-05-01', end_date: TODAY });
      expect(rankings.meta).toMatchObject({ start_date: '2026-05-01', end_date: TODAY, synthetic: true });
      expect(rankings.data.at(-1)?.date).toBe(TODAY);
      const apps = await fetchAppRankings(client, { sort: 'trending', subcategory: 'cli-agent', limit: 100 });
      expect(apps.meta['synthetic']).toBe(true);
      const arena = await fetchBenchmarks(client, { source: 'design-arena', arena: 'builders', max_results: 100 });
      expect(arena.data.every((item) => item.source === 'design-arena')).toBe(true);
      const aa = await fetchBenchmarks(client, {
        source: 'artificial-analysis',
        task_type: 'coding',
        max_results: 100,
      });
      expect(aa.data.every((item) => item.source === 'artificial-analysis')).toBe(true);
      const tasks = await fetchTaskClassifications(client, { window: '7d' });
      expect(tasks.data['synthetic']).toBe(true);
      const models = await fetchModels(client, { offset: 0, limit: 500, output_modalities: 'all' });
      expect(models['synthetic']).toBe(true);
      expect(models.data.length).toBe(models.total_count);
      const costs = await fetchSessionCost(client, { limit: 500, offset: 0 });
      expect(costs.meta).toMatchObject({ window_days: 7, window_end_date: '2026-05-10', synthetic: true });
      expect(mock.requestCount()).toBe(7);
    }));

  it('accepts a window of exactly 366 days counted inclusively', () =>
    withMock({ relaxed: true }, async (mock) => {
      const body = await fetchRankingsDaily(clientOf(mock).client, {
        start_date: '2025-05-11',
        end_date: '2026-05-11',
      });
      expect(body.meta.start_date).toBe('2025-05-11');
    }));

  it('reads the start date clamped forward to 2025-01-01 from meta', () =>
    withMock({ relaxed: true }, async (mock) => {
      const { client } = clientOf(mock);
      const body = await client.get(
        'rankings-daily',
        { start_date: '2024-12-01', end_date: '2025-01-31' },
        RankingsDailyResponseSchema,
      );
      expect(body.meta.start_date).toBe('2025-01-01');
    }));

  const badRequests: [string, Endpoint, QueryParams][] = [
    ['an overflow date', 'rankings-daily', { start_date: '2026-02-30', end_date: '2026-03-05' }],
    ['start after end', 'rankings-daily', { start_date: '2026-05-02', end_date: '2026-05-01' }],
    ['a window of 368 days', 'rankings-daily', { start_date: '2025-01-01', end_date: '2026-01-03' }],
    ['an end before the dataset starts', 'rankings-daily', { start_date: '2024-01-01', end_date: '2024-12-31' }],
    ['a subcategory outside its category', 'app-rankings', { category: 'creative', subcategory: 'cli-agent' }],
    ['an app window wider than 366 days', 'app-rankings', { start_date: '2025-01-01', end_date: '2026-05-11' }],
    ['a models page over 1000', 'models', { limit: 1001 }],
    ['a session-cost page over 500', 'session-cost', { limit: 501 }],
    ['a session-cost offset over 5000', 'session-cost', { offset: 5001 }],
    ['an unknown turn_range', 'session-cost', { turn_range: '3-turns' }],
  ];
  it.each(badRequests)('reports HTTP 400 for %s once, without retrying, naming the API message', (_, endpoint, query) =>
    withMock({ relaxed: true }, async (mock) => {
      const error = await failure(clientOf(mock).client.get(endpoint, query, schemaOf[endpoint]));
      expect(error).toBeInstanceOf(HttpStatusError);
      expect(error.message).toMatch(new RegExp(`^${endpoint}: HTTP 400 from ${mock.url}: ".+" \\(query .+\\)\\. `));
      expect(error.message).toMatch(/The request plan is wrong; please report a bug\.$/);
      expect(mock.requestCount()).toBe(1);
    }),
  );

  it('reports HTTP 401 for a wrong key once, with the demo hint, never echoing the key', () =>
    withMock({ relaxed: true }, async (mock) => {
      const wrongKey = 'sk-or-wrong-0000111122223333';
      const { client } = clientOf(mock, sharedClock(), {}, wrongKey);
      const error = await failure(fetchRankingsDaily(client, {}));
      expect(error.message).toBe(
        `rankings-daily: HTTP 401 from ${mock.url}. Set OPENROUTER_API_KEY, or run npm start for the demo.`,
      );
      expect(mock.requestCount()).toBe(1);
    }));

  it('honours Retry-After on the per-minute 429 and then succeeds', () => {
    // The mock reads the clock the client sleeps on, so a wait the client sleeps is time the mock sees pass.
    const clock = sharedClock();
    return withMock({ now: clock.date }, async (mock) => {
      const { client } = clientOf(mock, clock, { relaxed: true });
      for (let i = 0; i < 31; i += 1) await fetchTaskClassifications(client, { window: '7d' });
      expect(mock.requestCount()).toBe(32);
      expect(clock.sleeps).toHaveLength(1);
      expect(clock.sleeps[0]).toBeGreaterThan(0);
      expect(clock.sleeps[0]).toBeLessThanOrEqual(60_000);
    });
  });

  it('never meets the per-minute 429 when paced: 61 requests, 61 answers', () => {
    const clock = sharedClock();
    return withMock({ now: clock.date }, async (mock) => {
      const { client } = clientOf(mock, clock, { relaxed: false });
      for (let i = 0; i < 61; i += 1) await fetchTaskClassifications(client, { window: '7d' });
      expect(mock.requestCount()).toBe(61);
      expect(clock.sleeps.filter((ms) => ms > 0)).toHaveLength(2);
    });
  });

  it('gives up at once on the daily 429 (500 a day), saying to try tomorrow', () => {
    const clock = sharedClock();
    return withMock({ now: clock.date }, async (mock) => {
      const { client } = clientOf(mock, clock, { relaxed: false, dailyBudget: 10_000 });
      for (let i = 0; i < 500; i += 1) await fetchTaskClassifications(client, { window: '7d' });
      const error = await failure(fetchTaskClassifications(client, { window: '7d' }));
      expect(error.message).toMatch(
        new RegExp(`^task-classifications: HTTP 429 from ${mock.url}\\. .*try again tomorrow \\(UTC\\)\\.$`),
      );
      expect(mock.requestCount()).toBe(501);
    });
  });

  it('stops at its own daily budget of 450, before the API would refuse', () =>
    withMock({ relaxed: true }, async (mock) => {
      const { client } = clientOf(mock, sharedClock(), { relaxed: true });
      for (let i = 0; i < 450; i += 1) await fetchTaskClassifications(client, { window: '7d' });
      const error = await failure(fetchTaskClassifications(client, { window: '7d' }));
      expect(error).toBeInstanceOf(DailyBudgetError);
      expect(error.message).toMatch(
        /^task-classifications: the daily budget of 450 requests is used up for 2026-05-11/,
      );
      expect(mock.requestCount()).toBe(450);
    }));
});
