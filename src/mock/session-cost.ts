/**
 * `GET /datasets/session-cost`: the cells of the newest published weekly window, filtered by `app_slug`, `model`
 * (exact permaslug) and `turn_range`, sorted by harness, model and range, paged by `limit` (1–500, default 100)
 * and `offset` (0–5000, default 0). Before the first window is published, or with the server's
 * `sessionCostUnpublished` option, it answers no cells and null window fields.
 */
import {
  MAX_SESSION_COST_LIMIT,
  MAX_SESSION_COST_OFFSET,
  type SessionCostResponse,
  TURN_RANGES,
} from '../lib/api/session-cost.ts';
import { readChoice, readInteger, readParam, type RouteHandler } from './route.ts';
import {
  publishedAt,
  publishedWindowEnd,
  SESSION_WINDOW_DAYS,
  type SessionCell,
  sessionCellsOf,
} from './world-sessions.ts';

/** Cells of a window, memoised: a night pages through the same window several times. */
const cellsByWindow = new Map<string, SessionCell[]>();

function cellsOf(end: string): SessionCell[] {
  let cells = cellsByWindow.get(end);
  if (cells === undefined) {
    cells = sessionCellsOf(end);
    cellsByWindow.set(end, cells);
  }
  return cells;
}

/** The session-cost handler; parameters are checked before the window, so a bad one is a 400 in every state. */
export const sessionCost: RouteHandler = (query, { now, sessionCostUnpublished }): SessionCostResponse => {
  const appSlug = readParam(query, 'app_slug');
  const model = readParam(query, 'model');
  const turnRange = readChoice(query, 'turn_range', TURN_RANGES);
  const limit = readInteger(query, 'limit', 1, MAX_SESSION_COST_LIMIT, 100);
  const offset = readInteger(query, 'offset', 0, MAX_SESSION_COST_OFFSET, 0);
  const end = sessionCostUnpublished ? null : publishedWindowEnd(now);
  if (end === null) {
    const meta = { as_of: now.toISOString(), version: 'v1' as const, window_days: null, window_end_date: null };
    return { data: [], meta: { ...meta, synthetic: true } };
  }
  const cells = cellsOf(end).filter(
    (cell) =>
      (appSlug === undefined || cell.harness.slug === appSlug) &&
      (model === undefined || cell.model.slug === model) &&
      (turnRange === undefined || cell.turnRange === turnRange),
  );
  const data = cells.slice(offset, offset + limit).map((cell) => ({
    app_name: cell.harness.app.name,
    app_slug: cell.harness.slug,
    model_permaslug: cell.model.slug,
    turn_range: cell.turnRange,
    median_session_cost_usd: cell.medianUsd,
  }));
  const meta = { as_of: publishedAt(end).toISOString(), version: 'v1' as const, window_days: SESSION_WINDOW_DAYS };
  return { data, meta: { ...meta, window_end_date: end, synthetic: true } };
};
