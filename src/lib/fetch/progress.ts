import type { RetryNotice } from '../api/client.ts';
import { PACING_WINDOW_MS, REQUESTS_PER_WINDOW } from '../api/pacing.ts';
import type { Dataset } from '../archive/format.ts';
import { describeRequest, type PlannedRequest } from './plan.ts';

/** A duration as `mm:ss` (minutes may pass 59): `toClock(83_000) === '01:23'`. */
export function toClock(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/** A progress line: `[3/52] app-rankings sort=popular&limit=100 … ETA 01:23`. */
export function progressLine(index: number, total: number, request: PlannedRequest, etaMs: number): string {
  return `[${index}/${total}] ${describeRequest(request)} … ETA ${toClock(etaMs)}`;
}

/** A retry line: `  rankings-daily: HTTP 503, retrying in 1.0 s (try 2 of 4)`. */
export function retryLine(notice: RetryNotice, maxAttempts: number): string {
  const wait = (notice.delayMs / 1000).toFixed(1);
  return `  ${notice.endpoint}: ${notice.reason}, retrying in ${wait} s (try ${notice.attempt + 1} of ${maxAttempts})`;
}

/**
 * The time left before request `index` (1-based) of `total`: the larger of what pacing forces (`pacedMs` for the
 * requests left) and what the run's average request took so far.
 */
export function estimateEta(index: number, total: number, elapsedMs: number, pacedMs: number): number {
  const left = total - index + 1;
  const average = index > 1 ? elapsedMs / (index - 1) : 0;
  return Math.max(pacedMs, average * left);
}

/** Counts of requests per dataset in plan order: `rankings-daily 2, app-rankings 40`. */
export function countByDataset(plan: readonly PlannedRequest[]): string {
  const counts = new Map<Dataset, number>();
  for (const request of plan) counts.set(request.dataset, (counts.get(request.dataset) ?? 0) + 1);
  return [...counts].map(([dataset, count]) => `${dataset} ${count}`).join(', ') || 'nothing';
}

/** What `--dry-run` reports besides the plan itself. */
export interface BudgetReport {
  readonly today: string;
  readonly usedToday: number;
  readonly remainingToday: number;
  readonly dailyBudget: number;
  readonly relaxed: boolean;
  /** Least wall time the plan needs under the per-minute pacing. */
  readonly pacedMs: number;
}

/** The `--dry-run` output: every request with its endpoint and query, then the budget and implied wall time. */
export function dryRunLines(plan: readonly PlannedRequest[], budget: BudgetReport): string[] {
  const left = budget.remainingToday - plan.length;
  const pacing = budget.relaxed
    ? 'no per-minute pacing (--relaxed-pacing)'
    : `at least ${toClock(budget.pacedMs)} under pacing (${REQUESTS_PER_WINDOW} requests per ${PACING_WINDOW_MS / 1000} s)`;
  return [
    `Dry run: no request is sent. Plan for ${budget.today} (UTC):`,
    ...plan.map((request, i) => `  [${i + 1}/${plan.length}] ${describeRequest(request)}`),
    `Requests planned: ${plan.length} (${countByDataset(plan)}).`,
    `Budget for ${budget.today}: ${budget.usedToday} used, ${budget.remainingToday} of ${budget.dailyBudget} remaining; ` +
      (left >= 0 ? `${left} left after this run.` : `over by ${-left}: the run would be refused.`),
    `Wall time: ${pacing}.`,
    ...(plan.some((request) => PAGED_DATASETS.includes(request.dataset))
      ? ['Pages of models and session-cost are planned from the newest archive; a run follows the live counts.']
      : []),
  ];
}

/** The datasets whose page count a run learns from the API (`paging.ts`). */
const PAGED_DATASETS: readonly Dataset[] = ['models', 'session-cost'];
