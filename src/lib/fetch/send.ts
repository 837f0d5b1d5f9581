import { createClient, type DataApiClient } from '../api/client.ts';
import { createPacer, type Pacer, type PacerState, pacedWallTimeMs, realSleep } from '../api/pacing.ts';
import { DEFAULT_RETRY_POLICY } from '../api/retry.ts';
import { toBudget, writeBudget } from '../archive/budget.ts';
import type { Budget, Dataset, Manifest } from '../archive/format.ts';
import { MixedSyntheticError, SyntheticMismatchError, TodayOutOfRangeError } from './errors.ts';
import { executeRequest, type Fetched, isSyntheticResponse } from './execute.ts';
import { remainingRequests } from './paging.ts';
import type { PlannedRequest } from './plan.ts';
import { estimateEta, progressLine, retryLine } from './progress.ts';
import type { FetchDeps, FetchOptions } from './run.ts';

/** Sending a run's requests: its pacer (counting into budget.json), its client, and one dataset at a time. */

/** The state of one run shared by its datasets. */
export interface Session {
  readonly options: FetchOptions;
  readonly plan: readonly PlannedRequest[];
  readonly client: DataApiClient;
  readonly pacer: Pacer;
  readonly clock: () => Date;
  readonly log: (line: string) => void;
  readonly started: number;
  /** `--today` is out of range for an archive that has no manifest yet: every answer must be synthetic. */
  readonly requireSynthetic: { readonly today: string; readonly range: readonly [string, string] } | null;
  sent: number;
  /** Requests the run expects to send: the plan, adjusted as paged datasets learn their page counts. */
  total: number;
}

/** What a session starts from: the run's day, the budget it read, the pacer's counts, and the plan. */
export interface SessionStart {
  readonly today: string;
  readonly budget: Budget | null;
  readonly pacerState: PacerState;
  readonly plan: readonly PlannedRequest[];
  readonly requireSynthetic: Session['requireSynthetic'];
}

/** Opens a session: a pacer that persists every count into budget.json (laid over the budget read), and a client. */
export function openSession(options: FetchOptions, apiKey: string, deps: FetchDeps, start: SessionStart): Session {
  const clock = deps.clock ?? (() => new Date());
  const sleep = deps.sleep ?? realSleep;
  const log = deps.log ?? (() => undefined);
  const pacer = createPacer({
    relaxed: options.relaxedPacing,
    clock: () => clock().getTime(),
    sleep,
    today: () => start.today,
    initial: start.pacerState,
    onCount: (state) => writeBudget(options.dataDir, toBudget(state, start.budget), deps.fs),
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
  const { plan, requireSynthetic } = start;
  const started = clock().getTime();
  return { options, plan, client, pacer, clock, log, started, requireSynthetic, sent: 0, total: plan.length };
}

/**
 * Sends every request of one dataset and returns the validated responses, or throws without writing anything.
 * A paged dataset's requests follow its responses (`paging.ts`). Checks the synthetic marker of each response against the archive as it arrives, so a mismatch stops early.
 */
export async function fetchDataset(
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
    if (session.requireSynthetic && !marked) {
      const { today, range } = session.requireSynthetic;
      throw new TodayOutOfRangeError(today, range, `${options.baseUrl} answered real data`);
    }
    if (synthetic !== undefined && marked !== synthetic) throw new MixedSyntheticError(dataset, options.baseUrl);
    if (manifest && manifest.synthetic !== marked) {
      throw new SyntheticMismatchError(dataset, options.dataDir, options.baseUrl, manifest.synthetic);
    }
    synthetic = marked;
    responses.push(fetched);
  }
  return { responses, synthetic: synthetic ?? manifest?.synthetic ?? false };
}
