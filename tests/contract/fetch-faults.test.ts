/** runFetch over HTTP against the local Data API under each fault switch: exact failures, untouched archives. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBudget } from '../../src/lib/archive/budget.ts';
import { DATASETS } from '../../src/lib/archive/format.ts';
import { readLatestSnapshot, readManifest, readRankings } from '../../src/lib/archive/read.ts';
import { exitCodeOf } from '../../src/lib/fetch/errors.ts';
import { type FetchOptions, runFetch } from '../../src/lib/fetch/run.ts';
import {
  archiveFiles,
  KEY,
  type Mock,
  type MockOptions,
  removeArchive,
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

/** Runs a fetch into `dir` against `mock`; sleeps are instant, the clock is the mock's. */
async function fetchInto(mock: Mock, overrides: Partial<FetchOptions> = {}) {
  const clock = sharedClock();
  const lines: string[] = [];
  const options: FetchOptions = {
    baseUrl: mock.url,
    apiKey: KEY,
    dataDir: dir,
    datasets: [...DATASETS],
    dryRun: false,
    relaxedPacing: true,
    today: TODAY,
    ...overrides,
  };
  const deps = { clock: clock.date, sleep: clock.sleep, log: (line: string) => lines.push(line) };
  const outcome = await runFetch(options, deps).then(
    (result) => ({ result, error: undefined }),
    (error: unknown) => ({ result: undefined, error: error instanceof Error ? error : new Error(String(error)) }),
  );
  return { ...outcome, lines, sleeps: clock.sleeps };
}

/** A complete archive from a healthy run of the day before, to prove failures leave it as it was. */
async function seedArchive(): Promise<Record<string, string>> {
  await withMock({ relaxed: true, now: () => new Date('2026-05-10T12:00:00Z') }, async (mock) => {
    const { error } = await fetchInto(mock, { today: '2026-05-10' });
    expect(error).toBeUndefined();
  });
  return archiveFiles(dir, { withBudget: false });
}

/** The failing fault runs: fault, the endpoint it hits first, and the error line expected. */
const failures: [string, MockOptions['faults'], RegExp, Partial<FetchOptions>][] = [
  [
    'server-error',
    ['server-error'],
    /^rankings-daily: HTTP 500 from .+\. The Data API is failing; re-run later\.$/,
    {},
  ],
  [
    'malformed',
    ['malformed'],
    /^rankings-daily: malformed JSON from .+ \(HTTP 200\)\. The API sent a broken response/,
    {},
  ],
  [
    'bad-shape',
    ['bad-shape'],
    /^rankings-daily response: data\.\d+\.\w+: .+ \(from .+\)\. The response does not match/,
    {},
  ],
  [
    'rate-limit',
    ['rate-limit'],
    /^rankings-daily: HTTP 429 from .+\. The daily request budget .+ try again tomorrow/,
    {},
  ],
  [
    'slow',
    ['slow'],
    /^rankings-daily: no response from .+ within 0\.5 s\. The API is slow or unreachable; re-run later\.$/,
    { timeoutMs: 500 },
  ],
];

describe('runFetch against a failing local Data API', () => {
  it.each(failures)(
    '%s: fails with one line and exit 1, leaving every data file byte-identical',
    async (_, faults, line, extra) => {
      const before = await seedArchive();
      const run = await withMock({ relaxed: true, faults }, (mock) => fetchInto(mock, extra));
      expect(run.error?.message).toMatch(line);
      expect(run.error?.message).not.toContain('\n');
      expect(exitCodeOf(run.error)).toBe(1);
      expect(archiveFiles(dir, { withBudget: false })).toEqual(before);
      expect(JSON.stringify(archiveFiles(dir, { withBudget: true }))).not.toContain(KEY);
    },
  );

  it('server-error: tries each request 4 times with growing waits, and counts every try in budget.json', async () => {
    const run = await withMock({ relaxed: true, faults: ['server-error'] }, async (mock) => {
      const outcome = await fetchInto(mock);
      expect(mock.requestCount()).toBe(4);
      return outcome;
    });
    expect(run.sleeps).toEqual([1000, 2000, 4000]);
    expect(readBudget(dir)?.days[TODAY]).toBe(4);
  });

  it('rate-limit: waits the Retry-After of 1 s between tries', async () => {
    const run = await withMock({ relaxed: true, faults: ['rate-limit'] }, (mock) => fetchInto(mock));
    expect(run.sleeps).toEqual([1000, 1000, 1000]);
  });

  it('a fault on one dataset keeps the datasets before it and writes nothing of it or after it', async () => {
    const run = await withMock({ relaxed: true, faults: ['server-error@benchmarks'] }, (mock) => fetchInto(mock));
    expect(run.error?.message).toMatch(/^benchmarks: HTTP 500 /);
    expect(Object.keys(readManifest(dir)?.datasets ?? {}).sort()).toEqual(['app-rankings', 'rankings-daily']);
    expect(Object.keys(archiveFiles(dir, { withBudget: false })).filter((f) => f.startsWith('benchmarks'))).toEqual([]);
  });
});

describe('runFetch against a recovering local Data API', () => {
  it('flaky: retries every first 503 and completes the run', async () => {
    const run = await withMock({ relaxed: true, faults: ['flaky'] }, async (mock) => {
      const outcome = await fetchInto(mock);
      expect(mock.requestCount()).toBe(2 * (outcome.result?.plan.length ?? 0));
      return outcome;
    });
    expect(run.error).toBeUndefined();
    expect(run.lines.filter((l) => l.includes('HTTP 503, retrying'))).toHaveLength(run.result?.plan.length ?? -1);
    expect(readManifest(dir)?.synthetic).toBe(true);
  });

  it('huge-tokens: a total above 2^53 reaches the partition file byte-exact', async () => {
    const run = await withMock({ relaxed: true, faults: ['huge-tokens'] }, (mock) =>
      fetchInto(mock, { datasets: ['rankings-daily'] }),
    );
    expect(run.error).toBeUndefined();
    const rows = readRankings(dir)?.rows ?? [];
    const huge = rows.filter((row) => BigInt(row.total_tokens) > 2n ** 53n);
    expect(huge.length).toBeGreaterThan(0);
    const month = huge[0]?.date.slice(0, 7) ?? '';
    const text = readFileSync(join(dir, 'rankings-daily', `${month}.json`), 'utf8');
    expect(text).toContain(`"total_tokens": "${huge[0]?.total_tokens ?? ''}"`);
  });

  it('hostile-names: every dataset is archived with the names exactly as sent, for the site to make safe', async () => {
    const run = await withMock({ relaxed: true, faults: ['hostile-names'] }, (mock) =>
      fetchInto(mock, { datasets: ['rankings-daily', 'app-rankings', 'benchmarks', 'task-classifications'] }),
    );
    expect(run.error).toBeUndefined();
    const names = readLatestSnapshot(dir, 'app-rankings')?.responses.flatMap((response) => {
      const body = response.body as { data: { app_name: string }[] };
      return body.data.map((row) => row.app_name);
    });
    expect(names?.some((name) => name.includes('\u000b'))).toBe(true);
    expect(names?.some((name) => name.includes('\ud800'))).toBe(true);
    expect(names?.some((name) => name.length === 5_000)).toBe(true);
    const slugs = new Set(readRankings(dir)?.rows.map((row) => row.model_permaslug));
    expect([...slugs].some((slug) => slug.includes('\u202E'))).toBe(true);
  });
});
