import { describe, expect, it } from 'vitest';
import { fetchAppRankings } from '../../../src/lib/api/app-rankings.ts';
import { fetchBenchmarks } from '../../../src/lib/api/benchmarks.ts';
import { createClient } from '../../../src/lib/api/client.ts';
import { isNewerParameterError } from '../../../src/lib/api/errors.ts';
import { createPacer } from '../../../src/lib/api/pacing.ts';
import { isSchemaError } from '../../../src/lib/api/parse.ts';
import { fetchRankingsDaily } from '../../../src/lib/api/rankings-daily.ts';
import { fetchTaskClassifications } from '../../../src/lib/api/task-classifications.ts';
import { apiError, type FakeFetch, fakeFetch, fakeTime, json, rankingsBody } from '../../fakes/fetch.ts';

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

/** A weekly rankings body: one row per Monday given. */
const weeklyBody = (mondays: readonly string[]) => ({
  data: mondays.map((date) => ({ date, model_permaslug: 'openai/gpt-4o', total_tokens: '7000' })),
  meta: windowMeta,
});
const orItem = {
  source: 'openrouter',
  model_permaslug: 'openai/gpt-5-2025-08-07',
  display_name: 'GPT-5',
  benchmark_type: 'gpqa_diamond',
  accuracy: 0.8131,
  accuracy_stddev: null,
  avg_cost_per_task: 0.0123,
  total_tasks: 198,
  last_run_timestamp: '2026-05-04T04:00:00.000Z',
};
const aaItem = {
  source: 'artificial-analysis',
  model_permaslug: 'openai/gpt-4o',
  display_name: 'GPT-4o',
  intelligence_index: 71.2,
  coding_index: null,
  agentic_index: 58.3,
  pricing: null,
};
const allMeta = { ...benchMeta, source: null, source_url: null, citation: null, model_count: 3 };

describe('fetchRankingsDaily with the newer parameters', () => {
  it('sends period and the view after the window', async () => {
    const fake = fakeFetch(() => json(weeklyBody(['2026-05-04', '2026-05-11'])));
    const query = { start_date: '2026-05-04', end_date: '2026-05-11', period: 'week', context_bucket: '100K' } as const;
    const body = await fetchRankingsDaily(clientFor(fake), query);
    expect(fake.calls[0]?.url.search).toBe(
      '?start_date=2026-05-04&end_date=2026-05-11&period=week&context_bucket=100K',
    );
    expect(body.data).toHaveLength(2);
  });

  it.each([
    [{ category: 'legal', modality: 'text' }, /^rankings-daily query: \(root\): category cannot be combined with/],
    [{ language_type: 'natural', period: 'day' }, /^rankings-daily query: \(root\): period=day is not available/],
    [{ category: 'coding' }, /^rankings-daily query: category: /],
  ] as const)('refuses %o before sending anything', async (query, message) => {
    const fake = fakeFetch(() => json({}));
    const error = await fetchRankingsDaily(clientFor(fake), query as never).catch((e: unknown) => e);
    expect(isSchemaError(error) && error.message).toMatch(message);
    expect(fake.calls).toHaveLength(0);
  });

  it('turns a 400 to a newer parameter into one line naming the view', async () => {
    const fake = fakeFetch(() => apiError(400, 'unknown parameter category'));
    const error = await fetchRankingsDaily(clientFor(fake), { period: 'week', category: 'programming' }).catch(
      (e: unknown) => e,
    );
    expect(isNewerParameterError(error)).toBe(true);
    expect(error instanceof Error && error.message).toBe(
      `rankings-daily (category=programming): HTTP 400 from ${BASE}: "unknown parameter category". ` +
        'This server may not support the newer rankings views; the other datasets are unaffected.',
    );
    expect(fake.calls).toHaveLength(1);
  });

  it('refuses daily rows to a weekly query: the server ignored period', async () => {
    const fake = fakeFetch(() => json(rankingsBody('2026-05-04', '2026-05-05')));
    const message = await messageOf(fetchRankingsDaily(clientFor(fake), { language_type: 'natural' }));
    expect(message).toMatch(
      /^rankings-daily \(language_type=natural\): .+ a row dated 2026-05-05, which starts no week/,
    );
  });

  it('keeps the plain line for a 400 without newer parameters, and for other statuses', async () => {
    const plain = await messageOf(fetchRankingsDaily(clientFor(fakeFetch(() => apiError(400, 'bad'))), {}));
    expect(plain).toMatch(/^rankings-daily: HTTP 400 from .+: "bad" \(query empty\)\./);
    const failing = fakeFetch(() => apiError(401, 'no key'));
    const unauthorised = await messageOf(fetchRankingsDaily(clientFor(failing), { modality: 'audio' }));
    expect(unauthorised).toMatch(/^rankings-daily: HTTP 401 from /);
  });
});

describe('fetchBenchmarks with the newer sources', () => {
  it('parses openrouter items with their own shape', async () => {
    const fake = fakeFetch(() => json({ data: [orItem], meta: { ...benchMeta, source: 'openrouter' } }));
    const query = { source: 'openrouter', benchmark_type: 'gpqa_diamond', max_results: 100 } as const;
    const body = await fetchBenchmarks(clientFor(fake), query);
    expect(body.data[0]?.accuracy).toBe(0.8131);
    expect(fake.calls[0]?.url.search).toBe('?source=openrouter&benchmark_type=gpqa_diamond&max_results=100');
  });

  it('without a source, parses each item by its own source, with null attribution in meta', async () => {
    const fake = fakeFetch(() => json({ data: [aaItem, arenaItem, orItem], meta: allMeta }));
    const body = await fetchBenchmarks(clientFor(fake), {});
    expect(body.data.map((item) => item.source)).toEqual(['artificial-analysis', 'design-arena', 'openrouter']);
    expect(body.meta.citation).toBeNull();
    expect(fake.calls[0]?.url.search).toBe('');
  });

  it('names the item and field that does not match its source', async () => {
    const fake = fakeFetch(() => json({ data: [{ ...orItem, accuracy: 81.3 }], meta: allMeta }));
    expect(await messageOf(fetchBenchmarks(clientFor(fake), {}))).toMatch(/^benchmarks response: data\.0\.accuracy: /);
  });

  it.each([
    [{ source: 'openrouter' }, 'source=openrouter'],
    [{}, 'all sources'],
    [{ source: 'artificial-analysis', benchmark_type: 'gpqa_diamond' }, 'benchmark_type=gpqa_diamond'],
  ] as const)('turns a 400 to %o into one line naming %s', async (query, view) => {
    const fake = fakeFetch(() => apiError(400, 'source is required'));
    expect(await messageOf(fetchBenchmarks(clientFor(fake), query))).toBe(
      `benchmarks (${view}): HTTP 400 from ${BASE}: "source is required". ` +
        'This server may not support the newer benchmark sources; the other datasets are unaffected.',
    );
  });
});
