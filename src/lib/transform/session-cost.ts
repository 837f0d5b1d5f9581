/**
 * Session-cost cells as the site draws them: per session length, harness x model grids, one harness's models or one
 * model's harnesses as rows with a cost per session length, the cells of models with a coding score, and a model's
 * costs over archived windows. Pure. Each cell is the median of sampled sessions of one harness with one model:
 * cells are compared (cheapest, dearest, the ratio of two) but never summed or averaged.
 */
import { daysBetween } from '../api/dates.ts';
import { TURN_RANGES, type SessionCostCell, type TurnRange } from '../api/session-cost.ts';
import { formatDate } from './format.ts';

/** A session length in words: `TURN_RANGE_LABELS['10-49-turns'] === '10–49 turns'`. */
export const TURN_RANGE_LABELS: Readonly<Record<TurnRange, string>> = {
  '1-turn': '1 turn',
  '2-9-turns': '2–9 turns',
  '10-49-turns': '10–49 turns',
  '50-plus-turns': '50+ turns',
};

/** True for one of the four documented session lengths (the API's enum is open: others may come). */
export function isTurnRange(value: string): value is TurnRange {
  return (TURN_RANGES as readonly string[]).includes(value);
}

/**
 * A median in dollars for tables and labels: cents from one cent up (`formatUsd(0.0285) === '$0.03'`,
 * `formatUsd(1234.5) === '$1,234.50'`), two significant digits below (`formatUsd(0.00046) === '$0.00046'`).
 */
export function formatUsd(value: number): string {
  if (value > 0 && value < 0.00995) return `$${Number(value.toPrecision(2))}`;
  return `$${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** The archived median, digit for digit, for titles: `exactUsd(0.0285) === '$0.0285'`. */
export function exactUsd(value: number): string {
  return `$${String(value)}`;
}

/** The window of the medians: `windowPhrase(7, '2026-11-15') === '7 days to 15 Nov 2026'`. */
export function windowPhrase(windowDays: number | null, windowEndDate: string): string {
  if (windowDays === null) return `the window ending ${formatDate(windowEndDate)}`;
  return `${windowDays} ${windowDays === 1 ? 'day' : 'days'} to ${formatDate(windowEndDate)}`;
}

/** A plain harness slug, kept as it is in URLs and file names. */
const PLAIN_SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** FNV-1a of a string's UTF-16 units, as 8 hex digits. */
function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/**
 * A harness's `app_slug` as a URL path segment and file name: a plain slug as it is (`roo-code`); any other (upper
 * case, `/`, `..`, unicode, very long) its letters and digits, at most 40, then `~` and a hash of the whole, which
 * no plain slug contains: `toHarnessSlug('Roo/Code') === 'roo-code~…'`.
 */
export function toHarnessSlug(appSlug: string): string {
  if (PLAIN_SLUG.test(appSlug)) return appSlug;
  const readable = appSlug
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${readable || 'harness'}~${hashOf(appSlug)}`;
}

/** A harness: its `app_slug`, its name (the first cell's `app_name`) and its URL path segment. */
export type Harness = { appSlug: string; name: string; pathSlug: string };

/** Sorts by name, case-insensitively, then by key, so equal names keep a stable order. */
function byLabel<T>(label: (item: T) => string, key: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const [la, lb] = [label(a).toLowerCase(), label(b).toLowerCase()];
    if (la !== lb) return la < lb ? -1 : 1;
    return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
  };
}

/** The harnesses of some cells, by name; throws one line when two slugs would share a URL. */
export function toHarnesses(cells: readonly SessionCostCell[]): Harness[] {
  const bySlug = new Map<string, Harness>();
  const paths = new Map<string, string>();
  for (const cell of cells) {
    if (bySlug.has(cell.app_slug)) continue;
    const pathSlug = toHarnessSlug(cell.app_slug);
    const other = paths.get(pathSlug);
    if (other !== undefined) throw new Error(`session-cost: harnesses "${other}" and "${cell.app_slug}" share a URL`);
    paths.set(pathSlug, cell.app_slug);
    bySlug.set(cell.app_slug, { appSlug: cell.app_slug, name: cell.app_name.trim() || cell.app_slug, pathSlug });
  }
  return [...bySlug.values()].sort(
    byLabel(
      (h) => h.name,
      (h) => h.appSlug,
    ),
  );
}

/** The distinct model permaslugs of some cells, by display name. */
export function toModels(cells: readonly SessionCostCell[], nameOf: (permaslug: string) => string): string[] {
  const slugs = [...new Set(cells.map((c) => c.model_permaslug))];
  return slugs.sort(byLabel(nameOf, (s) => s));
}

/** One row of a costs-by-session-length chart: a model (in one harness) or a harness (for one model). */
export type CostRow = { key: string; label: string; costs: Partial<Record<TurnRange, number>> };

/** The session length rows are ordered by: the most common one, 10–49 turns. */
export const SORT_RANGE: TurnRange = '10-49-turns';

/**
 * Rows of cells grouped by `keyOf`, each with its cost per documented session length; cheapest at
 * {@link SORT_RANGE} first, rows without that length after them by label. Cells of other lengths are left out.
 */
export function toCostRows(
  cells: readonly SessionCostCell[],
  keyOf: (cell: SessionCostCell) => string,
  labelOf: (key: string) => string,
): CostRow[] {
  const rows = new Map<string, CostRow>();
  for (const cell of cells) {
    if (!isTurnRange(cell.turn_range)) continue;
    const key = keyOf(cell);
    const row = rows.get(key) ?? { key, label: labelOf(key), costs: {} };
    row.costs[cell.turn_range] = cell.median_session_cost_usd;
    rows.set(key, row);
  }
  const named = byLabel<CostRow>(
    (r) => r.label,
    (r) => r.key,
  );
  return [...rows.values()].sort((a, b) => {
    const [ca, cb] = [a.costs[SORT_RANGE], b.costs[SORT_RANGE]];
    if (ca !== undefined && cb !== undefined && ca !== cb) return ca - cb;
    if ((ca === undefined) !== (cb === undefined)) return ca === undefined ? 1 : -1;
    return named(a, b);
  });
}

/** The cheapest and the dearest of some cells (the first of equals), or null for none. */
export function toExtremes(cells: readonly SessionCostCell[]): { min: SessionCostCell; max: SessionCostCell } | null {
  const [first] = cells;
  if (!first) return null;
  let [min, max] = [first, first];
  for (const cell of cells) {
    if (cell.median_session_cost_usd < min.median_session_cost_usd) min = cell;
    if (cell.median_session_cost_usd > max.median_session_cost_usd) max = cell;
  }
  return { min, max };
}

/** A model with a coding score and its cells at one session length (one per harness), cheapest first. */
export type ScoredModel = { permaslug: string; label: string; score: number; cells: SessionCostCell[] };

/**
 * The models of some cells (one session length) that `scoreOf` knows, highest score first (ties by label), each
 * with its cells cheapest first; and the models left out for want of a score.
 */
export function toScoredModels(
  cells: readonly SessionCostCell[],
  scoreOf: (permaslug: string) => number | null,
  nameOf: (permaslug: string) => string,
): { models: ScoredModel[]; unscored: string[] } {
  const models: ScoredModel[] = [];
  const unscored: string[] = [];
  for (const permaslug of toModels(cells, nameOf)) {
    const score = scoreOf(permaslug);
    if (score === null) {
      unscored.push(permaslug);
      continue;
    }
    const own = cells
      .filter((c) => c.model_permaslug === permaslug)
      .sort((a, b) => a.median_session_cost_usd - b.median_session_cost_usd);
    models.push({ permaslug, label: nameOf(permaslug), score, cells: own });
  }
  return { models: models.sort((a, b) => b.score - a.score), unscored };
}

/** An archived window as a history reads it: its end date, length and cells. */
export type DatedCells = { windowEndDate: string; windowDays: number | null; cells: readonly SessionCostCell[] };

/** One window on the time axis; `gapBefore`: at least one window is missing between it and the one before. */
export type CostColumn = { date: string; gapBefore: boolean };

/** One line: a harness and session length, with a value per column (null where no median was published). */
export type CostSeries = { appSlug: string; range: TurnRange; values: (number | null)[] };

/** A model's costs over windows: a line per harness and session length, in harness then length order. */
export type CostHistory = { columns: CostColumn[]; harnesses: Harness[]; series: CostSeries[] };

/**
 * The costs of `permaslug` in every window, oldest first. Precondition: windows sorted by end date, oldest
 * first. A window more than its length (7 days by default) after the one before has a gap before it.
 */
export function toCostHistory(windows: readonly DatedCells[], permaslug: string): CostHistory {
  const columns = windows.map((w, i) => {
    const before = windows[i - 1];
    const gapBefore = before !== undefined && daysBetween(before.windowEndDate, w.windowEndDate) > (w.windowDays ?? 7);
    return { date: w.windowEndDate, gapBefore };
  });
  const own = windows.map((w) => w.cells.filter((c) => c.model_permaslug === permaslug));
  // The newest name of each harness: the newest windows come last, so their names win.
  const harnesses = toHarnesses(own.toReversed().flat());
  const series = harnesses.flatMap((harness) =>
    TURN_RANGES.flatMap((range) => {
      const values = own.map(
        (cells) =>
          cells.find((c) => c.app_slug === harness.appSlug && c.turn_range === range)?.median_session_cost_usd ?? null,
      );
      return values.some((v) => v !== null) ? [{ appSlug: harness.appSlug, range, values }] : [];
    }),
  );
  return { columns, harnesses, series };
}
