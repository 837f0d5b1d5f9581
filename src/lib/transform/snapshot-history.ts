/**
 * Histories of the snapshot datasets (app rankings, benchmarks, task classifications), whose past exists only in
 * our archive. Retention (`archive/compact.ts`) keeps a snapshot a day for 35 days, then one per ISO week up to two
 * years, then one per month, so a history is irregular by design. Stages: dated bodies -> columns (each snapshot
 * with its real spacing and whether a gap precedes it) -> series (one value per column, null where unknown).
 * Nothing is interpolated: a missing snapshot is a gap, a missing value is null.
 */
import { daysBetween, monthOf, weekStartOf } from '../api/dates.ts';
import { DAILY_RETENTION_DAYS, WEEKLY_RETENTION_DAYS } from '../archive/compact.ts';

/** Fewer snapshots than this and a history figure says "not enough history yet" instead of drawing. */
/**
 * The most archived snapshots a history chart draws, the newest: 35 daily ones and about 25 weekly ones (the
 * archive's retention), about seven months. More columns would not read at 880 px, let alone 320, and every column
 * adds to each board's page, embed, table and exports: without a cap the history figures alone would grow the
 * deploy by about 0.75 MB a column for as long as the archive grows (docs/embeds.md, "Storage and growth").
 */
export const MAX_HISTORY_COLUMNS = 60;

export const MIN_SNAPSHOTS = 2;

/** One archived snapshot's parsed response body for one key (`snapshotBody(snapshot, key, schema)`) and its date. */
export type DatedBody<T> = { date: string; body: T };

/** How often retention keeps snapshots at a date's age: daily, the newest of each ISO week, or of each month. */
export type Cadence = 'day' | 'week' | 'month';

/**
 * One snapshot on the time axis. `spacingDays`: days since the snapshot before (null for the first). `gapBefore`:
 * at least one snapshot the cadence keeps is missing between the two (a night that failed, or the archive was not
 * run), so charts break lines there instead of joining across.
 */
export type SnapshotColumn = { date: string; cadence: Cadence; spacingDays: number | null; gapBefore: boolean };

/** A history figure with fewer than {@link MIN_SNAPSHOTS} snapshots: how many there are and the newest date. */
export type NotEnoughHistory = { kind: 'not-enough-history'; snapshots: number; newest: string | null };

/** One value of a series at one column; null where the snapshot does not list the key. */
export type HistoryPoint = { date: string; value: number | null };

/** One line of a history chart: a key (model, app id, tag), its label (untrusted text) and a point per column. */
export type HistorySeries = { key: string; label: string; points: HistoryPoint[] };

/** What a history chart draws: the columns and the series, each with one point per column, in column order. */
export type SnapshotHistory = { kind: 'history'; columns: SnapshotColumn[]; series: HistorySeries[] };

/** One change of a series' value between consecutive snapshots (from or to null: the key appeared or left). */
export type ValueChange = {
  key: string;
  label: string;
  date: string;
  previousDate: string;
  from: number | null;
  to: number | null;
};

/**
 * The retention tier of a snapshot `date` in an archive whose newest snapshot is `newest`:
 * `cadenceAt('2026-11-01', '2026-11-20') === 'day'`, `cadenceAt('2026-09-01', '2026-11-20') === 'week'`.
 */
export function cadenceAt(date: string, newest: string): Cadence {
  const age = daysBetween(date, newest);
  if (age < DAILY_RETENTION_DAYS) return 'day';
  return age <= WEEKLY_RETENTION_DAYS ? 'week' : 'month';
}

/** Months from `a`'s month to `b`'s: `monthsBetween('2026-01-31', '2026-03-01') === 2`. */
function monthsBetween(a: string, b: string): number {
  const [ya, ma] = monthOf(a).split('-').map(Number);
  const [yb, mb] = monthOf(b).split('-').map(Number);
  return ((yb ?? 0) - (ya ?? 0)) * 12 + ((mb ?? 0) - (ma ?? 0));
}

/**
 * True when the cadence of `earlier` leaves a bucket empty before `later`: a day, an ISO week or a month with no
 * snapshot. The cadence is the earlier date's, so the line from weekly to daily snapshots is no gap.
 */
function isGap(earlier: string, later: string, cadence: Cadence): boolean {
  if (cadence === 'day') return daysBetween(earlier, later) > 1;
  if (cadence === 'week') return daysBetween(weekStartOf(earlier), weekStartOf(later)) > 7;
  return monthsBetween(earlier, later) > 1;
}

/**
 * Columns for snapshot dates, tiers reckoned from the newest date (the day the archive last ran retention).
 * Precondition: dates ascending and distinct (as `listSnapshotDates` returns them).
 * `toSnapshotColumns(['2026-11-10', '2026-11-12'])` -> the second has `spacingDays: 2, gapBefore: true`.
 */
export function toSnapshotColumns(dates: readonly string[]): SnapshotColumn[] {
  const newest = dates.at(-1);
  if (newest === undefined) return [];
  return dates.map((date, i) => {
    const previous = i > 0 ? dates[i - 1] : undefined;
    if (previous === undefined) return { date, cadence: cadenceAt(date, newest), spacingDays: null, gapBefore: false };
    const gapBefore = isGap(previous, date, cadenceAt(previous, newest));
    return { date, cadence: cadenceAt(date, newest), spacingDays: daysBetween(previous, date), gapBefore };
  });
}

/** The honest empty state for `dates` when they are too few to draw, else null. */
export function notEnoughHistory(dates: readonly string[]): NotEnoughHistory | null {
  if (dates.length >= MIN_SNAPSHOTS) return null;
  return { kind: 'not-enough-history', snapshots: dates.length, newest: dates.at(-1) ?? null };
}

/** What a snapshot says about each key: its value and its label (the newest snapshot's label wins). */
export type SnapshotValues = ReadonlyMap<string, { value: number | null; label: string }>;

/** Every key of the snapshots: the newest snapshot's in its order, then keys only older ones list, newest first. */
export function allKeys(values: readonly SnapshotValues[]): string[] {
  const keys = new Set<string>();
  for (const snapshot of values.toReversed()) for (const key of snapshot.keys()) keys.add(key);
  return [...keys];
}

/**
 * A history from dated bodies: `valuesOf` reads each body once; `keys` picks and orders the series from every
 * snapshot's values, oldest first (default {@link allKeys}). A key a snapshot does not list is null there; its label
 * is the newest one it had. Precondition: snapshots by date ascending, one per date.
 */
export function toSnapshotHistory<T>(
  snapshots: readonly DatedBody<T>[],
  valuesOf: (body: T) => SnapshotValues,
  keys: (values: readonly SnapshotValues[]) => readonly string[] = allKeys,
): SnapshotHistory | NotEnoughHistory {
  const dates = snapshots.map((s) => s.date);
  const tooFew = notEnoughHistory(dates);
  if (tooFew) return tooFew;
  const values = snapshots.map((s) => valuesOf(s.body));
  const series = keys(values).map((key) => {
    const label = values.findLast((v) => v.has(key))?.get(key)?.label ?? key;
    const points = values.map((v, i) => ({ date: dates[i] ?? '', value: v.get(key)?.value ?? null }));
    return { key, label, points };
  });
  return { kind: 'history', columns: toSnapshotColumns(dates), series };
}

/**
 * Every change of value between consecutive snapshots, newest first, then by the size of the change (an
 * appearance or a departure counts as largest), then by key. Equal values and two nulls are no change.
 */
export function toValueChanges(history: SnapshotHistory): ValueChange[] {
  const changes: ValueChange[] = [];
  for (const { key, label, points } of history.series)
    for (let i = 1; i < points.length; i += 1) {
      const before = points[i - 1];
      const now = points[i];
      if (!before || !now || before.value === now.value) continue;
      changes.push({ key, label, date: now.date, previousDate: before.date, from: before.value, to: now.value });
    }
  const size = (c: ValueChange) => (c.from === null || c.to === null ? Infinity : Math.abs(c.to - c.from));
  return changes.sort(
    (a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) || size(b) - size(a) || (a.key < b.key ? -1 : 1),
  );
}
