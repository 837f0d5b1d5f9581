/**
 * The newer datasets (rankings views, OpenRouter's benchmarks) fetched over HTTP from the local Data API: `npm run
 * fetch --only` with their names, the request counts `--dry-run` prints, a view the API has no rows for (the
 * `emptyViews` option), and a server that follows only the older spec (the `legacy` fault), which must fail those
 * datasets alone, with one line naming the view.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATASETS } from '../../src/lib/archive/format.ts';
import {
  listSnapshotDates,
  readManifest,
  readModelCatalogue,
  readRankingsView,
  readRankingsViews,
  readSessionCostWindows,
} from '../../src/lib/archive/read.ts';
import { runFetch } from '../../src/lib/fetch/run.ts';
import {
  archiveFiles,
  KEY,
  removeArchive,
  runFetchCli,
  sharedClock,
  tempArchive,
  TODAY,
  withMock,
} from '../fakes/contract-harness.ts';

let dir: string;
beforeEach(() => {
  dir = tempArchive();
});
afterEach(() => removeArchive(dir));

const withKey = { OPENROUTER_API_KEY: KEY };
const YESTERDAY = '2026-05-10';
const NEWER = [
  'rankings-category',
  'rankings-language',
  'rankings-modality',
  'rankings-context',
  'benchmarks-openrouter',
  'models',
  'session-cost',
] as const;

/** Fills `dir` with every dataset as a healthy run on `day` would (in-process, sleeps instant). */
async function fillArchive(day: string): Promise<void> {
  await withMock({ relaxed: true, now: () => new Date(`${day}T12:00:00Z`) }, async (mock) => {
    const clock = sharedClock();
    await runFetch(
      {
        baseUrl: mock.url,
        apiKey: KEY,
        dataDir: dir,
        datasets: [...DATASETS],
        dryRun: false,
        relaxedPacing: true,
        today: day,
      },
      { clock: clock.date, sleep: clock.sleep },
    );
  });
}

describe('npm run fetch with the newer datasets', () => {
  it('fetches each newer dataset by its --only name: view partitions, openrouter and models snapshots, a cost window', () =>
    withMock({ relaxed: true }, async (mock) => {
      const run = await runFetchCli(
        [
          ...['--base-url', mock.url, '--data-dir', dir, '--relaxed-pacing', '--today', TODAY],
          ...['--only', 'categories,languages,modalities,context,openrouter,models,session-cost'],
        ],
        withKey,
      );
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(
        /^\[1\/52\] rankings-category start_date=2025-01-01&end_date=2025-12-28&period=week&category=programming … ETA/m,
      );
      expect(Object.keys(readManifest(dir)?.datasets ?? {}).sort()).toEqual([...NEWER].sort());
      expect(existsSync(join(dir, 'rankings-category', 'marketing-seo', '2026-05.json'))).toBe(true);
      const programming = readRankingsView(dir, 'rankings-category', 'programming');
      expect(programming).toMatchObject({ estimate: true, synthetic: true, period: 'week' });
      expect(programming?.rows.at(-1)?.date).toBe(TODAY); // a Monday: the week in progress
      expect(readRankingsViews(dir, 'rankings-modality').map((v) => v.view)).toEqual([
        'text',
        'image',
        'image_output',
        'audio',
        'tool_calling',
      ]);
      expect(listSnapshotDates(dir, 'benchmarks-openrouter')).toEqual([TODAY]);
      expect(listSnapshotDates(dir, 'models')).toEqual([TODAY]);
      expect(readModelCatalogue(dir)?.models.length).toBe(readModelCatalogue(dir)?.totalCount);
      expect(readSessionCostWindows(dir).map((w) => w.window_end_date)).toEqual([YESTERDAY]);
    }));

  it('prints 102 requests for a fresh archive and 78 for a nightly update in --dry-run; full names work', async () => {
    const fresh = await runFetchCli(['--data-dir', dir, '--dry-run', '--today', TODAY]);
    expect(fresh.stdout).toContain(
      'Requests planned: 102 (rankings-daily 2, app-rankings 40, benchmarks 7, task-classifications 1, ' +
        'rankings-category 24, rankings-language 4, rankings-modality 10, rankings-context 10, benchmarks-openrouter 2, ' +
        'models 1, session-cost 1).',
    );
    await fillArchive(YESTERDAY);
    const nightly = await runFetchCli(['--data-dir', dir, '--dry-run', '--today', TODAY]);
    expect(nightly.stdout).toContain(
      'Requests planned: 78 (rankings-daily 1, app-rankings 40, benchmarks 7, task-classifications 1, ' +
        'rankings-category 12, rankings-language 2, rankings-modality 5, rankings-context 5, benchmarks-openrouter 2, ' +
        'models 1, session-cost 2).',
    );
    expect(nightly.stdout).toContain(
      '  [50/78] rankings-category start_date=2026-04-27&end_date=2026-05-11&period=week&category=programming',
    );
    const only = ['--only', 'rankings-context,benchmarks-openrouter'];
    const named = await runFetchCli(['--data-dir', dir, '--dry-run', '--today', TODAY, ...only]);
    expect(named.stdout).toContain('Requests planned: 7 (rankings-context 5, benchmarks-openrouter 2).');
  });
});

describe('npm run fetch with a view the API has no rows for', () => {
  it('remembers it as fetched through its window, so the next nightly plans only its trailing weeks', async () => {
    const emptyViews = ['modality=audio'];
    const fetchModalities = (url: string, day: string) =>
      runFetchCli(
        ['--base-url', url, '--data-dir', dir, '--relaxed-pacing', '--today', day, '--only', 'modalities'],
        withKey,
      );
    const noon = new Date(`${YESTERDAY}T12:00:00Z`);
    const first = await withMock({ relaxed: true, emptyViews, now: () => noon }, (mock) =>
      fetchModalities(mock.url, YESTERDAY),
    );
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain('Done: 10 requests planned and sent;');
    expect(existsSync(join(dir, 'rankings-modality', 'audio'))).toBe(false);
    expect(readRankingsView(dir, 'rankings-modality', 'audio')).toBeNull();
    expect(readManifest(dir)?.datasets['rankings-modality']?.checked_through?.['audio']).toBe(YESTERDAY);

    const dry = await runFetchCli(['--data-dir', dir, '--dry-run', '--today', TODAY, '--only', 'modalities']);
    expect(dry.stdout).toContain('Requests planned: 5 (rankings-modality 5).');
    expect(dry.stdout).toContain(
      '  [4/5] rankings-modality start_date=2026-04-27&end_date=2026-05-11&period=week&modality=audio',
    );
    expect(dry.stdout).not.toContain('start_date=2025-01-01');

    const nightly = await withMock({ relaxed: true, emptyViews }, async (mock) => ({
      run: await fetchModalities(mock.url, TODAY),
      requests: mock.requestCount(),
    }));
    expect(nightly.run.code).toBe(0);
    expect(nightly.requests).toBe(5);
    expect(readManifest(dir)?.datasets['rankings-modality']?.checked_through?.['audio']).toBe(TODAY);
    expect(readRankingsViews(dir, 'rankings-modality').map((v) => v.view)).toEqual([
      'text',
      'image',
      'image_output',
      'tool_calling',
    ]);
  });
});

describe('npm run fetch against a server that follows only the older spec (legacy)', () => {
  it('refreshes the older datasets and fails only the newer ones, with one line naming the view', async () => {
    await fillArchive(YESTERDAY);
    const before = archiveFiles(dir, { withBudget: false });
    const manifestBefore = readManifest(dir);
    const run = await withMock({ relaxed: true, faults: ['legacy'] }, (mock) =>
      runFetchCli(['--base-url', mock.url, '--data-dir', dir, '--relaxed-pacing', '--today', TODAY], withKey).then(
        (result) => ({ result, url: mock.url }),
      ),
    );
    expect(run.result.code).toBe(1);
    expect(run.result.stderr).toBe(
      `rankings-daily (category=programming): HTTP 400 from ${run.url}: "unknown parameter period: rankings-daily ` +
        'takes start_date and end_date only". This server may not support the newer rankings views; the other ' +
        'datasets are unaffected. Also not fetched, for the same reason: rankings-language, rankings-modality, ' +
        'rankings-context, benchmarks-openrouter, models, session-cost.\n',
    );
    const after = archiveFiles(dir, { withBudget: false });
    const manifest = readManifest(dir);
    for (const dataset of NEWER) {
      const files = Object.keys({ ...before, ...after }).filter((file) => file.startsWith(`${dataset}/`));
      expect(files.length, dataset).toBeGreaterThan(0);
      for (const file of files) expect(after[file], file).toBe(before[file]);
      expect(manifest?.datasets[dataset]).toEqual(manifestBefore?.datasets[dataset]);
    }
    for (const dataset of ['app-rankings', 'benchmarks', 'task-classifications'] as const) {
      expect(listSnapshotDates(dir, dataset)).toEqual([YESTERDAY, TODAY]);
    }
    const refreshed = manifest?.datasets['rankings-daily']?.fetched_at;
    expect(refreshed).not.toBe(manifestBefore?.datasets['rankings-daily']?.fetched_at);
  });

  it('fails the openrouter benchmarks alone when only benchmarks is legacy', () =>
    withMock({ relaxed: true, faults: ['legacy@benchmarks'] }, async (mock) => {
      const run = await runFetchCli(
        [
          ...['--base-url', mock.url, '--data-dir', dir, '--relaxed-pacing', '--today', TODAY],
          ...['--only', 'benchmarks,openrouter,modalities'],
        ],
        withKey,
      );
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        `benchmarks (source=openrouter, benchmark_type=gpqa_diamond): HTTP 400 from ${mock.url}: "source must be ` +
          'one of artificial-analysis, design-arena; got "openrouter"". This server may not support the newer ' +
          'benchmark sources; the other datasets are unaffected.\n',
      );
      expect(Object.keys(readManifest(dir)?.datasets ?? {}).sort()).toEqual(['benchmarks', 'rankings-modality']);
    }));
});
