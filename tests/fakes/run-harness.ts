/** Shared set-up of the runFetch unit tests: options for a temp archive, a run on a fake clock, its lines. */
import type { Dataset } from '../../src/lib/archive/format.ts';
import { type FetchDeps, type FetchOptions, runFetch } from '../../src/lib/fetch/run.ts';
import { type FakeFetch, fakeTime } from './fetch.ts';

export const KEY = 'sk-or-v1-unit-secret-0123456789';

/** The four datasets of the spec; the newer datasets have their own tests. */
export const CLASSIC_DATASETS: Dataset[] = ['rankings-daily', 'app-rankings', 'benchmarks', 'task-classifications'];

/** Run options into `dataDir` on 2026-05-11, the classic datasets, paced. */
export function fetchOptions(dataDir: string, overrides: Partial<FetchOptions> = {}): FetchOptions {
  return {
    baseUrl: 'http://127.0.0.1:8787/api/v1',
    apiKey: KEY,
    dataDir,
    datasets: CLASSIC_DATASETS,
    dryRun: false,
    relaxedPacing: false,
    today: '2026-05-11',
    ...overrides,
  };
}

/** Runs a fetch with the clock at 03:00 UTC of the run's day (so `--today` is the real day, as in production). */
export async function runIn(
  dataDir: string,
  api: FakeFetch,
  overrides: Partial<FetchOptions> = {},
  deps: Partial<FetchDeps> = {},
) {
  const time = fakeTime(Date.parse(`${overrides.today ?? '2026-05-11'}T03:00:00Z`));
  const lines: string[] = [];
  const result = await runFetch(fetchOptions(dataDir, overrides), {
    fetch: api.fetch,
    clock: time.date,
    sleep: time.sleep,
    log: (l) => lines.push(l),
    ...deps,
  });
  return { result, lines, time };
}

/** The error a promise rejects with; fails the test when it resolves. */
export async function failureOf(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => new Error('expected the run to fail'),
    (e: unknown) => e,
  );
  if (!(error instanceof Error) || error.message === 'expected the run to fail') throw error;
  return error;
}
