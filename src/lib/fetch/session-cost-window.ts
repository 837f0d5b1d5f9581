/**
 * Turning a run's session-cost pages into the archived window: every page's cells in order, keyed by the window's
 * `window_end_date`. Null window fields mean the API has no snapshot published: nothing is written then.
 */
import type { SessionCostResponse } from '../api/session-cost.ts';
import type { SessionCostWindow } from '../archive/format.ts';

/** The line a run prints when session cost has no published snapshot (it writes nothing, and it is no failure). */
export const UNPUBLISHED_NOTE =
  'session-cost: no snapshot published yet (meta.window_end_date is null); nothing written.';

/** The pages of one run disagree on the window (a new week was published while paging); nothing is written. */
export class WindowChangedError extends Error {
  override readonly name = 'WindowChangedError';
  constructor(first: string | null, later: string | null) {
    super(
      `session-cost: the window changed while paging (${first ?? 'none'}, then ${later ?? 'none'}); nothing was written. Re-run.`,
    );
  }
}

/**
 * The window a run's pages (in offset order) make, or `null` when no snapshot is published. `meta` is the first
 * page's. Throws a {@link WindowChangedError} when the pages name different windows. Pure.
 */
export function toSessionCostWindow(
  pages: readonly SessionCostResponse[],
  synthetic: boolean,
  fetchedAt: string,
): SessionCostWindow | null {
  const first = pages[0];
  if (!first) return null;
  const end = first.meta.window_end_date;
  const stray = pages.find((page) => page.meta.window_end_date !== end);
  if (stray) throw new WindowChangedError(end, stray.meta.window_end_date);
  if (end === null) return null;
  return {
    dataset: 'session-cost',
    window_end_date: end,
    window_days: first.meta.window_days,
    fetched_at: fetchedAt,
    synthetic,
    meta: first.meta,
    data: pages.flatMap((page) => page.data),
  };
}
