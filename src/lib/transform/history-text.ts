/**
 * Words and CSV for the history figures: text alternatives written from the data, the honest "not enough history"
 * sentences, and the columns of each figure's download (exactly the values drawn, one row per point). Labels are
 * untrusted plain text; they reach HTML only through escaping renderers, and sentences bidi-isolate them (`isolate`).
 */
import type { Bump } from './bump.ts';
import type { CsvColumn } from './csv.ts';
import { formatDate, formatTokens } from './format.ts';
import { displayNameOf } from './model-slugs.ts';
import type { Momentum, MomentumRow, MomentumShortfall } from './momentum.ts';
import { isolate } from './safe-text.ts';
import type { NotEnoughHistory, SnapshotHistory } from './snapshot-history.ts';

/**
 * The empty state of a history figure: `Not enough history yet: the archive holds 1 snapshot (20 Nov 2026), and a
 * chart over time needs at least 2.`
 */
export function describeNotEnoughHistory(state: NotEnoughHistory, unit = 'snapshot'): string {
  const held = plural(state.snapshots, unit, `${unit}s`);
  const newest = state.newest === null ? '' : ` (${formatDate(state.newest)})`;
  return `Not enough history yet: the archive holds ${held}${newest}, and a chart over time needs at least 2.`;
}

/** The empty state of momentum: how many complete days the window needs and the archive holds. */
export function describeMomentumShortfall(state: MomentumShortfall): string {
  return (
    `Not enough history yet: momentum over ${state.window} compares it with the three equal windows before, ` +
    `so it needs ${state.neededDays} complete days of rankings; the archive holds ${state.availableDays}.`
  );
}

/** A signed token count: `+934B`, `−12.0B`. */
function signedTokens(value: bigint): string {
  return value < 0n ? `−${formatTokens(-value)}` : `+${formatTokens(value)}`;
}

/**
 * The text alternative of a movers table: `Over the 7 days to 19 Nov 2026, against the average of the three 7-day
 * windows before: sonnet rose most (+934B tokens, #1 now); glm fell most (−12.0B, #9 now). 12 models rose, 20 fell.`
 */
export function describeMomentum(momentum: Momentum, nameOf: (slug: string) => string = displayNameOf): string {
  const { days, range, risers, fallers } = momentum;
  const head = `Over the ${days} days to ${formatDate(range.end)}, against the average of the three ${days}-day windows before`;
  const name = (slug: string) => isolate(nameOf(slug));
  const now = (row: MomentumRow) => (row.rank === null ? 'outside the top 50 now' : `#${row.rank} now`);
  const [riser] = risers;
  const [faller] = fallers;
  const parts = [
    ...(riser ? [`${name(riser.permaslug)} rose most (${signedTokens(riser.excess)} tokens, ${now(riser)})`] : []),
    ...(faller ? [`${name(faller.permaslug)} fell most (${signedTokens(faller.excess)}, ${now(faller)})`] : []),
  ];
  const counts = `${plural(risers.length, 'model', 'models')} rose, ${fallers.length} fell.`;
  return `${head}: ${parts.join('; ') || 'no model moved'}. ${counts}`;
}

/** CSV columns of a movers table: exact tokens, the baseline mean, the excess, ranks and shares. */
export function momentumCsvColumns(): CsvColumn<MomentumRow>[] {
  return [
    { header: 'model_permaslug', value: (r) => r.permaslug },
    { header: 'window_tokens', value: (r) => r.tokens },
    { header: 'baseline_mean_tokens', value: (r) => r.baseline },
    { header: 'excess_tokens', value: (r) => r.excess },
    { header: 'rank', value: (r) => r.rank },
    { header: 'previous_rank', value: (r) => r.previousRank },
    { header: 'rank_change', value: (r) => r.rankChange },
    { header: 'share', value: (r) => r.share.toFixed(6) },
    { header: 'share_change', value: (r) => (r.shareChange === null ? null : r.shareChange.toFixed(6)) },
    { header: 'ranked_days', value: (r) => r.rankedDays },
    { header: 'baseline_ranked_days', value: (r) => r.baselineRankedDays },
  ];
}

/** `1 gap`, `2 gaps`. */
function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** How many columns follow a gap: `, with 2 gaps` or nothing. */
function gapsClause(columns: readonly { gapBefore: boolean }[]): string {
  const gaps = columns.filter((c) => c.gapBefore).length;
  return gaps === 0 ? '' : `, with ${plural(gaps, 'gap', 'gaps')} in the archive`;
}

/**
 * The text alternative of a bump chart: `Ranks 1–10 over 26 weeks, 25 May to 16 Nov 2026: X is #1 now and held #1
 * in 20 of 26 weeks; 4 entries into the top 10 and 3 exits.`
 */
export function describeBump(bump: Bump, unit: 'week' | 'month' | 'snapshot'): string {
  const first = bump.columns[0]?.date ?? '';
  const last = bump.columns.at(-1)?.date ?? '';
  const count = bump.columns.length;
  const span = `Ranks 1–${bump.depth} over ${count} ${unit}s, ${formatDate(first)} to ${formatDate(last)}${gapsClause(bump.columns)}`;
  const leader = bump.series.find((s) => s.points.at(-1)?.rank === 1);
  const held = leader ? leader.points.filter((p) => p.rank === 1).length : 0;
  const lead = leader
    ? `${isolate(leader.label)} is #1 now and held #1 in ${held} of ${count} ${unit}s`
    : 'no series is #1 now';
  const entries = bump.series.reduce((n, s) => n + s.entries.length, 0);
  const exits = bump.series.reduce((n, s) => n + s.exits.length, 0);
  const omitted = bump.omitted > 0 ? ` ${bump.omitted} more reached the top ${bump.depth} but are not drawn.` : '';
  const moves = `${plural(entries, 'entry', 'entries')} into the top ${bump.depth} and ${plural(exits, 'exit', 'exits')}`;
  return `${span}: ${lead}; ${moves}.${omitted}`;
}

/** One row of a bump chart's CSV: a series at a column (`rank` null when unranked then). */
export type BumpCsvRow = { date: string; key: string; label: string; rank: number | null };

/** The bump chart's points as CSV rows, series by series in chart order, columns ascending. */
export function toBumpCsvRows(bump: Bump): BumpCsvRow[] {
  return bump.series.flatMap((s) => s.points.map((p) => ({ date: p.date, key: s.key, label: s.label, rank: p.rank })));
}

/** CSV columns of a bump chart; `keyHeader` names the key (`model_permaslug`, `app_id`). */
export function bumpCsvColumns(keyHeader: string): CsvColumn<BumpCsvRow>[] {
  return [
    { header: 'date', value: (r) => r.date },
    { header: keyHeader, value: (r) => r.key },
    { header: 'name', value: (r) => r.label },
    { header: 'rank', value: (r) => r.rank },
  ];
}

/**
 * The text alternative of a history line chart, from its first and last snapshots: `8 snapshots, 25 Sep to 20 Nov
 * 2026, with 2 gaps in the archive. Code Generation: 16.0% to 16.5%; Tool Use: 11.6% to 12.4%.` (at most 3 series).
 */
export function describeHistory(history: SnapshotHistory, format: (value: number) => string): string {
  const first = history.columns[0]?.date ?? '';
  const last = history.columns.at(-1)?.date ?? '';
  const head = `${history.columns.length} snapshots, ${formatDate(first)} to ${formatDate(last)}${gapsClause(history.columns)}.`;
  const value = (v: number | null | undefined) => (v === null || v === undefined ? 'not listed' : format(v));
  const lines = history.series
    .slice(0, 3)
    .map((s) => `${isolate(s.label)}: ${value(s.points[0]?.value)} to ${value(s.points.at(-1)?.value)}`);
  return lines.length === 0 ? head : `${head} ${lines.join('; ')}.`;
}

/** One row of a history chart's CSV: a series' value at a snapshot, and whether snapshots are missing before it. */
export type HistoryCsvRow = { date: string; key: string; label: string; value: number | null; gapBefore: boolean };

/** A history's points as CSV rows, series by series in chart order, snapshots ascending. */
export function toHistoryCsvRows(history: SnapshotHistory): HistoryCsvRow[] {
  const gaps = new Map(history.columns.map((c) => [c.date, c.gapBefore]));
  return history.series.flatMap((s) =>
    s.points.map((p) => ({
      date: p.date,
      key: s.key,
      label: s.label,
      value: p.value,
      gapBefore: gaps.get(p.date) ?? false,
    })),
  );
}

/** CSV columns of a history chart; `keyHeader` names the key (`tag`, `model_permaslug`), `valueHeader` the value. */
export function historyCsvColumns(keyHeader: string, valueHeader: string): CsvColumn<HistoryCsvRow>[] {
  return [
    { header: 'snapshot_date', value: (r) => r.date },
    { header: keyHeader, value: (r) => r.key },
    { header: 'name', value: (r) => r.label },
    { header: valueHeader, value: (r) => r.value },
    { header: 'gap_before', value: (r) => (r.gapBefore ? 'yes' : '') },
  ];
}
