/**
 * Which frozen copy a chart has in a build, decided before anything is rendered (docs/embeds.md, "Frozen embeds").
 * A chart gets a new copy only when what it draws has changed since its newest copy, dated by its data (`as_of`'s
 * day, or for a weekly chart the Sunday ending its last week); otherwise the build offers the newest copy again.
 * Copies live in packs, one file per chart and ISO week (`/embed/<id>/2026-W48/`), each copy in it reached by its
 * date as the fragment (`#2026-11-26`). Pure: the store's index comes in as a value.
 */
import { createHash } from 'node:crypto';
import { toArchiveJson } from '../archive/write-atomic.ts';
import { packKeyOf } from './ids.ts';

/** One frozen copy in the store: its date, a hash of what it draws and its pack (`null`: a day's file from before packs). */
export interface StoredCopy {
  readonly date: string;
  readonly drawn: string | null;
  readonly pack: string | null;
}

/** Every stored copy by chart id, each list in date order. */
export type FrozenIndex = ReadonlyMap<string, readonly StoredCopy[]>;

/** A chart as the policy sees it: its id, its data's `as_of`, its last week drawn (weekly charts) and {@link drawnHash}. */
export interface FrozenCandidate {
  readonly id: string;
  readonly asOf: string;
  readonly weeksThrough?: string | undefined;
  readonly drawn: string;
}

/** The frozen copy a build offers for a chart; `fresh` when this build renders it (its first publication). */
export interface FrozenCopy {
  readonly date: string;
  readonly pack: string;
  readonly drawn: string | null;
  readonly fresh: boolean;
}

/**
 * A short, stable hash of what a chart draws (any JSON value: SVG, legend, table, texts; never its dates), so equal
 * drawings hash equal whatever the key order: `drawnHash({ a: 1, b: 2 }) === drawnHash({ b: 2, a: 1 })`.
 */
export function drawnHash(drawn: unknown): string {
  return createHash('sha256').update(toArchiveJson(drawn)).digest('hex').slice(0, 16);
}

/** The day a new copy of `chart` is dated by: the Sunday ending its last week, else its `as_of`'s UTC day. */
export function copyDateOf(chart: Pick<FrozenCandidate, 'asOf' | 'weeksThrough'>): string {
  return chart.weeksThrough ?? chart.asOf.slice(0, 10);
}

/**
 * The copy this build offers for `chart`. The newest stored copy again when it draws the same (`drawn` equal), when
 * a packed copy already holds its date or a later one (first publication wins: a re-run with newer code never
 * alters a published copy), or for a chart frozen weekly ({@link frozenCadenceOf}) when the newest copy is in the
 * same ISO week's pack; otherwise a fresh copy dated by {@link copyDateOf}. A day's copy from before packs with
 * the same date is fresh here: the freeze step packs its stored bytes instead of the new rendering.
 */
export function frozenCopyOf(chart: FrozenCandidate, index: FrozenIndex): FrozenCopy {
  const date = copyDateOf(chart);
  const newest = index.get(chart.id)?.at(-1);
  const sameWeek =
    newest !== undefined &&
    newest.pack !== null &&
    frozenCadenceOf(chart.id) === 'weekly' &&
    packKeyOf(newest.date) === packKeyOf(date);
  if (
    newest !== undefined &&
    (newest.drawn === chart.drawn || (newest.pack !== null && newest.date >= date) || sameWeek)
  ) {
    return { date: newest.date, pack: packKeyOf(newest.date), drawn: newest.drawn, fresh: false };
  }
  return { date, pack: packKeyOf(date), drawn: chart.drawn, fresh: true };
}

/**
 * The charts that get frozen copies, by id: the first chart of each section page, as every copy costs bytes for
 * ever whether or not anyone embeds it. A year of copies in the deploy, packed (`npm run bench`, 2026-12-06): the
 * model share by share over 30 days, a copy each changed day (about 14 MB); weekly (`frozenCadenceOf`) the popular
 * apps over all apps (1 MB), the Artificial Analysis intelligence index (3 MB), the task treemap by requests (1 MB),
 * the programming category over 52 weeks (3 MB; the other rankings views are live-only: three more would cost 9 MB
 * a year) and the session-cost grid of 10–49 turn sessions (6 MB); and each pack's head once a week. docs/embeds.md
 * has the budget.
 */
const FROZEN_CHARTS: readonly RegExp[] = [
  /^model-share-share-30d$/,
  /^apps-popular-all$/,
  /^benchmarks-aa-intelligence$/,
  /^tasks-treemap-usage$/,
  /^models-categories-programming-52w$/,
  /^session-cost-10-49-turns$/,
];

/** How often a frozen chart may get a new copy: each day its drawing changes, or at most once an ISO week. */
export type FrozenCadence = 'daily' | 'weekly';

/**
 * The charts frozen daily: the site's headline chart only. Every other frozen chart gets at most one copy an ISO
 * week (its first changed drawing of the week; that copy is offered, with its date, until the next week's): the
 * apps board, the intelligence index and the treemap change a little every day, and a copy a day of each would
 * cost about 33 MB a year of deploy for ever (docs/embeds.md, "The budget").
 */
const DAILY_CHARTS: readonly RegExp[] = [/^model-share-share-30d$/];

/** A frozen chart's cadence: `frozenCadenceOf('model-share-share-30d') === 'daily'`, any other `weekly`. */
export function frozenCadenceOf(id: string): FrozenCadence {
  return DAILY_CHARTS.some((pattern) => pattern.test(id)) ? 'daily' : 'weekly';
}

/** True for a chart id that gets frozen copies: `keepsFrozenCopies('apps-popular-all') === true`. */
export function keepsFrozenCopies(id: string): boolean {
  return FROZEN_CHARTS.some((pattern) => pattern.test(id));
}
