import { DATASET_START } from '../api/common.ts';
import { addDays, toIsoDate } from '../api/dates.ts';
import { isNewerParameterError } from '../api/errors.ts';
import { DAILY_BUDGET, pacedWallTimeMs, type Sleep } from '../api/pacing.ts';
import type { RetryPolicy } from '../api/retry.ts';
import { readBudget, toPacerState } from '../archive/budget.ts';
import { type DamagedFile, findDamagedFiles } from '../archive/damage.ts';
import { archiveDirProblem } from '../archive/dir.ts';
import { type Dataset, DATASETS, type Manifest, RANKINGS_VIEW_DATASETS, SNAPSHOT_DATASETS } from '../archive/format.ts';
import { findLeftovers, removeLeftovers } from '../archive/leftovers.ts';
import { acquireArchiveLock, type LockHolder } from '../archive/lock.ts';
import { newestRankingsDate } from '../archive/merge.ts';
import { isFileOf } from '../archive/paths.ts';
import {
  readManifest,
  readModelCatalogue,
  readNewestViewWeeks,
  readRankingsPartitions,
  readSessionCostWindows,
  readViewsCheckedThrough,
} from '../archive/read.ts';
import type { WriteFs } from '../archive/write-atomic.ts';
import { compactArchive, dropArchiveFiles, newestSnapshotDate } from '../archive/write.ts';
import { commitDataset } from './commit.ts';
import { DataDirError, MissingKeyError, NewerDatasetsError, OverBudgetError, TodayOutOfRangeError } from './errors.ts';
import { type ArchiveState, planFetch, type PlannedRequest } from './plan.ts';
import { dryRunLines } from './progress.ts';
import { damageLine, isRefetchable, toRepairPlan, toRepairState } from './repair.ts';
import { fetchDataset, openSession, type Session } from './send.ts';

/** What a fetch run does; `scripts/fetch.ts` builds it from flags and the environment. */
export interface FetchOptions {
  readonly baseUrl: string;
  /** `OPENROUTER_API_KEY`; only `dryRun` may go without it. */
  readonly apiKey: string | undefined;
  readonly dataDir: string;
  /** Datasets to fetch (`--only`); run order is always `DATASETS` order (rankings, apps, …, the views, …). */
  readonly datasets: readonly Dataset[];
  readonly dryRun: boolean;
  /** Lifts the per-minute pacing only (the local Data API in relaxed mode); the daily budget still holds. */
  readonly relaxedPacing: boolean;
  /** `--today`: the run's UTC day instead of the clock's date (plan, snapshot date and budget day). */
  readonly today?: string | undefined;
  /** `--repair`: fetch only what repairs files the manifest lists but that are missing or unreadable. */
  readonly repair?: boolean | undefined;
  /** Per-request timeout; tests shorten it. */
  readonly timeoutMs?: number | undefined;
  /** Retry bounds; tests shorten the waits. */
  readonly retry?: RetryPolicy | undefined;
  /** How long to wait for another run's lock on the archive (default 60 s); tests shorten it. */
  readonly lockWaitMs?: number | undefined;
}

/** The world a run touches, injectable so tests never wait or reach the network. */
export interface FetchDeps {
  readonly fetch?: typeof globalThis.fetch | undefined;
  readonly clock?: (() => Date) | undefined;
  readonly sleep?: Sleep | undefined;
  /** Progress and summary lines (the CLI prints them to stdout). */
  readonly log?: ((line: string) => void) | undefined;
  readonly fs?: WriteFs | undefined;
  /** True when a process with this pid runs here: tells a stale lock; tests play a dead holder with it. */
  readonly isAlive?: ((pid: number) => boolean) | undefined;
}

/** What a run did. */
export interface FetchResult {
  readonly plan: readonly PlannedRequest[];
  /** Archive-relative files written (unchanged ones are skipped) and removed by retention. */
  readonly written: readonly string[];
  readonly removed: readonly string[];
  /** Requests counted today after the run, this run's retries included. */
  readonly requestsToday: number;
}

/** The archive facts the plan depends on, damaged files read as absent (`--dry-run` plans from the same). */
function readArchiveState(dataDir: string): ArchiveState {
  const skip = { skipDamaged: true };
  return {
    newestRankingsDate: newestRankingsDate(readRankingsPartitions(dataDir, skip)),
    newestViewWeeks: Object.fromEntries(RANKINGS_VIEW_DATASETS.map((d) => [d, readNewestViewWeeks(dataDir, d, skip)])),
    viewsCheckedThrough: Object.fromEntries(
      RANKINGS_VIEW_DATASETS.map((d) => [d, readViewsCheckedThrough(dataDir, d)]),
    ),
    modelsTotalCount: readModelCatalogue(dataDir, skip)?.totalCount ?? null,
    sessionCostCells: readSessionCostWindows(dataDir, skip)[0]?.data.length ?? null,
  };
}

/**
 * The days `--today` may name for a real archive: from the start of the Data API's history to the real UTC day
 * plus one (a run just after midnight elsewhere). The clock is the real one unless a test injects another.
 */
function runDayRange(clock: () => Date): [string, string] {
  return [DATASET_START, addDays(toIsoDate(clock()), 1)];
}

/**
 * Checks `--today` against {@link runDayRange}: in range, or a synthetic archive, passes; a real archive throws.
 * An archive without a manifest does not know yet: the run goes on, and every answer must be synthetic.
 */
function checkRunDay(today: string, clock: () => Date, manifest: Manifest | null, dir: string) {
  const range = runDayRange(clock);
  if ((today >= range[0] && today <= range[1]) || manifest?.synthetic) return null;
  if (manifest) throw new TodayOutOfRangeError(today, range, `${dir} holds real OpenRouter data`);
  return { today, range } as const;
}

/** The newest listed snapshot file of each snapshot dataset: the ones `--repair` fetches again when damaged. */
function newestSnapshotFiles(manifest: Manifest | null): Set<string> {
  return new Set(
    SNAPSHOT_DATASETS.flatMap((dataset) => {
      const newest = (manifest?.datasets[dataset]?.files ?? [])
        .filter((f) => isFileOf(dataset, f))
        .sort()
        .at(-1);
      return newest === undefined ? [] : [newest];
    }),
  );
}

/** The run's day, its plan for the archive's state (repairs included) and today's counts from budget.json. */
function prepare(options: FetchOptions, clock: () => Date, manifest: Manifest | null, damaged: DamagedFile[]) {
  const today = options.today ?? toIsoDate(clock());
  const requireSynthetic = checkRunDay(today, clock, manifest, options.dataDir);
  const state = toRepairState(readArchiveState(options.dataDir), damaged);
  const planned = planFetch(state, { today, datasets: options.datasets });
  const plan = options.repair ? toRepairPlan(planned, damaged, newestSnapshotFiles(manifest)) : planned;
  const budget = readBudget(options.dataDir);
  const pacerState = toPacerState(budget, today);
  const remaining = Math.max(0, DAILY_BUDGET - pacerState.requestsToday);
  return { today, plan, budget, pacerState, remaining, requireSynthetic };
}

/** Files of the run's datasets that the manifest lists but that are missing or unreadable. */
function damagedFiles(options: FetchOptions, manifest: Manifest | null): DamagedFile[] {
  return manifest ? findDamagedFiles(options.dataDir, manifest, options.datasets) : [];
}

/** `--dry-run`: logs the plan and the budget; no key, no request, no write. */
function reportDryRun(options: FetchOptions, clock: () => Date, log: (line: string) => void): FetchResult {
  const manifest = readManifest(options.dataDir);
  const damaged = damagedFiles(options, manifest);
  const { today, plan, pacerState, remaining } = prepare(options, clock, manifest, damaged);
  damaged.forEach((d) => log(damageLine(d)));
  const pacedMs = pacedWallTimeMs(plan.length, pacerState.recent, clock().getTime());
  const report = { today, usedToday: pacerState.requestsToday, remainingToday: remaining, dailyBudget: DAILY_BUDGET };
  dryRunLines(plan, { ...report, relaxed: options.relaxedPacing, pacedMs }).forEach((line) => log(line));
  return { plan, written: [], removed: [], requestsToday: pacerState.requestsToday };
}

/** Lists paths, the first few in full: `a, b, c and 4 more`. */
function listOf(paths: readonly string[]): string {
  const shown = paths.slice(0, 3).join(', ');
  return paths.length > 3 ? `${shown} and ${paths.length - 3} more` : shown;
}

/** The line a run prints when it starts waiting for another run's lock. */
function waitingLine(dir: string, holder: LockHolder | null): string {
  const who = holder ? ` (pid ${holder.pid}, started ${holder.started_at})` : '';
  return `Waiting for the fetch that is writing ${dir}${who} to finish…`;
}

/** The line a run prints when it took over the lock of a dead run. */
function tookOverLine(path: string, holder: LockHolder): string {
  return `Took over ${path} from a fetch that is no longer running (pid ${holder.pid}, started ${holder.started_at}).`;
}

/**
 * Runs `npm run fetch`. Holds the archive's lock throughout, so no other run writes the archive or counts its
 * budget meanwhile. Under it: removes what a dead run left (temp files, files the manifest does not list); finds
 * files the manifest lists that are missing or unreadable (months are fetched again, snapshots taken out); plans
 * the requests for the archive's state; sends them paced and retried, validating every response of a dataset
 * before writing any of it; commits datasets one by one (files, then manifest); and applies retention after a
 * fully successful run. Datasets are all-or-nothing: when one fails, the datasets before it stay written, it and
 * the ones after it write nothing, and the error is thrown (one line). Only budget.json changes on a failed
 * dataset: the requests it spent count. One exception: a dataset refused for a newer parameter (a server that
 * follows only the older spec) writes nothing and the run goes on with the next dataset, then throws one line
 * naming it, so the other datasets are unaffected.
 */
export async function runFetch(options: FetchOptions, deps: FetchDeps = {}): Promise<FetchResult> {
  const clock = deps.clock ?? (() => new Date());
  const log = deps.log ?? (() => undefined);
  const problem = archiveDirProblem(options.dataDir);
  if (problem !== undefined) throw new DataDirError(options.dataDir, problem);
  if (options.dryRun) return reportDryRun(options, clock, log);
  const apiKey = options.apiKey;
  if (!apiKey) throw new MissingKeyError();
  const lock = await acquireArchiveLock(options.dataDir, {
    waitMs: options.lockWaitMs,
    sleep: deps.sleep,
    clock,
    isAlive: deps.isAlive,
    onWait: (holder) => log(waitingLine(options.dataDir, holder)),
  });
  try {
    if (lock.tookOverFrom) log(tookOverLine(lock.path, lock.tookOverFrom));
    return await runLocked(options, apiKey, deps, clock, log);
  } finally {
    await lock.release();
  }
}

/** Everything a run does under the lock. */
async function runLocked(
  options: FetchOptions,
  apiKey: string,
  deps: FetchDeps,
  clock: () => Date,
  log: (line: string) => void,
): Promise<FetchResult> {
  let manifest = readManifest(options.dataDir);
  const leftovers = findLeftovers(options.dataDir, manifest);
  if (leftovers.length > 0) {
    await removeLeftovers(options.dataDir, leftovers, deps.fs);
    log(`Removed ${leftovers.length} leftovers of an interrupted run: ${listOf(leftovers)}.`);
  }
  const damaged = damagedFiles(options, manifest);
  damaged.forEach((d) => log(damageLine(d)));
  const start = prepare(options, clock, manifest, damaged);
  const lost = damaged.filter((d) => !isRefetchable(d)).map((d) => d.file);
  if (manifest && lost.length > 0) manifest = await dropArchiveFiles(options.dataDir, manifest, lost, deps.fs);
  const { today, plan, remaining } = start;
  if (plan.length > remaining) throw new OverBudgetError(plan.length, remaining, DAILY_BUDGET, today);
  if (options.repair && plan.length === 0) {
    const none = 'Nothing to repair: every file the manifest lists can be read.';
    log(damaged.length === 0 ? none : `Repaired without a request: ${lost.length} snapshots taken out of the archive.`);
    return { plan, written: [], removed: [], requestsToday: start.pacerState.requestsToday };
  }
  const session = openSession(options, apiKey, deps, start);
  const { written, manifest: after, notes } = await fetchAndCommit(session, manifest, today, deps.fs);
  const removed = after && !options.repair ? await compactArchive(options.dataDir, after, today, deps.fs) : [];
  const newest = after && !options.repair ? newestSnapshotDate(after) : null;
  if (newest && today < newest) log(`Retention skipped: ${today} is before the archive's newest snapshot, ${newest}.`);
  const requestsToday = session.pacer.state().requestsToday;
  // The notes close the line too: the nightly's job summary shows only a step's last line.
  log(
    `Done: ${session.sent} requests planned and sent; ${written.length} files written, ${removed.length} removed by ` +
      `retention; ${requestsToday} of ${DAILY_BUDGET} requests (retries included) used on ${today} (UTC).` +
      notes.map((note) => ` ${note}`).join(''),
  );
  return { plan, written, removed, requestsToday };
}

/** Fetches and commits each planned dataset in run order; see {@link runFetch} for what a failure does. */
async function fetchAndCommit(
  session: Session,
  initial: Manifest | null,
  today: string,
  fs: WriteFs | undefined,
): Promise<{ written: string[]; manifest: Manifest | null; notes: string[] }> {
  const { options, plan, clock, log } = session;
  let manifest = initial;
  const written = new Set<string>(); // manifest.json is rewritten after each dataset: count it once
  const refused: { dataset: Dataset; error: Error }[] = [];
  const notes: string[] = [];
  for (const dataset of DATASETS.filter((d) => plan.some((request) => request.dataset === d))) {
    let fetched: Awaited<ReturnType<typeof fetchDataset>>;
    try {
      fetched = await fetchDataset(session, manifest, dataset);
    } catch (error) {
      if (!isNewerParameterError(error)) throw error;
      refused.push({ dataset, error });
      log(`Not fetched: ${error.message}`);
      continue;
    }
    const context = { dataDir: options.dataDir, today, fetchedAt: clock().toISOString(), fs };
    const committed = await commitDataset(context, manifest, dataset, fetched.responses, fetched.synthetic);
    manifest = committed.manifest;
    committed.written.forEach((file) => written.add(file));
    if (committed.note !== undefined) {
      notes.push(committed.note);
      log(committed.note);
    }
  }
  if (refused.length > 0) throw new NewerDatasetsError(refused);
  return { written: [...written], manifest, notes };
}
