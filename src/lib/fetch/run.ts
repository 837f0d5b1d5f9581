import { createClient, type DataApiClient } from '../api/client.ts';
import { toIsoDate } from '../api/dates.ts';
import { isNewerParameterError } from '../api/errors.ts';
import {
  createPacer,
  DAILY_BUDGET,
  type Pacer,
  type PacerState,
  pacedWallTimeMs,
  realSleep,
  type Sleep,
} from '../api/pacing.ts';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from '../api/retry.ts';
import { readBudget, toBudget, toPacerState, writeBudget } from '../archive/budget.ts';
import {
  DATASETS,
  type Dataset,
  type Manifest,
  RANKINGS_VIEW_DATASETS,
  type RankingsViewDataset,
} from '../archive/format.ts';
import { newestRankingsDate } from '../archive/merge.ts';
import {
  readManifest,
  readModelCatalogue,
  readNewestViewWeeks,
  readRankingsPartitions,
  readSessionCostWindows,
  readViewsCheckedThrough,
} from '../archive/read.ts';
import type { WriteFs } from '../archive/write-atomic.ts';
import { compactArchive } from '../archive/write.ts';
import { commitDataset } from './commit.ts';
import {
  MissingKeyError,
  MixedSyntheticError,
  NewerDatasetsError,
  OverBudgetError,
  SyntheticMismatchError,
} from './errors.ts';
import { executeRequest, type Fetched, isSyntheticResponse } from './execute.ts';
import { remainingRequests } from './paging.ts';
import { type ArchiveState, planFetch, type PlannedRequest } from './plan.ts';
import { dryRunLines, estimateEta, progressLine, retryLine } from './progress.ts';

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
  /** Per-request timeout; tests shorten it. */
  readonly timeoutMs?: number | undefined;
  /** Retry bounds; tests shorten the waits. */
  readonly retry?: RetryPolicy | undefined;
}

/** The world a run touches, injectable so tests never wait or reach the network. */
export interface FetchDeps {
  readonly fetch?: typeof globalThis.fetch | undefined;
  readonly clock?: (() => Date) | undefined;
  readonly sleep?: Sleep | undefined;
  /** Progress and summary lines (the CLI prints them to stdout). */
  readonly log?: ((line: string) => void) | undefined;
  readonly fs?: WriteFs | undefined;
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

/** The archive facts the plan depends on (`--dry-run` plans from the same, so its counts are the run's). */
export function readArchiveState(dataDir: string): ArchiveState {
  const perView = (read: (dir: string, dataset: RankingsViewDataset) => Record<string, string>) =>
    Object.fromEntries(RANKINGS_VIEW_DATASETS.map((dataset) => [dataset, read(dataDir, dataset)]));
  return {
    newestRankingsDate: newestRankingsDate(readRankingsPartitions(dataDir)),
    newestViewWeeks: perView(readNewestViewWeeks),
    viewsCheckedThrough: perView(readViewsCheckedThrough),
    modelsTotalCount: readModelCatalogue(dataDir)?.totalCount ?? null,
    sessionCostCells: readSessionCostWindows(dataDir)[0]?.data.length ?? null,
  };
}

/**
 * Runs `npm run fetch`: plans the requests for the archive's state, sends them paced and retried, validates every
 * response of a dataset before writing any of it, commits datasets one by one (files, then manifest), and applies
 * retention after a fully successful run. Datasets are all-or-nothing: when one fails, the datasets before it stay
 * written, it and the ones after it write nothing, and the error is thrown (one line). Only budget.json changes
 * on a failed dataset: the requests it spent count. One exception: a dataset refused for a newer parameter (a
 * server that follows only the older spec) writes nothing and the run goes on with the next dataset, then
 * throws one line naming it, so the other datasets are unaffected.
 */
export async function runFetch(options: FetchOptions, deps: FetchDeps = {}): Promise<FetchResult> {
  const clock = deps.clock ?? (() => new Date());
  const log = deps.log ?? (() => undefined);
  if (options.dryRun) return reportDryRun(options, clock, log);
  if (!options.apiKey) throw new MissingKeyError();
  const { today, plan, pacerState, remaining } = prepare(options, clock);
  if (plan.length > remaining) throw new OverBudgetError(plan.length, remaining, DAILY_BUDGET, today);

  const { client, pacer } = connect(options, options.apiKey, deps, today, pacerState);
  const started = clock().getTime();
  const session: Session = { options, plan, client, pacer, clock, log, started, sent: 0, total: plan.length };
  let manifest = readManifest(options.dataDir);
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
    const context = { dataDir: options.dataDir, today, fetchedAt: clock().toISOString(), fs: deps.fs };
    const committed = await commitDataset(context, manifest, dataset, fetched.responses, fetched.synthetic);
    manifest = committed.manifest;
    committed.written.forEach((file) => written.add(file));
    if (committed.note !== undefined) {
      notes.push(committed.note);
      log(committed.note);
    }
  }
  if (refused.length > 0) throw new NewerDatasetsError(refused);
  const removed = manifest ? await compactArchive(options.dataDir, manifest, today, deps.fs) : [];
  const requestsToday = pacer.state().requestsToday;
  // The notes close the line too: the nightly's job summary shows only a step's last line.
  log(
    `Done: ${session.sent} requests planned and sent; ${written.size} files written, ${removed.length} removed by ` +
      `retention; ${requestsToday} of ${DAILY_BUDGET} requests (retries included) used on ${today} (UTC).` +
      notes.map((note) => ` ${note}`).join(''),
  );
  return { plan, written: [...written], removed, requestsToday };
}

/** The run's day, its plan for the archive's state, and today's counts from budget.json. */
function prepare(options: FetchOptions, clock: () => Date) {
  const today = options.today ?? toIsoDate(clock());
  const plan = planFetch(readArchiveState(options.dataDir), { today, datasets: options.datasets });
  const pacerState = toPacerState(readBudget(options.dataDir), today);
  return { today, plan, pacerState, remaining: Math.max(0, DAILY_BUDGET - pacerState.requestsToday) };
}

/** `--dry-run`: logs the plan and the budget; no key, no request, no write. */
function reportDryRun(options: FetchOptions, clock: () => Date, log: (line: string) => void): FetchResult {
  const { today, plan, pacerState, remaining } = prepare(options, clock);
  const pacedMs = pacedWallTimeMs(plan.length, pacerState.recent, clock().getTime());
  const report = { today, usedToday: pacerState.requestsToday, remainingToday: remaining, dailyBudget: DAILY_BUDGET };
  dryRunLines(plan, { ...report, relaxed: options.relaxedPacing, pacedMs }).forEach((line) => log(line));
  return { plan, written: [], removed: [], requestsToday: pacerState.requestsToday };
}

/** The run's pacer (counting into budget.json before each request) and client. */
function connect(
  options: FetchOptions,
  apiKey: string,
  deps: FetchDeps,
  today: string,
  initial: PacerState,
): { client: DataApiClient; pacer: Pacer } {
  const clock = deps.clock ?? (() => new Date());
  const sleep = deps.sleep ?? realSleep;
  const log = deps.log ?? (() => undefined);
  const pacer = createPacer({
    relaxed: options.relaxedPacing,
    clock: () => clock().getTime(),
    sleep,
    today: () => today,
    initial,
    onCount: (state) => writeBudget(options.dataDir, toBudget(state), deps.fs),
  });
  const retry = options.retry ?? DEFAULT_RETRY_POLICY;
  const client = createClient({
    baseUrl: options.baseUrl,
    apiKey,
    pacer,
    fetch: deps.fetch,
    sleep,
    clock: () => clock().getTime(),
    timeoutMs: options.timeoutMs,
    retry,
    onRetry: (notice) => log(retryLine(notice, retry.maxAttempts)),
  });
  return { client, pacer };
}

/** The state of one run shared by its datasets. */
interface Session {
  readonly options: FetchOptions;
  readonly plan: readonly PlannedRequest[];
  readonly client: DataApiClient;
  readonly pacer: Pacer;
  readonly clock: () => Date;
  readonly log: (line: string) => void;
  readonly started: number;
  sent: number;
  /** Requests the run expects to send: the plan, adjusted as paged datasets learn their page counts. */
  total: number;
}

/**
 * Sends every request of one dataset and returns the validated responses, or throws without writing anything.
 * A paged dataset's requests follow its responses (`paging.ts`). Checks the synthetic marker of each response
 * against the archive as it arrives, so a mismatch stops early.
 */
async function fetchDataset(
  session: Session,
  manifest: Manifest | null,
  dataset: Dataset,
): Promise<{ responses: Fetched[]; synthetic: boolean }> {
  const { options, plan, clock } = session;
  const responses: Fetched[] = [];
  let synthetic: boolean | undefined;
  let queue = plan.filter((r) => r.dataset === dataset);
  for (let request = queue.shift(); request !== undefined; request = queue.shift()) {
    session.sent += 1;
    const now = clock().getTime();
    const left = session.total - session.sent + 1;
    const pacedMs = options.relaxedPacing ? 0 : pacedWallTimeMs(left, session.pacer.state().recent, now);
    const eta = estimateEta(session.sent, session.total, now - session.started, pacedMs);
    session.log(progressLine(session.sent, session.total, request, eta));
    const fetched = await executeRequest(session.client, request);
    const rest = remainingRequests(fetched, queue, responses.length + 1);
    session.total += rest.length - queue.length;
    queue = rest;
    const marked = isSyntheticResponse(fetched);
    if (synthetic !== undefined && marked !== synthetic) throw new MixedSyntheticError(dataset, options.baseUrl);
    if (manifest && manifest.synthetic !== marked) {
      throw new SyntheticMismatchError(dataset, options.dataDir, options.baseUrl, manifest.synthetic);
    }
    synthetic = marked;
    responses.push(fetched);
  }
  return { responses, synthetic: synthetic ?? manifest?.synthetic ?? false };
}
