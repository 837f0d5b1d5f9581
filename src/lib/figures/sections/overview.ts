/**
 * The overview (`/`): the headline share chart (the model share of the last 30 days, `other` last), the week's
 * movers, then the top apps and the top tasks, each a short table that links to its section, and how fresh each
 * dataset is. Every number is the one its section shows: the charts are the catalogue's own figures.
 */
import type { Manifest } from '../../archive/format.ts';
import { toLeaderboardPage } from '../../transform/app-leaderboard.ts';
import { formatDate, formatExact, formatShare, formatTokens } from '../../transform/format.ts';
import { toModelHeadlines } from '../../transform/model-headlines.ts';
import { isolate } from '../../transform/safe-text.ts';
import { measureNoun, toTaskModels } from '../../transform/tasks.ts';
import { tasksPath } from '../routes.ts';
import type { TableData } from '../schema.ts';
import type { SiteData } from '../site-data.ts';
import { boardOf, windowPhrase } from './apps-data.ts';
import { toSlot, type HistorySlot } from './history-data.ts';
import { modelNameOf } from './model-names.ts';
import { modelsArchive } from './models-data.ts';
import { BY_MODEL, shareFigureId } from './models.ts';
import { DEFAULT_VIEW } from './models-spec.ts';
import { moversFigure } from './movers.ts';
import { tasksArchive } from './tasks-data.ts';

/** Rows of each top list on the overview. */
export const TOP_ROWS = 5;

/** A dataset's freshness line for the overview: its label and newest `as_of`. */
export type Freshness = { label: string; asOf: string; href: string };

/** A short ranked table on the overview, with its citation and the section that has the rest. */
export type TopList = {
  anchor: string;
  heading: string;
  table: TableData;
  attribution: string;
  href: string;
  linkText: string;
};

/** Everything the overview shows; null parts are datasets the archive does not hold yet. */
export type Overview = {
  synthetic: boolean;
  /** One sentence of headline totals: the latest complete day and the last 30 days. */
  summary: string | null;
  /** The catalogue id of the headline share chart, null without a complete day of rankings. */
  shareFigureId: string | null;
  /** The week's movers: a figure, or the honest empty state when the archive is too short. */
  movers: HistorySlot | null;
  topApps: TopList | null;
  topTasks: TopList | null;
  freshness: Freshness[];
};

/** The datasets the overview lists, with their labels and section pages (the rankings views are on /models/). */
const DATASET_LABELS: Partial<Record<keyof Manifest['datasets'], { label: string; href: string }>> = {
  'rankings-daily': { label: 'Model rankings', href: '/models/' },
  'app-rankings': { label: 'App rankings', href: '/apps/' },
  benchmarks: { label: 'Benchmarks', href: '/benchmarks/' },
  'task-classifications': { label: 'Task classifications', href: '/tasks/' },
};

/** `1.23T tokens on 19 Nov 2026, the latest complete day, and 38.1T over the 30 days to it; …`. */
function summaryOf(data: SiteData): string | null {
  const archive = modelsArchive(data);
  const headlines = archive ? toModelHeadlines(archive.rows) : null;
  if (!headlines) return null;
  const { latestDay, last30Days } = headlines;
  const top = last30Days.top
    ? ` ${isolate(modelNameOf(data, last30Days.top.key))} led the 30 days with ${formatShare(last30Days.top.share)} of tokens.`
    : '';
  return (
    `${formatTokens(latestDay.total)} tokens on ${formatDate(latestDay.range.end)}, the latest complete day, and ` +
    `${formatTokens(last30Days.total)} over the 30 days ${formatDate(last30Days.range.start)} – ` +
    `${formatDate(last30Days.range.end)}.${top}`
  );
}

function topAppsOf(data: SiteData): TopList | null {
  const loaded = boardOf(data, 'popular', { kind: 'all' });
  const rows = loaded ? toLeaderboardPage(loaded.board, 1).rows.slice(0, TOP_ROWS) : [];
  if (!loaded || rows.length === 0) return null;
  const window = windowPhrase(loaded.meta);
  return {
    anchor: 'top-apps',
    heading: 'Top apps',
    table: {
      caption: `Top ${rows.length} apps by tokens, ${window}`,
      columns: [{ label: 'Rank', numeric: true }, 'App', { label: 'Tokens', numeric: true }, 'Share of top apps'],
      rows: rows.map((r) => [
        String(r.rank),
        r.name,
        { text: formatTokens(r.tokens), title: `${formatExact(r.tokens)} tokens` },
        { text: formatShare(r.share), bar: r.bar },
      ]),
    },
    attribution: loaded.attribution,
    href: '/apps/',
    linkText: `Every app leaderboard, ${window}`,
  };
}

function topTasksOf(data: SiteData): TopList | null {
  const tasks = tasksArchive(data);
  const top = tasks ? toTaskModels(tasks.data, 'usage').slice(0, TOP_ROWS) : [];
  if (!tasks || top.length === 0) return null;
  const largest = top[0]?.share ?? 0;
  const window = `${tasks.data.window_days} days to ${formatDate(tasks.data.as_of)}`;
  return {
    anchor: 'top-tasks',
    heading: 'Top tasks',
    table: {
      caption: `Top ${top.length} tasks by share of classified ${measureNoun('usage')}, ${window}`,
      columns: [{ label: 'Rank', numeric: true }, 'Task', 'Share of requests'],
      rows: top.map((t, i) => [
        String(i + 1),
        t.label,
        { text: formatShare(t.share), bar: largest > 0 ? t.share / largest : 0 },
      ]),
    },
    attribution: tasks.attribution,
    href: tasksPath('usage'),
    linkText: `Every task and its top models, ${window}`,
  };
}

function toFreshness(manifest: Manifest | null): Freshness[] {
  if (!manifest) return [];
  return (Object.keys(DATASET_LABELS) as (keyof Manifest['datasets'])[]).flatMap((dataset) => {
    const entry = manifest.datasets[dataset];
    const label = DATASET_LABELS[dataset];
    return entry && label ? [{ ...label, asOf: entry.as_of }] : [];
  });
}

/** The overview of the archive. */
export function overviewOf(data: SiteData): Overview {
  const archive = modelsArchive(data);
  const movers = moversFigure(data, '7d');
  const hasDay = (archive?.rows.length ?? 0) > 0;
  return {
    synthetic: data.manifest?.synthetic ?? archive?.synthetic ?? false,
    summary: summaryOf(data),
    shareFigureId: hasDay ? shareFigureId(BY_MODEL, DEFAULT_VIEW) : null,
    movers: movers && toSlot(movers),
    topApps: topAppsOf(data),
    topTasks: topTasksOf(data),
    freshness: toFreshness(data.manifest),
  };
}
