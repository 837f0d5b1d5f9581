/**
 * The change feed: one entry per archive day saying what changed that day: the new #1 model, the biggest risers and
 * fallers by share of the day's tokens, models entering or leaving the top 50 (each against the day before), and,
 * from the archived snapshots, a new #1 app or a new largest task. Entries are stable: the same day always has the
 * same id and `updated`, whenever the site is rebuilt. Links are site paths from the caller's path builder. Names
 * stay untrusted plain text, bidi-isolated in sentences (`isolate`); the Atom serializer escapes them.
 */
import type { AppRankingsResponse } from '../api/app-rankings.ts';
import { addDays } from '../api/dates.ts';
import type { RankingsDailyRow } from '../api/rankings-daily.ts';
import type { TaskClassificationsResponse } from '../api/task-classifications.ts';
import { attributionFor } from './citation.ts';
import { toDayTotals } from './day-totals.ts';
import { formatDate, formatPoints, formatShare } from './format.ts';
import { displayNameOf } from './model-slugs.ts';
import { isolate } from './safe-text.ts';
import { rankKeys } from './shares.ts';
import type { DatedBody } from './snapshot-history.ts';
import { shareOf } from './tokens.ts';

/** What a feed link points at; the caller's path builder (`FeedInput.pathOf`) turns it into a site path. */
export type FeedTarget =
  { kind: 'models' } | { kind: 'model'; permaslug: string } | { kind: 'apps' } | { kind: 'tasks' };

export type FeedItemKind =
  'new-leader' | 'riser' | 'faller' | 'entered' | 'left' | 'new-app-leader' | 'new-task-leader';

/** One change: a sentence, its first clause for titles, and the site path of the chart or page that shows it. */
export type FeedItem = { kind: FeedItemKind; text: string; headline: string; path: string };

/**
 * One day's entry. `id` is stable (`day/2026-11-19`; the serializer makes it an IRI). `updated` is the end of the
 * day (UTC midnight after it), or a later snapshot's `as_of` when one told of the change. `citations`: each source's
 * attribution with its `as_of` (the synthetic notice for demo data), deduplicated.
 */
export type FeedEntry = {
  id: string;
  day: string;
  title: string;
  updated: string;
  items: FeedItem[];
  links: { label: string; path: string }[];
  citations: string[];
};

/** What the feed is built from. */
export type FeedInput = {
  /** Rankings rows, complete days only (see `toCompleteDays`), by date ascending. */
  rows: readonly RankingsDailyRow[];
  /** The `as_of` to cite for a day's rankings, e.g. the `meta.as_of` of the partition holding it. */
  rankingsAsOf: (day: string) => string;
  synthetic: boolean;
  /** The `popular/all` board of each archived app-rankings snapshot, by date ascending. */
  apps?: readonly DatedBody<AppRankingsResponse>[];
  /** The `7d` body of each archived task-classifications snapshot, by date ascending. */
  tasks?: readonly DatedBody<TaskClassificationsResponse>[];
  /** Site path of a link target, e.g. `{ kind: 'models' }` -> `/models/`. */
  pathOf: (target: FeedTarget) => string;
  /** A model's label; default `displayNameOf`. */
  nameOf?: (permaslug: string) => string;
  /** How many of the newest days get an entry (default 30). */
  days?: number;
  /** Risers and fallers per entry (default 3 each). */
  movers?: number;
};

/** Share changes smaller than this (0.05 pp) print as ±0.0 pp: not news. */
const MIN_SHARE_CHANGE = 0.0005;

/** One day of rankings: each top-50 model's rank and share. */
type RankedDay = Map<string, { rank: number; share: number }>;

/** Each day's top-50 models ranked by tokens (ties alphabetical), with their share of the day's total. */
function toRankedDays(rows: readonly RankingsDailyRow[]): Map<string, RankedDay> {
  const ranked = new Map<string, RankedDay>();
  for (const [date, { byModel: tokens, total }] of toDayTotals(rows)) {
    const keys = rankKeys(tokens);
    ranked.set(date, new Map(keys.map((k, i) => [k, { rank: i + 1, share: shareOf(tokens.get(k) ?? 0n, total) }])));
  }
  return ranked;
}

/** An item whose sentence is its headline followed by `rest`. */
function toItem(kind: FeedItemKind, headline: string, rest: string, path: string): FeedItem {
  return { kind, headline, text: `${headline}${rest}`, path };
}

/** A model in both days: its rank and share now, then, and the change of share. */
type Move = { slug: string; rank: number; share: number; wasRank: number; change: number };

/** The biggest risers and fallers by share change, at most `count` each, ties alphabetical. */
function toMoves(before: RankedDay, now: RankedDay, count: number): { risers: Move[]; fallers: Move[] } {
  const moves = [...now].flatMap(([slug, { rank, share }]) => {
    const was = before.get(slug);
    return was ? [{ slug, rank, share, wasRank: was.rank, change: share - was.share }] : [];
  });
  const bySize = (a: Move, b: Move) => Math.abs(b.change) - Math.abs(a.change) || (a.slug < b.slug ? -1 : 1);
  return {
    risers: moves
      .filter((m) => m.change >= MIN_SHARE_CHANGE)
      .sort(bySize)
      .slice(0, count),
    fallers: moves
      .filter((m) => m.change <= -MIN_SHARE_CHANGE)
      .sort(bySize)
      .slice(0, count),
  };
}

/** What changed in the rankings from the day before to `day`: leader, movers, entries and exits. */
function rankingsItems(before: RankedDay, now: RankedDay, input: FeedInput): FeedItem[] {
  const nameOf = (permaslug: string) => isolate((input.nameOf ?? displayNameOf)(permaslug));
  const model = (permaslug: string) => input.pathOf({ kind: 'model', permaslug });
  const items: FeedItem[] = [];
  const [leader] = now.keys();
  const [previous] = before.keys();
  if (leader !== undefined && previous !== undefined && leader !== previous) {
    const rest = `, ahead of ${nameOf(previous)}.`;
    items.push(toItem('new-leader', `${nameOf(leader)} is the new #1 model`, rest, model(leader)));
  }
  const { risers, fallers } = toMoves(before, now, input.movers ?? 3);
  for (const [kind, moves] of [
    ['riser', risers],
    ['faller', fallers],
  ] as const)
    for (const m of moves) {
      const rest = ` to ${formatShare(m.share)} of the day’s tokens (#${m.wasRank} → #${m.rank}).`;
      items.push(toItem(kind, `${nameOf(m.slug)} ${formatPoints(m.change)}`, rest, model(m.slug)));
    }
  for (const [slug, { rank }] of now)
    if (!before.has(slug))
      items.push(toItem('entered', `${nameOf(slug)} entered the top 50`, ` at #${rank}.`, model(slug)));
  for (const [slug, { rank }] of before)
    if (!now.has(slug)) items.push(toItem('left', `${nameOf(slug)} left the top 50`, ` (was #${rank}).`, model(slug)));
  return items;
}

/** A change a snapshot told of, dated by the last day its window covers. */
type SnapshotEvent = { day: string; item: FeedItem; asOf: string; citation: string };

/** A new #1 on the app board between consecutive snapshots. */
function appEvents(input: FeedInput): SnapshotEvent[] {
  const boards = input.apps ?? [];
  return boards.slice(1).flatMap((snapshot, i) => {
    const [leader] = snapshot.body.data;
    const [previous] = boards[i]?.body.data ?? [];
    if (!leader || !previous || leader.app_id === previous.app_id) return [];
    const headline = `${isolate(leader.app_name)} is the new #1 app`;
    const item = toItem(
      'new-app-leader',
      headline,
      `, ahead of ${isolate(previous.app_name)}.`,
      input.pathOf({ kind: 'apps' }),
    );
    const { as_of: asOf, end_date: day } = snapshot.body.meta;
    const citation = attributionFor({ asOf, synthetic: input.synthetic });
    return [{ day, asOf, citation, item }];
  });
}

/** A new largest task (by share of requests) between consecutive snapshots. */
function taskEvents(input: FeedInput): SnapshotEvent[] {
  const snapshots = input.tasks ?? [];
  const largest = (body: TaskClassificationsResponse | undefined) =>
    body?.data.classifications.toSorted((a, b) => b.usage_share - a.usage_share || (a.tag < b.tag ? -1 : 1))[0];
  return snapshots.slice(1).flatMap((snapshot, i) => {
    const leader = largest(snapshot.body);
    const previous = largest(snapshots[i]?.body);
    if (!leader || !previous || leader.tag === previous.tag) return [];
    const label = (c: typeof leader) => isolate(c.display_name || c.tag);
    const rest = `, with ${formatShare(leader.usage_share)} of requests, ahead of ${label(previous)}.`;
    const item = toItem(
      'new-task-leader',
      `${label(leader)} is the largest task`,
      rest,
      input.pathOf({ kind: 'tasks' }),
    );
    const day = snapshot.body.data.as_of;
    const asOf = `${addDays(day, 1)}T00:00:00.000Z`;
    const citation = attributionFor({ asOf: day, synthetic: input.synthetic });
    return [{ day, asOf, citation, item }];
  });
}

/** Items in reading order: leaders first, then movers, then the top 50's comings and goings. */
const KIND_ORDER: readonly FeedItemKind[] = [
  'new-leader',
  'new-app-leader',
  'new-task-leader',
  'riser',
  'faller',
  'entered',
  'left',
];

/** The charts an entry links to, each when the day has an item of one of its kinds. */
const CHART_LINKS: readonly { label: string; target: FeedTarget; kinds: readonly FeedItemKind[] }[] = [
  {
    label: 'Model movers and ranks',
    target: { kind: 'models' },
    kinds: ['new-leader', 'riser', 'faller', 'entered', 'left'],
  },
  { label: 'App rankings', target: { kind: 'apps' }, kinds: ['new-app-leader'] },
  { label: 'Tasks', target: { kind: 'tasks' }, kinds: ['new-task-leader'] },
];

/** A short title from the day's items: `gpt-5 is the new #1 model; 2 models entered the top 50`. */
function toHeadline(items: readonly FeedItem[]): string {
  const parts = items.filter((i) => i.kind.startsWith('new-')).map((i) => i.headline);
  const riser = items.find((i) => i.kind === 'riser');
  if (parts.length === 0 && riser) parts.push(riser.headline);
  const entered = items.filter((i) => i.kind === 'entered').length;
  if (entered > 0) parts.push(`${entered} ${entered === 1 ? 'model' : 'models'} entered the top 50`);
  return parts.slice(0, 2).join('; ') || (items[0]?.headline ?? '');
}

/** An instant as ISO 8601 with milliseconds, or null when it cannot be read. */
function toInstant(value: string): string | null {
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** One day's entry, or null when nothing changed that the feed reports. */
function toEntry(day: string, items: FeedItem[], events: readonly SnapshotEvent[], input: FeedInput): FeedEntry | null {
  const all = [...items, ...events.map((e) => e.item)].sort(
    (a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
  );
  if (all.length === 0) return null;
  const dayEnd = `${addDays(day, 1)}T00:00:00.000Z`;
  const updated = events.map((e) => toInstant(e.asOf) ?? dayEnd).reduce((a, b) => (b > a ? b : a), dayEnd);
  const citations = [
    ...(items.length > 0 ? [attributionFor({ asOf: input.rankingsAsOf(day), synthetic: input.synthetic })] : []),
    ...events.map((e) => e.citation),
  ];
  const kinds = new Set(all.map((i) => i.kind));
  const links = CHART_LINKS.filter((link) => link.kinds.some((k) => kinds.has(k))).map((link) => ({
    label: link.label,
    path: input.pathOf(link.target),
  }));
  return {
    id: `day/${day}`,
    day,
    title: `${formatDate(day)}: ${toHeadline(all)}`,
    updated,
    items: all,
    links,
    citations: [...new Set(citations)],
  };
}

/**
 * The feed's entries, newest day first: one per day (of the newest `days`) on which something it reports changed.
 * Rankings changes compare a day with the day before (both must be archived); snapshot changes compare consecutive
 * snapshots and are dated by the last day their window covers. Pure and deterministic.
 */
export function toFeedEntries(input: FeedInput): FeedEntry[] {
  const ranked = toRankedDays(input.rows);
  const events = [...appEvents(input), ...taskEvents(input)];
  const days = [...new Set([...ranked.keys(), ...events.map((e) => e.day)])].sort();
  const newest = days.at(-1);
  if (newest === undefined) return [];
  const first = addDays(newest, -((input.days ?? 30) - 1));
  return days
    .filter((day) => day >= first)
    .reverse()
    .flatMap((day) => {
      const now = ranked.get(day);
      const before = ranked.get(addDays(day, -1));
      const items = now && before ? rankingsItems(before, now, input) : [];
      const told = events.filter((e) => e.day === day);
      return toEntry(day, items, told, input) ?? [];
    });
}
