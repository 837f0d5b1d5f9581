import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MODALITIES } from '../../../src/lib/api/rankings-views.ts';
import { DATASETS } from '../../../src/lib/archive/format.ts';
import { readBudget } from '../../../src/lib/archive/budget.ts';
import {
  listSnapshotDates,
  readLatestSnapshot,
  readManifest,
  readModelCatalogue,
  readOpenRouterBenchmarks,
  readRankings,
  readRankingsView,
  readRankingsViews,
  readSessionCostWindows,
} from '../../../src/lib/archive/read.ts';
import { type FetchOptions, runFetch } from '../../../src/lib/fetch/run.ts';
import { exitCodeOf } from '../../../src/lib/fetch/errors.ts';
import { apiError, type FakeFetch, fakeTime, json, rankingsBody } from '../../fakes/fetch.ts';
import { archiveFiles } from '../../fakes/archive-files.ts';
import { fakeDataApi } from '../../fakes/data-api.ts';
import { failureOf, fetchOptions, KEY, runIn } from '../../fakes/run-harness.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-run-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The archive's data files and their bytes (budget.json is the one file a failed run may change). */
const archiveBytes = () => archiveFiles(dir, { withBudget: false });

const options = (overrides: Partial<FetchOptions> = {}) => fetchOptions(dir, overrides);
const run = (api: FakeFetch, overrides: Partial<FetchOptions> = {}) => runIn(dir, api, overrides);
const runFailing = (api: FakeFetch, overrides: Partial<FetchOptions> = {}) => failureOf(run(api, overrides));

describe(runFetch, () => {
  it('fills an empty archive: monthly rankings partitions, dated snapshots, manifest and budget', async () => {
    const api = fakeDataApi();
    const { result, lines } = await run(api);
    expect(api.calls).toHaveLength(result.plan.length);
    expect(api.calls[0]?.url.search).toBe('?start_date=2025-01-01&end_date=2026-01-01');
    expect(api.calls[1]?.url.search).toBe('?start_date=2026-01-02&end_date=2026-05-11');
    const manifest = readManifest(dir);
    expect(manifest?.synthetic).toBe(false);
    expect(manifest?.datasets['rankings-daily']?.files).toHaveLength(17); // 2025-01 … 2026-05
    for (const dataset of ['app-rankings', 'benchmarks', 'task-classifications'] as const) {
      expect(listSnapshotDates(dir, dataset)).toEqual(['2026-05-11']);
    }
    const rows = readRankings(dir)?.rows ?? [];
    expect(rows[0]?.date).toBe('2025-01-01');
    expect(rows.at(-1)).toEqual({ date: '2026-05-11', model_permaslug: 'other', total_tokens: '500' });
    expect(readBudget(dir)?.days['2026-05-11']).toBe(result.plan.length);
    expect(lines[0]).toMatch(/^\[1\/50\] rankings-daily start_date=2025-01-01&end_date=2026-01-01 … ETA \d\d:\d\d$/);
  });

  it('writes each file with sorted keys, two-space indent and a trailing newline', async () => {
    await run(fakeDataApi());
    const text = readFileSync(join(dir, 'task-classifications', '2026-05-11.json'), 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      'dataset',
      'date',
      'fetched_at',
      'responses',
      'synthetic',
    ]);
  });

  it('on a later day re-fetches only from 3 days before the newest archived date, replacing those dates', async () => {
    await run(fakeDataApi());
    const api = fakeDataApi({ firstTokens: '777' });
    await run(api, { today: '2026-05-13', datasets: ['rankings-daily'] });
    expect(api.calls.map((c) => c.url.search)).toEqual(['?start_date=2026-05-08&end_date=2026-05-13']);
    const rows = readRankings(dir)?.rows ?? [];
    expect(rows.filter((r) => r.date === '2026-05-08')[0]?.total_tokens).toBe('777');
    expect(rows.filter((r) => r.date === '2026-05-07')).toHaveLength(3);
    expect(rows.at(-1)?.date).toBe('2026-05-13');
  });

  it('keeps a token count above 2^53 byte-exact in the partition file', async () => {
    await run(fakeDataApi({ hugeTokens: true }), { datasets: ['rankings-daily'] });
    expect(readFileSync(join(dir, 'rankings-daily', '2026-05.json'), 'utf8')).toContain(
      '"total_tokens": "9007199254740993"',
    );
    const tokens = (readRankings(dir)?.rows ?? [])
      .filter((r) => r.date === '2026-05-11')
      .map((r) => BigInt(r.total_tokens));
    expect(tokens.reduce((a, b) => a + b, 0n)).toBe(9007199254740993n + 2500n);
  });

  it("replaces the same day's snapshot on a re-run", async () => {
    await run(fakeDataApi(), { datasets: ['benchmarks'] });
    await run(fakeDataApi(), { datasets: ['benchmarks'] });
    expect(readdirSync(join(dir, 'benchmarks'))).toEqual(['2026-05-11.json']);
  });

  it('leaves every data file byte-identical and no temp file when a dataset fails', async () => {
    await run(fakeDataApi());
    const before = archiveBytes();
    const api = fakeDataApi({ fault: { path: '/datasets/rankings-daily', answer: () => apiError(500, 'boom') } });
    const error = await runFailing(api, { today: '2026-05-12' });
    expect(error.message).toBe(
      'rankings-daily: HTTP 500 from http://127.0.0.1:8787/api/v1. The Data API is failing; re-run later.',
    );
    expect(archiveBytes()).toEqual(before);
    expect(readBudget(dir)?.days).toEqual({ '2026-05-11': 50, '2026-05-12': 4 });
  });

  it('validates every response of a dataset before writing any of it', async () => {
    const lastIsBroken = (url: URL) =>
      url.searchParams.get('arena') === 'agents' ? new Response('{"data": [') : undefined;
    const api = fakeDataApi({ fault: { path: '/benchmarks', answer: lastIsBroken } });
    const error = await runFailing(api, { datasets: ['benchmarks'] });
    expect(api.calls).toHaveLength(7);
    expect(error.message).toMatch(/^benchmarks: malformed JSON from /);
    expect(readdirSync(dir)).toEqual(['budget.json']);
  });

  it('keeps the datasets finished before a failure and writes nothing of the failed one or those after it', async () => {
    const api = fakeDataApi({
      fault: { path: '/benchmarks', answer: () => json({ data: [{ source: 'x' }], meta: {} }) },
    });
    const error = await runFailing(api);
    expect(error.message).toMatch(/^benchmarks response: data\.0\.source: /);
    expect(Object.keys(readManifest(dir)?.datasets ?? {}).sort()).toEqual(['app-rankings', 'rankings-daily']);
    expect(existsSync(join(dir, 'benchmarks'))).toBe(false);
    expect(existsSync(join(dir, 'task-classifications'))).toBe(false);
  });

  it("marks the archive synthetic from the responses' marker only", async () => {
    await run(fakeDataApi({ synthetic: true }), { baseUrl: 'https://openrouter.ai/api/v1' });
    expect(readManifest(dir)?.synthetic).toBe(true);
    expect(readRankings(dir)?.synthetic).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'app-rankings', '2026-05-11.json'), 'utf8'))).toMatchObject({
      synthetic: true,
    });
  });

  it.each([
    [true, false, /holds synthetic demo data, but .* answered real data/],
    [false, true, /holds real OpenRouter data, but .* answered synthetic demo data/],
  ])('refuses to mix: archive synthetic %s, response synthetic %s', async (archived, answered, message) => {
    await run(fakeDataApi({ synthetic: archived }));
    const before = archiveBytes();
    const error = await runFailing(fakeDataApi({ synthetic: answered }), { today: '2026-05-12' });
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/^rankings-daily: /);
    expect(archiveBytes()).toEqual(before);
  });

  it('fails before any request when there is no key, pointing to npm start', async () => {
    const api = fakeDataApi();
    const error = await runFailing(api, { apiKey: undefined });
    expect(error.message).toContain('OPENROUTER_API_KEY is not set');
    expect(error.message).toContain('npm start');
    expect(api.calls).toHaveLength(0);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('prints the plan and the budget on a dry run, without a key, a request or a write', async () => {
    const api = fakeDataApi();
    const { lines } = await run(api, { dryRun: true, apiKey: undefined });
    expect(api.calls).toHaveLength(0);
    expect(readdirSync(dir)).toEqual([]);
    expect(lines).toContain('  [2/50] rankings-daily start_date=2026-01-02&end_date=2026-05-11');
    expect(lines).toContain('  [50/50] task-classifications window=7d');
    expect(lines).toContain('Budget for 2026-05-11: 0 used, 450 of 450 remaining; 400 left after this run.');
    expect(lines.at(-1)).toBe('Wall time: at least 01:00 under pacing (30 requests per 60 s).');
  });

  it("refuses a plan larger than what is left of today's budget before any request", async () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'budget.json'), JSON.stringify({ day: '2026-05-11', requests_today: 440, recent: [] }));
    const api = fakeDataApi();
    const error = await runFailing(api);
    expect(error.message).toMatch(/^fetch: the plan needs 50 requests but only 10 of today's 450 remain/);
    expect(api.calls).toHaveLength(0);
  });

  it('never writes or logs the key', async () => {
    const lines: string[] = [];
    const api = fakeDataApi({ fault: { path: '/classifications/task', answer: () => apiError(503, `bad ${KEY}`) } });
    const time = fakeTime();
    await runFetch(options(), {
      fetch: api.fetch,
      clock: time.date,
      sleep: time.sleep,
      log: (l) => lines.push(l),
    }).catch((e: unknown) => lines.push(e instanceof Error ? e.message : ''));
    expect(lines.join('\n')).not.toContain(KEY);
    expect(JSON.stringify(archiveBytes())).not.toContain(KEY);
    expect(readFileSync(join(dir, 'budget.json'), 'utf8')).not.toContain(KEY);
  });

  it('applies retention after a successful run', async () => {
    mkdirSync(join(dir, 'benchmarks'), { recursive: true });
    const old = { dataset: 'benchmarks', date: '2026-03-02', fetched_at: 'f', synthetic: false, responses: [] };
    writeFileSync(join(dir, 'benchmarks', '2026-03-02.json'), JSON.stringify(old));
    writeFileSync(join(dir, 'benchmarks', '2026-03-03.json'), JSON.stringify({ ...old, date: '2026-03-03' }));
    const files = ['benchmarks/2026-03-02.json', 'benchmarks/2026-03-03.json'];
    const manifest = { format: 1, synthetic: false, datasets: { benchmarks: { fetched_at: 'f', as_of: 'a', files } } };
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    const { result } = await run(fakeDataApi(), { datasets: ['benchmarks'] });
    expect(result.removed).toEqual(['benchmarks/2026-03-02.json']);
    expect(listSnapshotDates(dir, 'benchmarks')).toEqual(['2026-03-03', '2026-05-11']);
    expect(existsSync(join(dir, 'benchmarks', '2026-03-02.json'))).toBe(false);
  });
});

describe('runFetch with the newer datasets (rankings views, OpenRouter benchmarks)', () => {
  it('fills an empty archive: weekly partitions per view and month, and the openrouter snapshot', async () => {
    const api = fakeDataApi();
    const { result } = await run(api, { datasets: [...DATASETS] });
    // classic 50; 24 views x 2 windows; 2 benchmarks; 1 catalogue page; 1 session-cost page
    expect(result.plan).toHaveLength(50 + 2 * (12 + 2 + 5 + 5) + 2 + 1 + 1);
    const first = api.calls.find((call) => call.url.searchParams.get('period') === 'week');
    expect(first?.url.search).toBe('?start_date=2025-01-01&end_date=2025-12-28&period=week&category=programming');
    expect(Object.keys(readManifest(dir)?.datasets ?? {}).sort()).toEqual([...DATASETS].sort());
    const seo = JSON.parse(readFileSync(join(dir, 'rankings-category', 'marketing-seo', '2026-05.json'), 'utf8'));
    expect(seo).toMatchObject({ dataset: 'rankings-category', view: 'marketing/seo', period: 'week', estimate: true });
    const view = readRankingsView(dir, 'rankings-context', '100K');
    expect(view?.estimate).toBe(false);
    expect(view?.rows[0]?.date).toBe('2024-12-30');
    expect(view?.rows.at(-1)?.date).toBe('2026-05-11');
    expect(readOpenRouterBenchmarks(dir)?.benchmarks.map((b) => b.benchmarkType)).toEqual([
      'gpqa_diamond',
      'tau_bench_verified_airline',
    ]);
  });

  it('on a later day re-fetches each view from the week before its newest archived week only', async () => {
    await run(fakeDataApi(), { datasets: ['rankings-modality'] });
    const before = readRankingsView(dir, 'rankings-modality', 'audio')?.rows ?? [];
    const api = fakeDataApi();
    await run(api, { today: '2026-05-13', datasets: ['rankings-modality'] });
    expect(api.calls.map((c) => c.url.search)).toEqual(
      ['text', 'image', 'image_output', 'audio', 'tool_calling'].map(
        (modality) => `?start_date=2026-05-04&end_date=2026-05-13&period=week&modality=${modality}`,
      ),
    );
    expect(readRankingsView(dir, 'rankings-modality', 'audio')?.rows).toEqual(before);
  });

  it('remembers a view that answered no rows as fetched, so the next day plans only its last weeks', async () => {
    const { result } = await run(fakeDataApi({ emptyViews: ['modality=audio'] }), { datasets: ['rankings-modality'] });
    expect(result.plan).toHaveLength(5 * 2);
    expect(existsSync(join(dir, 'rankings-modality', 'audio'))).toBe(false);
    expect(readRankingsView(dir, 'rankings-modality', 'audio')).toBeNull();
    const withRows = MODALITIES.filter((m) => m !== 'audio');
    expect(readRankingsViews(dir, 'rankings-modality').map((v) => v.view)).toEqual(withRows);
    const checked = Object.fromEntries(MODALITIES.map((modality) => [modality, '2026-05-11']));
    expect(readManifest(dir)?.datasets['rankings-modality']?.checked_through).toEqual(checked);

    const trailing = MODALITIES.map((m) => `?start_date=2026-05-04&end_date=2026-05-13&period=week&modality=${m}`);
    const dry = await run(fakeDataApi(), { today: '2026-05-13', datasets: ['rankings-modality'], dryRun: true });
    expect(dry.lines).toContain('Requests planned: 5 (rankings-modality 5).');
    const api = fakeDataApi({ emptyViews: ['modality=audio'] });
    await run(api, { today: '2026-05-13', datasets: ['rankings-modality'] });
    expect(api.calls.map((c) => c.url.search)).toEqual(trailing);
    expect(readManifest(dir)?.datasets['rankings-modality']?.checked_through?.['audio']).toBe('2026-05-13');
  });

  it('leaves the days views were fetched through as they were when a view dataset fails', async () => {
    await run(fakeDataApi({ emptyViews: ['modality=audio'] }), { datasets: ['rankings-modality'] });
    const before = archiveBytes();
    const last = (url: URL) =>
      url.searchParams.get('modality') === 'tool_calling' ? apiError(500, 'boom') : undefined;
    const fault = { path: '/datasets/rankings-daily', answer: last };
    const api = fakeDataApi({ emptyViews: ['modality=audio'], fault });
    await runFailing(api, { today: '2026-05-13', datasets: ['rankings-modality'] });
    expect(archiveBytes()).toEqual(before);
  });

  it('plans from the rows of an archive made before checked days were recorded, then records them', async () => {
    await run(fakeDataApi(), { datasets: ['rankings-context'] });
    const manifest = readManifest(dir);
    const entry = manifest?.datasets['rankings-context'];
    if (!manifest || !entry) throw new Error('expected a rankings-context entry');
    const older = { ...entry };
    delete older.checked_through;
    const olderManifest = { ...manifest, datasets: { ...manifest.datasets, 'rankings-context': older } };
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(olderManifest));
    const api = fakeDataApi();
    await run(api, { today: '2026-05-13', datasets: ['rankings-context'] });
    expect(api.calls).toHaveLength(5);
    expect(api.calls.every((c) => c.url.searchParams.get('start_date') === '2026-05-04')).toBe(true);
    expect(readManifest(dir)?.datasets['rankings-context']?.checked_through?.['10M']).toBe('2026-05-13');
  });

  it('goes on past a dataset refused for a newer parameter, then fails with one line naming it', async () => {
    const refuse = (url: URL) =>
      url.searchParams.has('category') ? apiError(400, 'unknown parameter category') : undefined;
    const error = await runFailing(fakeDataApi({ fault: { path: '/datasets/rankings-daily', answer: refuse } }), {
      datasets: [...DATASETS],
    });
    expect(error.message).toBe(
      'rankings-daily (category=programming): HTTP 400 from http://127.0.0.1:8787/api/v1: "unknown parameter category". ' +
        'This server may not support the newer rankings views; the other datasets are unaffected.',
    );
    expect(exitCodeOf(error)).toBe(1);
    const written = Object.keys(readManifest(dir)?.datasets ?? {});
    expect(written.sort()).toEqual(DATASETS.filter((d) => d !== 'rankings-category').sort());
    expect(existsSync(join(dir, 'rankings-category'))).toBe(false);
  });

  it('names every refused dataset, and refuses rows that ignored period=week', async () => {
    const daily = (url: URL) =>
      url.searchParams.get('period') === 'week' ? json(rankingsBody('2026-05-04', '2026-05-06')) : undefined;
    const error = await runFailing(fakeDataApi({ fault: { path: '/datasets/rankings-daily', answer: daily } }), {
      datasets: ['rankings-daily', 'rankings-language', 'rankings-context'],
    });
    expect(error.message).toMatch(
      /^rankings-daily \(language_type=natural\): http:\/\/127\.0\.0\.1:8787\/api\/v1 answered a row dated 2026-05-05, which starts no week: it ignored period\. This server may not support the newer rankings views; the other datasets are unaffected\. Also not fetched, for the same reason: rankings-context\.$/,
    );
    expect(Object.keys(readManifest(dir)?.datasets ?? {})).toEqual(['rankings-daily']);
  });

  it('stops at any other failure of a newer dataset, as for every dataset', async () => {
    const api = fakeDataApi({ fault: { path: '/benchmarks', answer: () => apiError(500, 'boom') } });
    const error = await runFailing(api, { datasets: ['benchmarks-openrouter', 'rankings-context'] });
    expect(error.message).toMatch(/^benchmarks: HTTP 500 /);
    expect(readManifest(dir)?.datasets['benchmarks-openrouter']).toBeUndefined();
  });
});

describe('runFetch with the model catalogue and session cost', () => {
  it('reads every catalogue page the live total_count needs into one snapshot, and plans that many next time', async () => {
    const api = fakeDataApi({ models: 1203 });
    const { lines } = await run(api, { datasets: ['models'] });
    expect(api.calls.map((c) => c.url.searchParams.get('offset'))).toEqual(['0', '500', '1000']);
    expect(lines.filter((l) => l.startsWith('['))).toEqual([
      expect.stringMatching(/^\[1\/1\] models offset=0&limit=500&output_modalities=all … ETA/),
      expect.stringMatching(/^\[2\/3\] models offset=500&/),
      expect.stringMatching(/^\[3\/3\] models offset=1000&/),
    ]);
    const catalogue = readModelCatalogue(dir);
    expect(catalogue).toMatchObject({ date: '2026-05-11', totalCount: 1203 });
    expect(catalogue?.models).toHaveLength(1203);
    expect(readLatestSnapshot(dir, 'models')?.responses.map((r) => r.key)).toEqual([
      'offset/0',
      'offset/500',
      'offset/1000',
    ]);
    const dry = await run(fakeDataApi(), { today: '2026-05-12', datasets: ['models'], dryRun: true });
    expect(dry.lines).toContain('Requests planned: 3 (models 3).');
  });

  it('writes nothing of the catalogue when a later page fails', async () => {
    await run(fakeDataApi({ models: 3 }), { datasets: ['models'] });
    const before = archiveBytes();
    const second = (url: URL) => (url.searchParams.get('offset') === '500' ? apiError(500, 'boom') : undefined);
    const error = await runFailing(fakeDataApi({ models: 700, fault: { path: '/models', answer: second } }), {
      today: '2026-05-12',
      datasets: ['models'],
    });
    expect(error.message).toMatch(/^models: HTTP 500 from /);
    expect(archiveBytes()).toEqual(before);
  });

  it('pages session cost until a short page into one file named by the window’s end', async () => {
    const api = fakeDataApi({ sessionCostCells: 1000 });
    await run(api, { datasets: ['session-cost'] });
    expect(api.calls.map((c) => c.url.search)).toEqual([
      '?limit=500&offset=0',
      '?limit=500&offset=500',
      '?limit=500&offset=1000',
    ]);
    const [window] = readSessionCostWindows(dir);
    expect(window).toMatchObject({ window_end_date: '2026-05-10', window_days: 7 });
    expect(window?.data).toHaveLength(1000);
    expect(readManifest(dir)?.datasets['session-cost']?.files).toEqual(['session-cost/2026-05-10.json']);
  });

  it('keeps a window’s file byte for byte on a night that sees the same window, and adds the next week', async () => {
    await run(fakeDataApi(), { datasets: ['session-cost'] });
    const file = join(dir, 'session-cost', '2026-05-10.json');
    const first = readFileSync(file, 'utf8');
    const again = await run(fakeDataApi(), { today: '2026-05-12', datasets: ['session-cost'] });
    expect(readFileSync(file, 'utf8')).toBe(first);
    // Only the manifest is rewritten (it records the night's fetched_at); the window's file is kept as it was.
    expect(again.result.written).toEqual(['manifest.json']);
    await run(fakeDataApi({ sessionCostWindow: '2026-05-17', sessionCostUsd: 0.7 }), {
      today: '2026-05-18',
      datasets: ['session-cost'],
    });
    expect(readFileSync(file, 'utf8')).toBe(first);
    expect(readSessionCostWindows(dir).map((w) => [w.window_end_date, w.data[0]?.median_session_cost_usd])).toEqual([
      ['2026-05-17', 0.7],
      ['2026-05-10', 0.5],
    ]);
  });

  it('writes nothing when no session-cost snapshot is published, and says so in its last line', async () => {
    const { result, lines } = await run(fakeDataApi({ sessionCostWindow: null }), { datasets: ['session-cost'] });
    expect(result.written).toEqual([]);
    expect(archiveBytes()).toEqual({});
    expect(lines.at(-1)).toMatch(
      /^Done: 1 requests planned and sent; 0 files written, .* session-cost: no snapshot published yet \(meta\.window_end_date is null\); nothing written\.$/,
    );
  });

  it('goes on past a server without /models, then fails with one line naming it', async () => {
    const missing = () => apiError(404, 'Not found: /api/v1/models');
    const error = await runFailing(fakeDataApi({ fault: { path: '/models', answer: missing } }), {
      datasets: ['task-classifications', 'models', 'session-cost'],
    });
    expect(error.message).toBe(
      'models (GET /models): HTTP 404 from http://127.0.0.1:8787/api/v1. This server may not support the newer ' +
        'model catalogue endpoint; the other datasets are unaffected.',
    );
    expect(Object.keys(readManifest(dir)?.datasets ?? {}).sort()).toEqual(['session-cost', 'task-classifications']);
    expect(existsSync(join(dir, 'models'))).toBe(false);
  });
});
