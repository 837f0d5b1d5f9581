import { createClient, type DataApiClient } from '../api/client.ts';
import { createPacer, type Pacer, type PacerState, pacedWallTimeMs, realSleep } from '../api/pacing.ts';
import { DEFAULT_RETRY_POLICY } from '../api/retry.ts';
import { toBudget, writeBudget } from '../archive/budget.ts';
import type { Budget, Dataset, Manifest } from '../archive/format.ts';
import { MixedSyntheticError, SyntheticMismatchError, TodayOutOfRangeError } from './errors.ts';
import { executeRequest, type Fetched, isSyntheticResponse } from './execute.ts';
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
  return { options, plan, client, pacer, clock, log, started: clock().getTime(), requireSynthetic, sent: 0 };
}

/**
 * Sends every request of one dataset and returns the validated responses, or throws without writing anything.
 * Checks the synthetic marker of each response against the archive as it arrives, so a mismatch stops early.
 */
export async function fetchDataset(
  session: Session,
  manifest: Manifest | null,
  dataset: Dataset,
): Promise<{ responses: Fetched[]; synthetic: boolean }> {
  const { options, plan, clock } = session;
  const responses: Fetched[] = [];
  let synthetic: boolean | undefined;
  for (const request of plan.filter((r) => r.dataset === dataset)) {
    session.sent += 1;
    const now = clock().getTime();
    const left = plan.length - session.sent + 1;
    const pacedMs = options.relaxedPacing ? 0 : pacedWallTimeMs(left, session.pacer.state().recent, now);
    const eta = estimateEta(session.sent, plan.length, now - session.started, pacedMs);
    session.log(progressLine(session.sent, plan.length, request, eta));
    const fetched = await executeRequest(session.client, request);
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
