import { addDays } from '../api/dates.ts';
import { type ArchiveChanges, type ArchiveFiles, diffArchiveFiles, hashArchiveFiles } from './archive-files.ts';
import { type FetchStepResult, NIGHTLY_STEPS, type RunFetchStep, spawnFetchStep } from './fetch-step.ts';

/**
 * The nightly workflow, simulated: for each of several consecutive days, the same fetches as the loop step of
 * `.github/workflows/nightly.yml` (one `--only` run per dataset in `NIGHTLY_STEPS` order, each all-or-nothing, a
 * failed one not stopping the next) against a Data API whose clock is that day, into one archive that grows from
 * night to night.
 */

/** A Data API serving one simulated day. */
export interface DayApi {
  /** Base URL, e.g. `http://127.0.0.1:40123/api/v1`. */
  readonly url: string;
  close(): Promise<void>;
}

/** Starts the Data API for `day` with `faults` (e.g. `server-error@apps`); the caller picks its clock. */
export type StartDayApi = (day: string, faults: readonly string[]) => Promise<DayApi>;

export interface SimulateOptions {
  /** The first simulated UTC day; the others follow it one by one. */
  readonly firstDay: string;
  /** How many consecutive nights. */
  readonly nights: number;
  /** The archive directory, shared by every night. */
  readonly dataDir: string;
  readonly apiKey: string;
  readonly startApi: StartDayApi;
  /** Faults of the Data API by day, e.g. `{ '2026-11-19': ['server-error@apps'] }`. */
  readonly faults?: Readonly<Record<string, readonly string[]>> | undefined;
  /** Runs one fetch step; default the fetch CLI in its own process. */
  readonly runStep?: RunFetchStep | undefined;
  /** Called after each night, e.g. to print its report or build the site; a promise it returns is awaited first. */
  readonly onNight?: ((night: Night) => unknown) | undefined;
}

/** One simulated night: the steps' results and the archive after them, compared with the night before. */
export interface Night {
  readonly day: string;
  readonly faults: readonly string[];
  readonly steps: readonly FetchStepResult[];
  /** Every archive file after this night. */
  readonly files: ArchiveFiles;
  readonly changes: ArchiveChanges;
}

/** The simulated moment of a night's run: 03:00 UTC of `day`, shortly after the workflow's scheduled 02:30 start. */
export function nightlyNow(day: string): Date {
  return new Date(`${day}T03:00:00Z`);
}

/** `consecutiveDays('2026-11-30', 3)` -> `['2026-11-30', '2026-12-01', '2026-12-02']`. */
export function consecutiveDays(firstDay: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addDays(firstDay, i));
}

/** Runs the nights in order and returns each one's report; a failed step is a result, never a throw. */
export async function simulateNightly(options: SimulateOptions): Promise<Night[]> {
  const runStep = options.runStep ?? spawnFetchStep;
  const nights: Night[] = [];
  let files = hashArchiveFiles(options.dataDir);
  for (const day of consecutiveDays(options.firstDay, options.nights)) {
    const faults = options.faults?.[day] ?? [];
    const api = await options.startApi(day, faults);
    const steps: FetchStepResult[] = [];
    try {
      // One after another, like the workflow's loop; each sees what the ones before it wrote.
      for (const alias of NIGHTLY_STEPS) {
        steps.push(
          await runStep({ alias, baseUrl: api.url, dataDir: options.dataDir, today: day, apiKey: options.apiKey }),
        );
      }
    } finally {
      await api.close();
    }
    const after = hashArchiveFiles(options.dataDir);
    const night: Night = { day, faults, steps, files: after, changes: diffArchiveFiles(files, after) };
    files = after;
    nights.push(night);
    await options.onNight?.(night);
  }
  return nights;
}
