/** runFetch and the archive under concurrency, typos, damage and dead runs (issue 13). */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBudget } from '../../../src/lib/archive/budget.ts';
import { isArchiveLockedError } from '../../../src/lib/archive/lock.ts';
import {
  listSnapshotDates,
  readLatestSnapshot,
  readManifest,
  readRankings,
  readRankingsView,
} from '../../../src/lib/archive/read.ts';
import { exitCodeOf } from '../../../src/lib/fetch/errors.ts';
import { runFetch } from '../../../src/lib/fetch/run.ts';
import { archiveFiles } from '../../fakes/archive-files.ts';
import { fakeDataApi } from '../../fakes/data-api.ts';
import { failureOf, fetchOptions, runIn } from '../../fakes/run-harness.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-run-archive-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const archiveBytes = () => archiveFiles(dir, { withBudget: false });
/** A clock at 03:00 UTC of `day`, for runs whose `--today` differs from the real day. */
const clockAt = (day: string) => () => new Date(`${day}T03:00:00Z`);
/** A sleep that yields to the other run for a moment, for two runs in one process. */
const briefly = () => new Promise<void>((resolve) => setTimeout(resolve, 5));
const DEAD_PID = 999_999_999;

function writeLock(pid: number): void {
  const holder = { pid, host: hostname(), started_at: '2026-05-11T02:30:00.000Z', token: 'other' };
  writeFileSync(join(dir, 'fetch.lock'), JSON.stringify(holder));
}

describe('runFetch holds the archive lock', () => {
  it('lets two runs at once both land in the manifest, counting every request in the budget', async () => {
    const [first, second] = [fakeDataApi(), fakeDataApi()];
    const deps = { sleep: briefly };
    const waiting = { relaxedPacing: true, lockWaitMs: 600_000 };
    await Promise.all([
      runIn(dir, first, { datasets: ['rankings-daily', 'app-rankings'], ...waiting }, deps),
      runIn(dir, second, { datasets: ['task-classifications', 'benchmarks-openrouter'], ...waiting }, deps),
    ]);
    expect(Object.keys(readManifest(dir)?.datasets ?? {}).sort()).toEqual([
      'app-rankings',
      'benchmarks-openrouter',
      'rankings-daily',
      'task-classifications',
    ]);
    expect(readBudget(dir)?.days['2026-05-11']).toBe(first.calls.length + second.calls.length);
    expect(existsSync(join(dir, 'fetch.lock'))).toBe(false);
  });

  it('waits a bounded time for a live holder, then fails with one line naming it, before any request', async () => {
    writeLock(process.pid);
    const api = fakeDataApi();
    const lines: string[] = [];
    const error = await failureOf(
      runFetch(fetchOptions(dir, { lockWaitMs: 3_000 }), {
        fetch: api.fetch,
        sleep: async () => undefined,
        log: (l) => lines.push(l),
      }),
    );
    expect(isArchiveLockedError(error)).toBe(true);
    expect(error.message).toMatch(
      new RegExp(
        `^fetch: .*fetch\\.lock is held by another fetch \\(pid ${process.pid} on .*, started 2026-05-11T02:30:00\\.000Z\\); waited 3 s\\.`,
      ),
    );
    expect(lines).toEqual([
      `Waiting for the fetch that is writing ${dir} (pid ${process.pid}, started 2026-05-11T02:30:00.000Z) to finish…`,
    ]);
    expect(api.calls).toHaveLength(0);
  });

  it('takes over the stale lock of a dead run, says so, and releases it at the end', async () => {
    writeLock(DEAD_PID);
    const { lines } = await runIn(
      dir,
      fakeDataApi(),
      { datasets: ['task-classifications'] },
      {
        isAlive: (pid) => pid !== DEAD_PID,
      },
    );
    expect(lines[0]).toMatch(/^Took over .*fetch\.lock from a fetch that is no longer running \(pid 999999999, /);
    expect(existsSync(join(dir, 'fetch.lock'))).toBe(false);
  });
});

describe('runFetch and --today', () => {
  it('refuses a date past tomorrow for a real archive, before any request, keeping every snapshot', async () => {
    await runIn(dir, fakeDataApi(), { datasets: ['benchmarks'] });
    const before = archiveBytes();
    const api = fakeDataApi();
    const error = await failureOf(
      runIn(dir, api, { today: '2062-11-20', datasets: ['benchmarks'] }, { clock: clockAt('2026-05-11') }),
    );
    expect(error.message).toBe(
      `fetch: --today 2062-11-20 is outside 2025-01-01 … 2026-05-12 (the real UTC day + 1), and ${dir} holds real ` +
        'OpenRouter data; only a synthetic archive (the local Data API) may be dated otherwise. Check the date.',
    );
    expect(exitCodeOf(error)).toBe(2);
    expect(api.calls).toHaveLength(0);
    expect(archiveBytes()).toEqual(before);
  });

  it('accepts any date for a synthetic archive: a simulation', async () => {
    await runIn(dir, fakeDataApi({ synthetic: true }), { datasets: ['benchmarks'] });
    const clock = { clock: clockAt('2026-05-11') };
    await runIn(dir, fakeDataApi({ synthetic: true }), { today: '2062-11-20', datasets: ['benchmarks'] }, clock);
    expect(listSnapshotDates(dir, 'benchmarks')).toEqual(['2026-05-11', '2062-11-20']);
  });

  it('stops an empty archive dated out of range at the first real answer, writing nothing', async () => {
    const api = fakeDataApi();
    const error = await failureOf(
      runIn(dir, api, { today: '2024-06-01', datasets: ['benchmarks'] }, { clock: clockAt('2026-05-11') }),
    );
    expect(error.message).toMatch(
      /^fetch: --today 2024-06-01 is outside .* and http:\/\/127\.0\.0\.1:8787\/api\/v1 answered real data;/,
    );
    expect(api.calls).toHaveLength(1);
    expect(readManifest(dir)).toBeNull();
  });

  it("keeps a later day's count in the budget when a run is dated a day back", async () => {
    const apis = [fakeDataApi(), fakeDataApi()];
    await runIn(dir, apis[0]!, { today: '2026-05-12', datasets: ['benchmarks'] });
    await runIn(dir, apis[1]!, { today: '2026-05-11', datasets: ['benchmarks'] }, { clock: clockAt('2026-05-12') });
    expect(readBudget(dir)?.days).toEqual({ '2026-05-11': 7, '2026-05-12': 7 });
  });

  it("deletes no snapshot on a run dated before the archive's newest snapshot", async () => {
    mkdirSync(join(dir, 'benchmarks'), { recursive: true });
    const old = { dataset: 'benchmarks', date: '2026-03-02', fetched_at: 'f', synthetic: false, responses: [] };
    const dates = ['2026-03-02', '2026-03-03', '2026-05-11'];
    for (const date of dates) writeFileSync(join(dir, 'benchmarks', `${date}.json`), JSON.stringify({ ...old, date }));
    const files = dates.map((date) => `benchmarks/${date}.json`);
    const manifest = { format: 1, synthetic: false, datasets: { benchmarks: { fetched_at: 'f', as_of: 'a', files } } };
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    const { result, lines } = await runIn(dir, fakeDataApi(), { today: '2026-05-10', datasets: ['benchmarks'] });
    expect(result.removed).toEqual([]);
    expect(listSnapshotDates(dir, 'benchmarks')).toEqual(['2026-03-02', '2026-03-03', '2026-05-10', '2026-05-11']);
    expect(lines).toContain("Retention skipped: 2026-05-10 is before the archive's newest snapshot, 2026-05-11.");
  });
});

describe('runFetch repairs files the manifest lists but that are missing or unreadable', () => {
  it('fetches a missing rankings month again on the plain fetch', async () => {
    await runIn(dir, fakeDataApi(), { datasets: ['rankings-daily'] });
    unlinkSync(join(dir, 'rankings-daily', '2025-06.json'));
    expect(() => readRankings(dir)).toThrow(
      /2025-06\.json: is listed in manifest\.json but missing\. Run npm run fetch -- --repair/,
    );
    const api = fakeDataApi();
    const { lines } = await runIn(dir, api, { today: '2026-05-12', datasets: ['rankings-daily'] });
    expect(lines[0]).toBe(
      'Repair: rankings-daily/2025-06.json is listed in manifest.json but missing; fetching its month again.',
    );
    expect(api.calls.map((c) => c.url.search)).toEqual(['?start_date=2025-05-28&end_date=2026-05-12']);
    const june = (readRankings(dir)?.rows ?? []).filter((row) => row.date.startsWith('2025-06'));
    expect(june).toHaveLength(30 * 3);
  });

  it('--repair fetches only the damaged view, from the week before its damaged month', async () => {
    await runIn(dir, fakeDataApi(), { datasets: ['rankings-modality'] });
    writeFileSync(join(dir, 'rankings-modality', 'audio', '2025-06.json'), '{"dataset": ');
    const api = fakeDataApi();
    const { lines } = await runIn(dir, api, { today: '2026-05-12', datasets: ['rankings-modality'], repair: true });
    expect(lines[0]).toBe('Repair: rankings-modality/audio/2025-06.json is not valid JSON; fetching its month again.');
    expect(api.calls.map((c) => c.url.searchParams.get('modality'))).toEqual(['audio']);
    expect(api.calls[0]?.url.searchParams.get('start_date')).toBe('2025-05-19');
    const weeks = readRankingsView(dir, 'rankings-modality', 'audio')?.rows.map((row) => row.date) ?? [];
    expect(weeks).toContain('2025-06-02');
  });

  it('--repair takes out a damaged older snapshot, which cannot be fetched again, without a request', async () => {
    await runIn(dir, fakeDataApi(), { datasets: ['benchmarks'], today: '2026-05-10' });
    await runIn(dir, fakeDataApi(), { datasets: ['benchmarks'] });
    unlinkSync(join(dir, 'benchmarks', '2026-05-10.json'));
    const api = fakeDataApi();
    const { lines } = await runIn(dir, api, { datasets: ['benchmarks'], repair: true });
    expect(api.calls).toHaveLength(0);
    expect(lines).toEqual([
      'Repair: benchmarks/2026-05-10.json is listed in manifest.json but missing; a dated snapshot cannot be fetched again (the API keeps no history): removed from the archive.',
      'Repaired without a request: 1 snapshots taken out of the archive.',
    ]);
    expect(listSnapshotDates(dir, 'benchmarks')).toEqual(['2026-05-11']);
    expect(readLatestSnapshot(dir, 'benchmarks')?.date).toBe('2026-05-11');
  });

  it('--repair fetches a snapshot dataset again when its newest snapshot is damaged', async () => {
    await runIn(dir, fakeDataApi(), { datasets: ['task-classifications'] });
    writeFileSync(join(dir, 'task-classifications', '2026-05-11.json'), '[]');
    const api = fakeDataApi();
    await runIn(dir, api, { datasets: ['task-classifications'], repair: true });
    expect(api.calls).toHaveLength(1);
    expect(readLatestSnapshot(dir, 'task-classifications')?.responses).toHaveLength(1);
  });

  it('--repair sends nothing when every listed file reads', async () => {
    await runIn(dir, fakeDataApi(), { datasets: ['task-classifications'] });
    const api = fakeDataApi();
    const { lines } = await runIn(dir, api, { repair: true });
    expect(api.calls).toHaveLength(0);
    expect(lines).toEqual(['Nothing to repair: every file the manifest lists can be read.']);
  });
});

describe('runFetch cleans up after a dead run', () => {
  it('removes temp files and data files the manifest does not list, and says so; leaves other files', async () => {
    await runIn(dir, fakeDataApi(), { datasets: ['rankings-daily'] });
    const leftovers = [
      '.manifest.json.4242-7.tmp',
      'rankings-daily/.2026-05.json.4242-1.tmp',
      'rankings-daily/2024-11.json',
      'rankings-modality/audio/2025-01.json',
    ];
    mkdirSync(join(dir, 'rankings-modality', 'audio'), { recursive: true });
    for (const file of [...leftovers, 'rankings-daily/notes.txt']) writeFileSync(join(dir, file), '{}');
    mkdirSync(join(dir, 'embeds'));
    writeFileSync(join(dir, 'embeds', 'kept.json'), '{}');
    const { lines } = await runIn(dir, fakeDataApi(), { today: '2026-05-12', datasets: ['task-classifications'] });
    expect(lines[0]).toBe(
      'Removed 4 leftovers of an interrupted run: .manifest.json.4242-7.tmp, rankings-daily/.2026-05.json.4242-1.tmp, rankings-daily/2024-11.json and 1 more.',
    );
    for (const file of leftovers) expect(existsSync(join(dir, file)), file).toBe(false);
    expect(existsSync(join(dir, 'rankings-modality'))).toBe(false);
    expect(readdirSync(join(dir, 'embeds'))).toEqual(['kept.json']);
    expect(existsSync(join(dir, 'rankings-daily', 'notes.txt'))).toBe(true);
  });
});

describe('runFetch and its data directory', () => {
  it.each([false, true])('refuses a data directory that is a file with one line (dry run %s)', async (dryRun) => {
    const file = join(dir, 'not-a-dir');
    writeFileSync(file, 'x');
    const error = await failureOf(runFetch(fetchOptions(file, { dryRun }), {}));
    expect(error.message).toBe(
      `fetch: the data directory ${file} is a file, not a directory; give --data-dir a directory (a missing one is created).`,
    );
    expect(exitCodeOf(error)).toBe(2);
  });
});
