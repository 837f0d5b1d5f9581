import { describe, expect, it } from 'vitest';
import { fetchAppRankings } from '../../../src/lib/api/app-rankings.ts';
import { fetchBenchmarks } from '../../../src/lib/api/benchmarks.ts';
import { createClient } from '../../../src/lib/api/client.ts';
import { createPacer } from '../../../src/lib/api/pacing.ts';
import { isSchemaError } from '../../../src/lib/api/parse.ts';
import { fetchRankingsDaily } from '../../../src/lib/api/rankings-daily.ts';
import { fetchTaskClassifications } from '../../../src/lib/api/task-classifications.ts';
import { type FakeFetch, fakeFetch, fakeTime, json, rankingsBody } from './fake-fetch.ts';

const BASE = 'http://127.0.0.1:8787/api/v1';

function clientFor(fake: FakeFetch) {
  const time = fakeTime();
  const pacer = createPacer({ relaxed: true, clock: time.clock, sleep: time.sleep, today: () => '2026-05-11' });
  return createClient({
    baseUrl: BASE,
    apiKey: 'sk-or-unit-test',
    pacer,
    fetch: fake.fetch,
    sleep: time.sleep,
    clock: time.clock,
  });
}

const windowMeta = { as_of: '2026-05-12T02:00:00Z', version: 'v1', start_date: '2026-04-12', end_date: '2026-05-11' };
const benchMeta = {
  as_of: '2026-06-03T12:00:00Z',
  version: 'v1',
  source: 'design-arena',
  source_url: 'https://www.designarena.ai',
  citation: 'Source: Design Arena',
  model_count: 1,
  task_type: null,
};
const arenaItem = {
  source: 'design-arena',
  model_permaslug: 'anthropic/claude-sonnet-4',
  display_name: 'Claude Sonnet 4',
  arena: 'models',
  category: 'codecategories',
  elo: 1423,
  win_rate: 72,
  avg_generation_time_ms: 3200,
  tournament_stats: { first_place: 12, second_place: 8, third_place: 5, fourth_place: 2, total: 27 },
  pricing: { prompt: '0.000003', completion: '0.000015' },
};
const tasksBody = {
  data: { window_days: 7, as_of: '2026-06-17', classifications: [], macro_categories: [], synthetic: true },
};

/** The message a call fails with. */
async function messageOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'resolved',
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
}

describe(fetchRankingsDaily, () => {
  it('asks rankings-daily for the window', async () => {
    const fake = fakeFetch(() => json(rankingsBody('2026-05-01', '2026-05-03')));
    const body = await fetchRankingsDaily(clientFor(fake), { start_date: '2026-05-01', end_date: '2026-05-03' });
    expect(fake.calls[0]?.url.toString()).toBe(
      `${BASE}/datasets/rankings-daily?start_date=2026-05-01&end_date=2026-05-03`,
    );
    expect(body.data).toHaveLength(9);
  });

  it('refuses an invalid query before sending anything', async () => {
    const fake = fakeFetch(() => json({}));
    const error = await fetchRankingsDaily(clientFor(fake), { start_date: '2026-02-30' }).catch((e: unknown) => e);
    expect(isSchemaError(error) && error.message).toMatch(/^rankings-daily query: start_date: /);
    expect(fake.calls).toHaveLength(0);
  });
});

describe(fetchAppRankings, () => {
  it('sends every documented parameter it is given, in order', async () => {
    const fake = fakeFetch(() => json({ data: [], meta: windowMeta }));
    await fetchAppRankings(clientFor(fake), {
      sort: 'trending',
      subcategory: 'cli-agent',
      start_date: '2026-04-12',
      end_date: '2026-05-11',
      limit: 100,
      offset: 0,
    });
    expect(fake.calls[0]?.url.search).toBe(
      '?sort=trending&subcategory=cli-agent&start_date=2026-04-12&end_date=2026-05-11&limit=100&offset=0',
    );
  });

  it('names the endpoint and the path of a mistyped field', async () => {
    const row = { rank: 1, app_id: 7, app_name: 'Cline', total_tokens: '10', total_requests: '4' };
    const message = await messageOf(
      fetchAppRankings(clientFor(fakeFetch(() => json({ data: [row], meta: windowMeta }))), {}),
    );
    expect(message).toMatch(/^app-rankings response: data\.0\.total_requests: /);
  });
});

describe(fetchBenchmarks, () => {
  it('parses design-arena items with their own shape', async () => {
    const fake = fakeFetch(() => json({ data: [arenaItem], meta: benchMeta }));
    const body = await fetchBenchmarks(clientFor(fake), { source: 'design-arena', arena: 'models', max_results: 100 });
    expect(body.data[0]?.elo).toBe(1423);
    expect(fake.calls[0]?.url.search).toBe('?source=design-arena&arena=models&max_results=100');
  });

  it('rejects a design-arena item when artificial-analysis was asked for', async () => {
    const fake = fakeFetch(() => json({ data: [arenaItem], meta: benchMeta }));
    const message = await messageOf(fetchBenchmarks(clientFor(fake), { source: 'artificial-analysis' }));
    expect(message).toMatch(/^benchmarks response: data\.0\.source: /);
  });

  it('names a missing meta field', async () => {
    const { citation: _dropped, ...meta } = benchMeta;
    const fake = fakeFetch(() => json({ data: [arenaItem], meta }));
    const message = await messageOf(fetchBenchmarks(clientFor(fake), { source: 'design-arena', arena: 'models' }));
    expect(message).toMatch(/^benchmarks response: meta\.citation: /);
  });
});

describe(fetchTaskClassifications, () => {
  it('asks for the 7-day window and keeps the additive synthetic marker in data', async () => {
    const fake = fakeFetch(() => json(tasksBody));
    const body = await fetchTaskClassifications(clientFor(fake), { window: '7d' });
    expect(fake.calls[0]?.url.toString()).toBe(`${BASE}/classifications/task?window=7d`);
    expect(body.data['synthetic']).toBe(true);
  });

  it('names the path of a missing nested field', async () => {
    const { as_of: _dropped, ...data } = tasksBody.data;
    const message = await messageOf(fetchTaskClassifications(clientFor(fakeFetch(() => json({ data }))), {}));
    expect(message).toMatch(/^task-classifications response: data\.as_of: /);
  });
});
