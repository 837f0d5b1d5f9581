/** `npm run fetch` as a process against the local Data API: exit codes, one-line errors, the archive it leaves. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBudget } from '../../src/lib/archive/budget.ts';
import { readManifest, readRankings } from '../../src/lib/archive/read.ts';
import {
  archiveFiles,
  KEY,
  removeArchive,
  runFetchCli,
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

describe('npm run fetch', () => {
  it('fills an empty archive, then a nightly run the next day re-fetches only the trailing window', () =>
    withMock({ relaxed: true, now: () => new Date(`${TODAY}T12:00:00Z`) }, async (mock) => {
      const first = await runFetchCli(
        ['--base-url', mock.url, '--data-dir', dir, '--relaxed-pacing', '--today', TODAY],
        withKey,
      );
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(
        /^\[1\/\d+\] rankings-daily start_date=2025-01-01&end_date=2026-01-01 … ETA \d\d:\d\d$/m,
      );
      expect(readManifest(dir)).toMatchObject({ synthetic: true });
      expect(readRankings(dir)?.rows[0]?.date).toBe('2025-01-01');
      const requests = mock.requestCount();
      const dry = await runFetchCli(['--base-url', mock.url, '--data-dir', dir, '--dry-run', '--today', '2026-05-12']);
      expect(dry.code).toBe(0);
      expect(dry.stdout).toContain('rankings-daily start_date=2026-05-08&end_date=2026-05-12');
      expect(mock.requestCount()).toBe(requests);
      const output = `${first.stdout}${first.stderr}${dry.stdout}`;
      expect(output).not.toContain(KEY);
      expect(JSON.stringify(archiveFiles(dir, { withBudget: true }))).not.toContain(KEY);
    }));

  it('exits 2 before any request when OPENROUTER_API_KEY is not set, pointing to npm start', () =>
    withMock({ relaxed: true }, async (mock) => {
      const run = await runFetchCli(['--base-url', mock.url, '--data-dir', dir]);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        'fetch: OPENROUTER_API_KEY is not set. Set it to your OpenRouter API key, or run npm start for the demo (no key needed).\n',
      );
      expect(mock.requestCount()).toBe(0);
      expect(archiveFiles(dir, { withBudget: true })).toEqual({});
    }));

  it.each([[['--bogus']], [['--only', 'apps,nope']], [['--today', '2026-13-01']]])(
    'exits 2 with one line for %j',
    async (args) => {
      const run = await runFetchCli([...args, '--data-dir', dir], withKey);
      expect(run.code).toBe(2);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/^fetch: /);
    },
  );

  it('exits 1 with the 401 line for a wrong key, writing no data file', () =>
    withMock({ relaxed: true }, async (mock) => {
      const wrong = 'sk-or-wrong-key-99998888';
      const run = await runFetchCli(['--base-url', mock.url, '--data-dir', dir, '--relaxed-pacing'], {
        OPENROUTER_API_KEY: wrong,
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        `rankings-daily: HTTP 401 from ${mock.url}. Set OPENROUTER_API_KEY, or run npm start for the demo.\n`,
      );
      expect(`${run.stdout}${run.stderr}`).not.toContain(wrong);
      expect(mock.requestCount()).toBe(1);
      expect(Object.keys(archiveFiles(dir, { withBudget: true }))).toEqual(['budget.json']);
    }));

  it('exits 1 and touches no data file when a fault hits, naming endpoint, status and what to do', () =>
    withMock({ relaxed: true, faults: ['malformed@tasks'] }, async (mock) => {
      const run = await runFetchCli(
        ['--base-url', mock.url, '--data-dir', dir, '--relaxed-pacing', '--only', 'tasks'],
        withKey,
      );
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^task-classifications: malformed JSON from .+ \(HTTP 200\)\. .+\n$/);
      expect(Object.keys(archiveFiles(dir, { withBudget: true }))).toEqual(['budget.json']);
    }));

  it('refuses synthetic data into a real archive with one line, leaving it byte-identical', () =>
    withMock({ relaxed: true }, async (mock) => {
      mkdirSync(join(dir, 'task-classifications'), { recursive: true });
      const files = ['task-classifications/2026-05-10.json'];
      const manifest = {
        format: 1,
        synthetic: false,
        datasets: { 'task-classifications': { fetched_at: 'f', as_of: 'a', files } },
      };
      writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
      const snapshot = { dataset: 'task-classifications', date: '2026-05-10', fetched_at: 'f', synthetic: false };
      writeFileSync(join(dir, files[0] ?? ''), JSON.stringify({ ...snapshot, responses: [] }));
      const before = archiveFiles(dir, { withBudget: false });
      const run = await runFetchCli(
        ['--base-url', mock.url, '--data-dir', dir, '--relaxed-pacing', '--only', 'tasks'],
        withKey,
      );
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(
        /^task-classifications: .+ holds real OpenRouter data, but .+ answered synthetic demo data/,
      );
      expect(archiveFiles(dir, { withBudget: false })).toEqual(before);
    }));

  it('runs two fetches started at once one after the other: both datasets listed, every request counted', () =>
    withMock({ relaxed: true }, async (mock) => {
      const common = ['--base-url', mock.url, '--data-dir', dir, '--relaxed-pacing', '--today', TODAY];
      const [first, second] = await Promise.all([
        runFetchCli([...common, '--only', 'rankings,apps'], withKey),
        runFetchCli([...common, '--only', 'tasks,openrouter'], withKey),
      ]);
      expect([first.code, second.code, first.stderr, second.stderr]).toEqual([0, 0, '', '']);
      expect(Object.keys(readManifest(dir)?.datasets ?? {}).sort()).toEqual([
        'app-rankings',
        'benchmarks-openrouter',
        'rankings-daily',
        'task-classifications',
      ]);
      expect(readBudget(dir)?.days[TODAY]).toBe(mock.requestCount());
    }));

  it('exits 2 with one line when the data directory is a file', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    const run = await runFetchCli(['--data-dir', file], withKey);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `fetch: the data directory ${file} is a file, not a directory; give --data-dir a directory (a missing one is created).\n`,
    );
  });
});
