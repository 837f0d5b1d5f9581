import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppRankingsResponseSchema } from '../../../src/lib/api/app-rankings.ts';
import type {
  Manifest,
  RankingsPartition,
  RankingsViewDataset,
  RankingsViewPartition,
  SessionCostWindow,
  Snapshot,
} from '../../../src/lib/archive/format.ts';
import { sessionCostFile, viewPartitionFile } from '../../../src/lib/archive/paths.ts';
import { repairCommand } from '../../../src/lib/archive/read-file.ts';
import { writeSessionCostWindow } from '../../../src/lib/archive/session-cost.ts';
import {
  listSnapshotDates,
  readLatestSnapshot,
  readManifest,
  readModelCatalogue,
  readNewestViewWeeks,
  readOpenRouterBenchmarks,
  readRankings,
  readRankingsPartitions,
  readRankingsView,
  readRankingsViews,
  readSessionCostWindows,
  readSnapshot,
  readViewsCheckedThrough,
  snapshotBody,
} from '../../../src/lib/archive/read.ts';
import {
  writeManifest,
  writeRankingsPartitions,
  writeSnapshot,
  writeViewPartitions,
} from '../../../src/lib/archive/write.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-read-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const meta = (as_of: string) => ({ as_of, version: 'v1' as const, start_date: '2026-04-01', end_date: '2026-05-02' });
const partition = (month: string, dates: string[], as_of: string): RankingsPartition => ({
  dataset: 'rankings-daily',
  month,
  synthetic: true,
  meta: meta(as_of),
  data: dates.map((date) => ({ date, model_permaslug: 'm', total_tokens: '9007199254740993' })),
});
const appsBody = {
  data: [{ rank: 1, app_id: 1, app_name: '<b>Cline</b>', total_tokens: '12', total_requests: 3, icon: 'x' }],
  meta: meta('2026-05-02T00:00:00Z'),
};
const snapshot = (date: string): Snapshot => ({
  dataset: 'app-rankings',
  date,
  fetched_at: `${date}T03:00:00.000Z`,
  synthetic: false,
  responses: [{ key: 'popular/all', query: { sort: 'popular', limit: 100 }, body: appsBody }],
});
const manifest = (files: Record<string, string[]>): Manifest => ({
  format: 1,
  synthetic: true,
  datasets: Object.fromEntries(
    Object.entries(files).map(([dataset, list]) => [dataset, { fetched_at: 'f', as_of: 'a', files: list }]),
  ),
});

describe(readRankings, () => {
  it('returns null for an empty archive', () => {
    expect(readRankings(dir)).toBeNull();
  });

  it('joins the partitions the manifest lists, by month, with the newest meta and exact tokens', async () => {
    await writeRankingsPartitions(dir, [
      partition('2026-05', ['2026-05-01', '2026-05-02'], 'new'),
      partition('2026-04', ['2026-04-30'], 'old'),
    ]);
    await writeManifest(
      dir,
      manifest({ 'rankings-daily': ['rankings-daily/2026-05.json', 'rankings-daily/2026-04.json'] }),
    );
    const rankings = readRankings(dir);
    expect(rankings?.rows.map((r) => r.date)).toEqual(['2026-04-30', '2026-05-01', '2026-05-02']);
    expect(rankings?.meta.as_of).toBe('new');
    expect(rankings?.synthetic).toBe(true);
    expect(rankings?.rows[0]?.total_tokens).toBe('9007199254740993');
  });

  it('ignores a partition the manifest does not list yet', async () => {
    await writeRankingsPartitions(dir, [partition('2026-05', ['2026-05-01'], 'new')]);
    expect(readRankings(dir)).toBeNull();
  });
});

describe(readManifest, () => {
  it('throws one line naming the file when it is not valid JSON', () => {
    writeFileSync(join(dir, 'manifest.json'), '{"format": 1,');
    expect(() => readManifest(dir)).toThrow(/manifest\.json: is not valid JSON\. Restore it from git/);
  });

  it('throws one line naming the file and field when it does not match its format', () => {
    writeFileSync(join(dir, 'manifest.json'), '{"format": 1, "synthetic": "no", "datasets": {}}');
    expect(() => readManifest(dir)).toThrow(/manifest\.json: does not match its format: synthetic: /);
  });
});

describe(listSnapshotDates, () => {
  it('lists the dates of the snapshots in the manifest, ascending', async () => {
    await writeManifest(
      dir,
      manifest({ 'app-rankings': ['app-rankings/2026-05-02.json', 'app-rankings/2026-05-01.json'] }),
    );
    expect(listSnapshotDates(dir, 'app-rankings')).toEqual(['2026-05-01', '2026-05-02']);
    expect(listSnapshotDates(dir, 'benchmarks')).toEqual([]);
  });
});

describe(readLatestSnapshot, () => {
  it('reads the newest listed snapshot, or null when there is none', async () => {
    expect(readLatestSnapshot(dir, 'app-rankings')).toBeNull();
    await writeSnapshot(dir, snapshot('2026-05-01'));
    await writeSnapshot(dir, snapshot('2026-05-02'));
    await writeManifest(
      dir,
      manifest({ 'app-rankings': ['app-rankings/2026-05-01.json', 'app-rankings/2026-05-02.json'] }),
    );
    expect(readLatestSnapshot(dir, 'app-rankings')?.date).toBe('2026-05-02');
    expect(readSnapshot(dir, 'app-rankings', '2026-05-01')?.date).toBe('2026-05-01');
    expect(readSnapshot(dir, 'app-rankings', '2026-04-01')).toBeNull();
  });
});

describe(snapshotBody, () => {
  it('parses the stored body under a key, keeping additive fields, and gives null for a missing key', () => {
    const body = snapshotBody(snapshot('2026-05-01'), 'popular/all', AppRankingsResponseSchema);
    expect(body?.data[0]?.app_name).toBe('<b>Cline</b>');
    expect(body?.data[0]?.['icon']).toBe('x');
    expect(snapshotBody(snapshot('2026-05-01'), 'trending/all', AppRankingsResponseSchema)).toBeNull();
  });

  it('throws one line naming the snapshot, key and field when a stored body no longer parses', () => {
    const broken: Snapshot = {
      ...snapshot('2026-05-01'),
      responses: [{ key: 'popular/all', query: {}, body: { data: [{}], meta: {} } }],
    };
    expect(() => snapshotBody(broken, 'popular/all', AppRankingsResponseSchema)).toThrow(
      /^app-rankings\/2026-05-01 popular\/all: data\.0\.rank: /,
    );
  });
});

describe('a file on disk', () => {
  it('is read with the schema of its kind', () => {
    mkdirSync(join(dir, 'benchmarks'));
    writeFileSync(join(dir, 'benchmarks', '2026-05-01.json'), '{"dataset": "benchmarks"}');
    expect(() => readSnapshot(dir, 'benchmarks', '2026-05-01')).toThrow(
      /2026-05-01\.json: does not match its format: date: /,
    );
  });
});

/** A weekly partition of one view, rows dated on the given Mondays. */
const viewPartition = (
  dataset: RankingsViewDataset,
  view: string,
  month: string,
  mondays: string[],
  as_of = 'old',
): RankingsViewPartition => ({
  dataset,
  view,
  period: 'week',
  estimate: dataset === 'rankings-category',
  month,
  synthetic: true,
  meta: meta(as_of),
  data: mondays.map((date) => ({ date, model_permaslug: 'm', total_tokens: '12000' })),
});

/** Writes view partitions and a manifest that lists them. */
async function archiveViews(partitions: RankingsViewPartition[]): Promise<void> {
  await writeViewPartitions(dir, partitions);
  const files = partitions.map((p) => viewPartitionFile(p.dataset, p.view, p.month));
  const byDataset = Map.groupBy(files, (file) => file.slice(0, file.indexOf('/')));
  await writeManifest(dir, manifest(Object.fromEntries(byDataset)));
}

describe(readRankingsView, () => {
  it('joins one view’s months, with the newest meta, the estimate flag and the week period', async () => {
    await archiveViews([
      viewPartition('rankings-category', 'marketing/seo', '2026-05', ['2026-05-04', '2026-05-11'], 'new'),
      viewPartition('rankings-category', 'marketing/seo', '2026-04', ['2026-04-27']),
      viewPartition('rankings-category', 'marketing', '2026-05', ['2026-05-04']),
    ]);
    const view = readRankingsView(dir, 'rankings-category', 'marketing/seo');
    expect(view?.rows.map((r) => r.date)).toEqual(['2026-04-27', '2026-05-04', '2026-05-11']);
    expect(view).toMatchObject({ view: 'marketing/seo', estimate: true, synthetic: true, period: 'week' });
    expect(view?.meta.as_of).toBe('new');
    expect(readRankingsView(dir, 'rankings-category', 'legal')).toBeNull();
  });
});

describe(readRankingsViews, () => {
  it('reads every archived view of a dataset in display order', async () => {
    await archiveViews([
      viewPartition('rankings-modality', 'tool_calling', '2026-05', ['2026-05-04']),
      viewPartition('rankings-modality', 'image', '2026-05', ['2026-05-04']),
      viewPartition('rankings-context', '1M', '2026-05', ['2026-05-04']),
    ]);
    const views = readRankingsViews(dir, 'rankings-modality');
    expect(views.map((v) => v.view)).toEqual(['image', 'tool_calling']);
    expect(views.every((v) => !v.estimate)).toBe(true);
    expect(readRankingsViews(dir, 'rankings-language')).toEqual([]);
  });
});

describe(readNewestViewWeeks, () => {
  it('gives each view’s newest archived week, from its newest partition', async () => {
    await archiveViews([
      viewPartition('rankings-language', 'natural', '2026-04', ['2026-04-20', '2026-04-27']),
      viewPartition('rankings-language', 'natural', '2026-05', ['2026-05-04', '2026-05-11']),
      viewPartition('rankings-language', 'programming', '2026-04', ['2026-04-27']),
    ]);
    expect(readNewestViewWeeks(dir, 'rankings-language')).toEqual({ natural: '2026-05-11', programming: '2026-04-27' });
    expect(readNewestViewWeeks(dir, 'rankings-context')).toEqual({});
  });
});

/** Records in the manifest the days a dataset's views were fetched through, as a run does. */
async function recordChecked(dataset: RankingsViewDataset, checked_through: Record<string, string>): Promise<void> {
  const current = readManifest(dir);
  const entry = current?.datasets[dataset];
  if (!current || !entry) throw new Error(`expected a ${dataset} entry`);
  await writeManifest(dir, { ...current, datasets: { ...current.datasets, [dataset]: { ...entry, checked_through } } });
}

describe(readViewsCheckedThrough, () => {
  it('gives the day each view was last fetched through; nothing for an archive older than that', async () => {
    await archiveViews([viewPartition('rankings-modality', 'text', '2026-05', ['2026-05-04'])]);
    expect(readViewsCheckedThrough(dir, 'rankings-modality')).toEqual({});
    await recordChecked('rankings-modality', { text: '2026-05-11', audio: '2026-05-11' });
    expect(readViewsCheckedThrough(dir, 'rankings-modality')).toEqual({ text: '2026-05-11', audio: '2026-05-11' });
  });

  it('leaves a view checked without rows out of what pages read: it has no data yet', async () => {
    await archiveViews([viewPartition('rankings-modality', 'text', '2026-05', ['2026-05-04'])]);
    await recordChecked('rankings-modality', { text: '2026-05-11', audio: '2026-05-11' });
    expect(readRankingsView(dir, 'rankings-modality', 'audio')).toBeNull();
    expect(readRankingsViews(dir, 'rankings-modality').map((v) => v.view)).toEqual(['text']);
    expect(readNewestViewWeeks(dir, 'rankings-modality')).toEqual({ text: '2026-05-04' });
  });
});

describe(readOpenRouterBenchmarks, () => {
  it('gives one response per benchmark of the newest snapshot, or null without one', async () => {
    expect(readOpenRouterBenchmarks(dir)).toBeNull();
    const item = {
      source: 'openrouter',
      model_permaslug: 'openai/gpt-5',
      display_name: 'GPT-5',
      benchmark_type: 'tau_bench_verified_airline',
      accuracy: 0.62,
      accuracy_stddev: 0.021,
      avg_cost_per_task: null,
      total_tasks: 150,
      last_run_timestamp: '2026-05-04T04:00:00.000Z',
    };
    const body = {
      data: [item],
      meta: {
        ...meta('2026-05-11T03:00:00Z'),
        source: 'openrouter',
        source_url: null,
        citation: 'c',
        model_count: 1,
        task_type: null,
      },
    };
    await writeSnapshot(dir, {
      dataset: 'benchmarks-openrouter',
      date: '2026-05-11',
      fetched_at: 'f',
      synthetic: true,
      responses: [{ key: 'openrouter/tau_bench_verified_airline', query: { source: 'openrouter' }, body }],
    });
    await writeManifest(dir, manifest({ 'benchmarks-openrouter': ['benchmarks-openrouter/2026-05-11.json'] }));
    const archive = readOpenRouterBenchmarks(dir);
    expect(archive?.date).toBe('2026-05-11');
    expect(archive?.benchmarks.map((b) => b.benchmarkType)).toEqual(['tau_bench_verified_airline']);
    expect(archive?.benchmarks[0]?.response.data[0]?.accuracy_stddev).toBe(0.021);
  });
});

describe('a file the manifest lists but that is missing or damaged', () => {
  /** The one-line error a read throws. */
  function errorOf(read: () => unknown): string {
    try {
      read();
    } catch (error) {
      if (error instanceof Error) return error.message;
    }
    throw new Error('expected the read to throw');
  }

  const seo = viewPartitionFile('rankings-category', 'marketing/seo', '2026-05');

  it.each([
    ['readRankings', () => readRankings(dir), 'rankings-daily/2026-04.json'],
    ['readRankingsView', () => readRankingsView(dir, 'rankings-category', 'marketing/seo'), seo],
    ['readRankingsViews', () => readRankingsViews(dir, 'rankings-category'), seo],
    ['readLatestSnapshot', () => readLatestSnapshot(dir, 'app-rankings'), 'app-rankings/2026-05-11.json'],
    ['readOpenRouterBenchmarks', () => readOpenRouterBenchmarks(dir), 'benchmarks-openrouter/2026-05-11.json'],
  ])('%s fails with one line naming the missing file and the repair command', async (_, read, missing) => {
    await writeRankingsPartitions(dir, [partition('2026-05', ['2026-05-01'], 'new')]);
    await writeManifest(dir, {
      ...manifest({
        'rankings-daily': ['rankings-daily/2026-04.json', 'rankings-daily/2026-05.json'],
        'rankings-category': [seo],
        'app-rankings': ['app-rankings/2026-05-11.json'],
        'benchmarks-openrouter': ['benchmarks-openrouter/2026-05-11.json'],
      }),
    });
    expect(errorOf(read)).toBe(
      `${join(dir, ...missing.split('/'))}: is listed in manifest.json but missing. ` +
        `Run npm run fetch -- --repair --data-dir ${dir} to fetch it again, or restore it from git.`,
    );
  });

  it('fails with one line naming a listed file that is not valid JSON', async () => {
    mkdirSync(join(dir, 'rankings-daily'));
    writeFileSync(join(dir, 'rankings-daily', '2026-05.json'), '{"dataset": "rankings-daily",');
    await writeManifest(dir, manifest({ 'rankings-daily': ['rankings-daily/2026-05.json'] }));
    expect(errorOf(() => readRankings(dir))).toMatch(
      /2026-05\.json: is not valid JSON\. Run npm run fetch -- --repair --data-dir .* to fetch it again/,
    );
  });

  it('says "npm run fetch -- --repair" alone for the default data directory', () => {
    expect(repairCommand('data')).toBe('npm run fetch -- --repair');
    expect(repairCommand('demo-data')).toBe('npm run fetch -- --repair --data-dir demo-data');
  });

  it('counts as absent for the fetch, which reads with skipDamaged', async () => {
    await writeRankingsPartitions(dir, [partition('2026-05', ['2026-05-01'], 'new')]);
    await writeManifest(
      dir,
      manifest({ 'rankings-daily': ['rankings-daily/2026-04.json', 'rankings-daily/2026-05.json'] }),
    );
    expect(readRankingsPartitions(dir, { skipDamaged: true }).map((p) => p.month)).toEqual(['2026-05']);
  });
});

/** A catalogue model as the API lists it, with an additive field the archive must keep. */
const catalogueModel = (id: string) => ({
  id,
  canonical_slug: `${id}-20250101`,
  name: `Fake: ${id}`,
  created: 1_735_689_600,
  context_length: null,
  architecture: { input_modalities: ['text'], output_modalities: ['text'], modality: 'text->text' },
  pricing: { prompt: '-1', completion: '-1', request: '0' },
  top_provider: { is_moderated: true },
  links: { details: 'x' },
  hugging_face_id: null,
});
const modelsPage = (ids: string[], total: number) => ({
  data: ids.map(catalogueModel),
  links: { next: null },
  total_count: total,
});

describe(readModelCatalogue, () => {
  it('returns null without a models snapshot', () => {
    expect(readModelCatalogue(dir)).toBeNull();
  });

  it('joins the pages of the newest snapshot in offset order, an id seen twice kept once', async () => {
    const pages = (date: string, ids: string[][]) =>
      writeSnapshot(dir, {
        dataset: 'models',
        date,
        fetched_at: 'f',
        synthetic: false,
        responses: ids.map((page, i) => ({
          key: `offset/${i * 2}`,
          query: { offset: i * 2 },
          body: modelsPage(page, 4),
        })),
      });
    await pages('2026-05-10', [['old/a']]);
    await pages('2026-05-11', [
      ['a/x', 'a/y'],
      ['a/y', 'a/z'],
    ]);
    await writeManifest(dir, manifest({ models: ['models/2026-05-10.json', 'models/2026-05-11.json'] }));
    const catalogue = readModelCatalogue(dir);
    expect(catalogue?.date).toBe('2026-05-11');
    expect(catalogue?.totalCount).toBe(4);
    expect(catalogue?.models.map((m) => m.id)).toEqual(['a/x', 'a/y', 'a/z']);
    expect(catalogue?.models[0]?.['hugging_face_id']).toBeNull();
  });
});

describe(readSessionCostWindows, () => {
  const window = (end: string, usd: number): SessionCostWindow => ({
    dataset: 'session-cost',
    window_end_date: end,
    window_days: 7,
    fetched_at: 'f',
    synthetic: true,
    meta: { as_of: `${end}T06:00:00Z`, version: 'v1', window_days: 7, window_end_date: end },
    data: [
      {
        app_name: '<i>Cline</i>',
        app_slug: 'cline',
        model_permaslug: 'openai/gpt-4o',
        turn_range: '1-turn',
        median_session_cost_usd: usd,
      },
    ],
  });

  it('gives the windows the manifest lists, newest first, cells verbatim', async () => {
    await writeSessionCostWindow(dir, window('2026-05-03', 0.25));
    await writeSessionCostWindow(dir, window('2026-05-10', 0.5));
    await writeSessionCostWindow(dir, window('2026-05-17', 9)); // written by a run that never reached its manifest
    await writeManifest(
      dir,
      manifest({ 'session-cost': [sessionCostFile('2026-05-03'), sessionCostFile('2026-05-10')] }),
    );
    const windows = readSessionCostWindows(dir);
    expect(windows.map((w) => w.window_end_date)).toEqual(['2026-05-10', '2026-05-03']);
    expect(windows[0]?.data[0]).toMatchObject({ app_name: '<i>Cline</i>', median_session_cost_usd: 0.5 });
  });

  it('gives none for an archive without session cost', () => {
    expect(readSessionCostWindows(dir)).toEqual([]);
  });
});
