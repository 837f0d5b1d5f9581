/**
 * The overview's headline figures, gathered from each section so every number on `/` is the number the section
 * page shows. Each headline carries the site path of the section that explains it.
 */
import type { Manifest } from '../../archive/format.ts';
import { sparkline } from '../../charts/sparkline.ts';
import { SIZES } from '../../charts/theme.ts';
import { topApp } from '../../transform/app-leaderboard.ts';
import { formatDate, formatExact, formatShare, formatTokens } from '../../transform/format.ts';
import { toModelHeadlines } from '../../transform/model-headlines.ts';
import { topTask } from '../../transform/tasks.ts';
import { tokensToNumber } from '../../transform/tokens.ts';
import { modelPagePath } from '../routes.ts';
import type { SiteData } from '../site-data.ts';
import { boardOf } from './apps.ts';
import { modelsArchive } from './models-data.ts';
import { moverPhrase } from './models.ts';
import { modelNamer } from './model-names.ts';
import { tasksArchive } from './tasks.ts';

/** One headline: what it is, its value (exact value in `title`), context, an optional sparkline, where to read on. */
export type Headline = {
  label: string;
  value: string;
  title?: string;
  sub?: string;
  svg?: string;
  svgAlt?: string;
  href: string;
  linkText: string;
};

/** A dataset's freshness line for the overview: its label and newest `as_of`. */
export type Freshness = { label: string; asOf: string; href: string };

/** Everything the overview shows; `null` parts are datasets the archive does not hold yet. */
export type Overview = {
  synthetic: boolean;
  modelHeadlines: Headline[];
  attribution: string | null;
  appHeadline: Headline | null;
  taskHeadline: Headline | null;
  freshness: Freshness[];
};

/** The datasets the overview lists, with their labels and section pages (the rankings views are on /models/). */
const DATASET_LABELS: Partial<Record<keyof Manifest['datasets'], { label: string; href: string }>> = {
  'rankings-daily': { label: 'Model rankings', href: '/models/' },
  'app-rankings': { label: 'App rankings', href: '/apps/' },
  benchmarks: { label: 'Benchmarks', href: '/benchmarks/' },
  'task-classifications': { label: 'Task classifications', href: '/tasks/' },
};

function toModelHeadlinesView(data: SiteData): {
  headlines: Headline[];
  attribution: string | null;
  synthetic: boolean;
} {
  const archive = modelsArchive(data);
  const headlines = archive ? toModelHeadlines(archive.rows) : null;
  if (!archive || !headlines) return { headlines: [], attribution: null, synthetic: archive?.synthetic ?? false };
  const { latestDay, last30Days, weekOverWeek, dailyTotals } = headlines;
  const nameOf = modelNamer(data);
  const spark = sparkline(
    'overview-daily-tokens',
    dailyTotals.map((d) => ({ date: d.date, value: tokensToNumber(d.tokens) })),
    { color: 'currentColor', size: SIZES.spark },
  );
  const first = dailyTotals[0];
  const last = dailyTotals.at(-1);
  const sparkAlt =
    first && last
      ? `Daily tokens from ${formatDate(first.date)} (${formatTokens(first.tokens)}) to ${formatDate(last.date)} (${formatTokens(last.tokens)}).`
      : undefined;
  const list: Headline[] = [
    {
      label: `Tokens on ${formatDate(latestDay.range.end)} (latest complete day)`,
      value: formatTokens(latestDay.total),
      title: `${formatExact(latestDay.total)} tokens`,
      ...(latestDay.top ? { sub: `Top: ${nameOf(latestDay.top.key)} with ${formatShare(latestDay.top.share)}` } : {}),
      href: '/models/',
      linkText: 'Model share',
    },
    {
      label: `Tokens, last 30 days (${formatDate(last30Days.range.start)} – ${formatDate(last30Days.range.end)})`,
      value: formatTokens(last30Days.total),
      title: `${formatExact(last30Days.total)} tokens`,
      ...(last30Days.top
        ? { sub: `Top: ${nameOf(last30Days.top.key)} with ${formatShare(last30Days.top.share)}` }
        : {}),
      svg: spark,
      ...(sparkAlt ? { svgAlt: sparkAlt } : {}),
      href: last30Days.top ? modelPagePath(last30Days.top.key) : '/models/',
      linkText: last30Days.top ? `About ${nameOf(last30Days.top.key)}` : 'Model share',
    },
  ];
  if (weekOverWeek.riser) {
    list.push({
      label: 'Biggest riser, this week vs last',
      value: nameOf(weekOverWeek.riser.key),
      sub: moverPhrase(weekOverWeek.riser, nameOf),
      href: modelPagePath(weekOverWeek.riser.key),
      linkText: 'Its history',
    });
  }
  if (weekOverWeek.faller) {
    list.push({
      label: 'Biggest faller, this week vs last',
      value: nameOf(weekOverWeek.faller.key),
      sub: moverPhrase(weekOverWeek.faller, nameOf),
      href: modelPagePath(weekOverWeek.faller.key),
      linkText: 'Its history',
    });
  }
  return { headlines: list, attribution: archive.attribution, synthetic: archive.synthetic };
}

function toAppHeadline(data: SiteData): Headline | null {
  const loaded = boardOf(data, 'popular', { kind: 'all' });
  const top = loaded ? topApp(loaded.board) : null;
  if (!loaded || !top) return null;
  return {
    label: `Top app, ${formatDate(loaded.meta.start_date)} – ${formatDate(loaded.meta.end_date)}`,
    value: top.name,
    title: `${formatExact(top.tokens)} tokens`,
    sub: `${formatTokens(top.tokens)} tokens, ${formatShare(top.share)} of the top ${loaded.board.rows.length} apps`,
    href: '/apps/',
    linkText: 'App leaderboards',
  };
}

function toTaskHeadline(data: SiteData): Headline | null {
  const tasks = tasksArchive(data);
  const top = tasks ? topTask(tasks.data, 'usage') : null;
  if (!tasks || !top) return null;
  return {
    label: `Top task, ${tasks.data.window_days} days to ${formatDate(tasks.data.as_of)}`,
    value: top.label,
    sub: `${formatShare(top.share)} of classified requests`,
    href: '/tasks/',
    linkText: 'Task treemap',
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
  const models = toModelHeadlinesView(data);
  const { manifest } = data;
  return {
    synthetic: manifest?.synthetic ?? models.synthetic,
    modelHeadlines: models.headlines,
    attribution: models.attribution,
    appHeadline: toAppHeadline(data),
    taskHeadline: toTaskHeadline(data),
    freshness: toFreshness(manifest),
  };
}
