import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { addDays } from '../api/dates.ts';
import { type FetchRunFigures, toFetchRunFigures } from './fetch-figures.ts';
import { fetchSynthetic, type SyntheticSource } from './synthetic-fetch.ts';

/** One measured fetch run: its day, its cost, the files it wrote and how long it took against the local API. */
export interface FetchBenchRun extends FetchRunFigures {
  readonly run: 'empty archive' | 'nightly re-run';
  readonly day: string;
  readonly filesWritten: number;
  readonly localWallTimeMs: number;
}

/**
 * Part 1 of `npm run bench`: a run into an empty archive on `today`, then the next night's run into the same
 * archive, both real runs of `runFetch` against the local Data API with its clock pinned to each day.
 */
export async function benchFetch(source: SyntheticSource, tmpRoot: string, today: string): Promise<FetchBenchRun[]> {
  const dataDir = mkdtempSync(join(tmpRoot, 'fetch-'));
  try {
    const runs: FetchBenchRun[] = [];
    const days = [
      { run: 'empty archive', day: today },
      { run: 'nightly re-run', day: addDays(today, 1) },
    ] as const;
    for (const { run, day } of days) {
      const { result, localWallTimeMs } = await fetchSynthetic(source, dataDir, day);
      runs.push({
        run,
        day,
        ...toFetchRunFigures(result.plan, result.requestsToday),
        filesWritten: result.written.length,
        localWallTimeMs,
      });
    }
    return runs;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
