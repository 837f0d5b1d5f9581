import type { PacerState } from '../api/pacing.ts';
import { type Budget, BudgetSchema } from './format.ts';
import { archivePath, BUDGET_FILE } from './paths.ts';
import { readArchiveFile } from './read.ts';
import { toArchiveJson, type WriteFs, writeFileAtomic } from './write-atomic.ts';

/**
 * `budget.json`: requests counted today and the send times of the last minute, so the daily budget and the
 * per-minute pacing hold across runs. It is the one archive file a failed run may change: requests it spent count.
 */

/** The stored budget, or `null` when no run has counted a request yet. */
export function readBudget(dir: string): Budget | null {
  return readArchiveFile(dir, BUDGET_FILE, BudgetSchema);
}

/** Writes `budget.json` atomically (skipped when unchanged). */
export async function writeBudget(dir: string, budget: Budget, fs?: WriteFs): Promise<void> {
  await writeFileAtomic(archivePath(dir, BUDGET_FILE), toArchiveJson(budget), fs);
}

/** The pacer's starting counts from a stored budget: `requests_today` only carries over on the same `day`. */
export function toPacerState(budget: Budget | null, today: string): PacerState {
  if (!budget) return { day: today, requestsToday: 0, recent: [] };
  const recent = budget.recent.map((time) => Date.parse(time)).filter((time) => Number.isFinite(time));
  return { day: today, requestsToday: budget.day === today ? budget.requests_today : 0, recent };
}

/** The budget file's content for pacer counts. */
export function toBudget(state: PacerState): Budget {
  return {
    day: state.day,
    requests_today: state.requestsToday,
    recent: state.recent.map((time) => new Date(time).toISOString()),
  };
}
