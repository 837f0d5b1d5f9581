import { DAILY_BUDGET, pacedWallTimeMs } from '../api/pacing.ts';
import { DATASETS, type Dataset } from '../archive/format.ts';
import type { PlannedRequest } from '../fetch/plan.ts';

/** Spec: "500 requests / day" per account; our own budget ({@link DAILY_BUDGET}) stays under it. */
export const ACCOUNT_DAILY_LIMIT = 500;

/** What one fetch run costs: requests by endpoint, the wall time pacing forces, and what is left of the day. */
export interface FetchRunFigures {
  readonly requests: number;
  readonly byEndpoint: Readonly<Record<Dataset, number>>;
  /** Least wall time the plan needs at 30 requests per 60 s, starting with an empty window. */
  readonly pacedWallTimeMs: number;
  /** Requests counted on the run's day after it, retries included (budget.json). */
  readonly requestsToday: number;
  /** What is left of our daily budget (450) and of the account's limit (500) after the run. */
  readonly headroom: { readonly budget: number; readonly account: number };
}

/** Requests per endpoint, every endpoint present: a nightly plan has `{ 'rankings-daily': 1, … }`. */
export function countByEndpoint(plan: readonly PlannedRequest[]): Record<Dataset, number> {
  const counts = Object.fromEntries(DATASETS.map((dataset) => [dataset, 0])) as Record<Dataset, number>;
  for (const request of plan) counts[request.dataset] += 1;
  return counts;
}

/** The figures of a run from its plan and the day's request count after it. */
export function toFetchRunFigures(plan: readonly PlannedRequest[], requestsToday: number): FetchRunFigures {
  return {
    requests: plan.length,
    byEndpoint: countByEndpoint(plan),
    pacedWallTimeMs: pacedWallTimeMs(plan.length, [], 0),
    requestsToday,
    headroom: { budget: DAILY_BUDGET - requestsToday, account: ACCOUNT_DAILY_LIMIT - requestsToday },
  };
}
