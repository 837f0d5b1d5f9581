import { DATASETS } from '../archive/format.ts';
import { type FetchResult, runFetch } from '../fetch/run.ts';

/** A local Data API whose clock is pinned (relaxed limits); the CLI starts it, so `src/lib` never imports the mock. */
export interface LocalApi {
  /** Base URL, e.g. `http://127.0.0.1:40123/api/v1`. */
  readonly url: string;
  close(): Promise<void>;
}

/** Starts a local Data API whose "now" is `now`. */
export type StartLocalApi = (now: Date) => Promise<LocalApi>;

/** What the bench needs to fetch synthetic archives: a way to start the local Data API and its key. */
export interface SyntheticSource {
  readonly startApi: StartLocalApi;
  readonly apiKey: string;
}

/** The moment a simulated run happens on `day`: noon UTC, as `npm start -- --today` pins it. */
function runMoment(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

/** A fetch run's result and how long it took here (relaxed pacing: the local cost, not the paced one). */
export interface TimedFetch {
  readonly result: FetchResult;
  readonly localWallTimeMs: number;
}

/**
 * Fetches all four datasets into `dataDir` as a run on `day` would: the local Data API's clock and the fetch's
 * clock both read noon of `day`, the client's per-minute pacing is relaxed (the daily budget still holds).
 */
export async function fetchSynthetic(source: SyntheticSource, dataDir: string, day: string): Promise<TimedFetch> {
  const now = runMoment(day);
  const api = await source.startApi(now);
  try {
    const started = performance.now();
    const result = await runFetch(
      {
        baseUrl: api.url,
        apiKey: source.apiKey,
        dataDir,
        datasets: [...DATASETS],
        dryRun: false,
        relaxedPacing: true,
        today: day,
      },
      { clock: () => now },
    );
    return { result, localWallTimeMs: performance.now() - started };
  } finally {
    await api.close();
  }
}
