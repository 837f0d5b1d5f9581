import { z } from 'astro/zod';
import { addDays } from '../api/dates.ts';
import type { PacerState } from '../api/pacing.ts';
import { type Budget, BudgetSchema, LegacyBudgetSchema } from './format.ts';
import { archivePath, BUDGET_FILE } from './paths.ts';
import { readArchiveFile } from './read-file.ts';
import { toArchiveJson, type WriteFs, writeFileAtomic } from './write-atomic.ts';

/**
 * `budget.json`: requests counted per day and when each request of the last minute counts from, so the daily
 * budget and the per-minute pacing hold across runs. It is the one archive file a failed run may change: requests
 * it spent count. Read and written under the archive's lock, so two runs never count over each other.
 */

/** Days a budget keeps before its newest: the newest day seen and the one before it. */
const DAYS_KEPT_BEFORE_NEWEST = 1;

const StoredBudgetSchema = z.union([BudgetSchema, LegacyBudgetSchema]);

/** The stored budget (a one-day file of older archives read as that day), or `null` when none was counted yet. */
export function readBudget(dir: string): Budget | null {
  const stored = readArchiveFile(dir, BUDGET_FILE, StoredBudgetSchema);
  if (stored === null || 'days' in stored) return stored;
  return { days: { [stored.day]: stored.requests_today }, recent: stored.recent };
}

/** Writes `budget.json` atomically (skipped when unchanged). */
export async function writeBudget(dir: string, budget: Budget, fs?: WriteFs): Promise<void> {
  await writeFileAtomic(archivePath(dir, BUDGET_FILE), toArchiveJson(budget), fs);
}

/** The pacer's starting counts from a stored budget: the count of `today`, and the times of the last minute. */
export function toPacerState(budget: Budget | null, today: string): PacerState {
  if (!budget) return { day: today, requestsToday: 0, recent: [] };
  const recent = budget.recent.map((time) => Date.parse(time)).filter((time) => Number.isFinite(time));
  return { day: today, requestsToday: budget.days[today] ?? 0, recent };
}

/**
 * The budget file's content for pacer counts, laid over the budget the run started from (`previous`): the days
 * kept are the newest one seen and the one before it, and the pacer's own day whatever its date.
 * `toBudget({ day: '2026-11-19', requestsToday: 2, recent: [] }, { days: { '2026-11-20': 100 }, recent: [] })`
 * -> `{ days: { '2026-11-19': 2, '2026-11-20': 100 }, recent: [] }`.
 */
export function toBudget(state: PacerState, previous: Budget | null = null): Budget {
  const all = { ...previous?.days, [state.day]: state.requestsToday };
  const newest = Object.keys(all).sort().at(-1) ?? state.day;
  const oldestKept = addDays(newest, -DAYS_KEPT_BEFORE_NEWEST);
  const days = Object.fromEntries(
    Object.entries(all)
      .filter(([day]) => day >= oldestKept || day === state.day)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  return { days, recent: state.recent.map((time) => new Date(time).toISOString()) };
}
