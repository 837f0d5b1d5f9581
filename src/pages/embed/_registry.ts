/**
 * Every embeddable chart of the build, by stable id (see docs/embeds.md): each `ChartFigure` of the site, built by
 * the same figure builders as its page. Every chart gets a live embed, a cited SVG and a 2x PNG; the section charts
 * that are not a re-cut of another (`frozen`) also get frozen embeds, which the charts of the per-model pages (three
 * per model, hundreds in all) never do. Each page's main chart also gets a 1200×630 card for link previews (`card`).
 */
import type { LegendItem, TableData } from '../../components/types.ts';
import { listSnapshotDates } from '../../lib/archive/read.ts';
import { drawnHash, type FrozenCopy, frozenCopyOf, keepsFrozenCopies } from '../../lib/embed/frozen-policy.ts';
import { readFrozenIndex } from '../../lib/embed/frozen-store.ts';
import { toFrozenDate } from '../../lib/embed/ids.ts';
import { dataDir, loadModelsArchive } from '../models/_data.ts';
import { appsEmbedCharts } from './_charts/apps.ts';
import { benchmarksEmbedCharts } from './_charts/benchmarks.ts';
import { modelPageEmbedCharts, modelsEmbedCharts } from './_charts/models.ts';
import { openRouterEmbedCharts } from './_charts/openrouter.ts';
import { taskModelEmbedCharts } from './_charts/task-models.ts';
import { tasksEmbedCharts } from './_charts/tasks.ts';
import { viewsEmbedCharts } from './_charts/views.ts';

/** One embeddable chart: what its embed page draws and where its page and downloads are. */
export type EmbedChart = {
  /** Stable id: the chart's download name, e.g. `model-share-share-30d`, `model-openai_gpt-4o-tokens`. */
  id: string;
  /** Set for a chart of a model's page: its page slug and chart; such charts are live-only. */
  model?: { slug: string; chart: string };
  /** True when a page shows this chart first: it gets a 1200×630 card for link previews. */
  card: boolean;
  /**
   * True when the chart gets frozen embeds. A section chart that only re-cuts another one (another window of the
   * same series, a later page of a leaderboard) is live-only, and `frozenVariantId` names the chart whose frozen
   * copies hold the same data; a model page's charts are live-only and have none. (Not named `frozen`: embed pages
   * spread a chart into EmbedFigure, whose `frozen` prop is a frozen copy's date line.)
   */
  frozenCopies: boolean;
  frozenVariantId?: string;
  title: string;
  takeaway: string;
  svg: string;
  alt: string;
  minWidth?: number;
  legend: LegendItem[];
  table: TableData;
  rowHeader?: number;
  notes: string[];
  tokenCaveat: boolean | 'no-other';
  attribution: string;
  /** `as_of` of the data drawn (ISO time or date). */
  asOf: string;
  /**
   * Set for a weekly chart: the Sunday ending the last week drawn. What it draws changes only when a week is added,
   * so its frozen copies are dated by this day rather than by the build's day (see `frozenDateOf`).
   */
  weeksThrough?: string;
  /** Site path of the chart on its page, with the figure's anchor. */
  pageHref: string;
  /** Site path of the CSV of what is drawn. */
  csvHref: string;
  /**
   * Site path of the downloads without extension: `/models/model-share-share-30d` (+ `.svg`, `.png`); a section
   * chart's downloads are `<folder>/<id>`, the folder being its section's or a subfolder (`/models/views`).
   */
  exportPath: string;
};

const cache = new Map<string, EmbedChart[]>();

/** Every chart of the build (section charts first), read once per build; throws on a repeated id. */
export function embedCharts(): EmbedChart[] {
  const dir = dataDir();
  const cached = cache.get(dir);
  if (cached) return cached;
  const charts = withFrozenPolicy([
    ...modelsEmbedCharts(),
    ...appsEmbedCharts(),
    ...viewsEmbedCharts(),
    ...benchmarksEmbedCharts(),
    ...openRouterEmbedCharts(),
    ...tasksEmbedCharts(),
    ...taskModelEmbedCharts(),
    ...modelPageEmbedCharts(),
  ]);
  const seen = new Set<string>();
  for (const chart of charts) {
    if (seen.has(chart.id)) throw new Error(`embeds: chart id "${chart.id}" is used twice; ids must be unique`);
    seen.add(chart.id);
  }
  for (const chart of charts) {
    const variant = chart.frozenVariantId;
    if (variant !== undefined && !charts.some((c) => c.id === variant && c.frozenCopies)) {
      throw new Error(
        `embeds: chart "${chart.id}" names "${variant}" as its frozen variant, which has no frozen embeds`,
      );
    }
  }
  cache.set(dir, charts);
  return charts;
}

/**
 * The charts with frozen copies narrowed to the frozen-copy policy (`keepsFrozenCopies`: each section's default
 * views); a live-only chart keeps its frozen variant only while that variant has frozen copies.
 */
function withFrozenPolicy(charts: EmbedChart[]): EmbedChart[] {
  const narrowed = charts.map((chart) => ({
    ...chart,
    frozenCopies: chart.frozenCopies && keepsFrozenCopies(chart.id),
  }));
  const frozenIds = new Set(narrowed.filter((chart) => chart.frozenCopies).map((chart) => chart.id));
  return narrowed.map(({ frozenVariantId, ...chart }) =>
    frozenVariantId !== undefined && frozenIds.has(frozenVariantId) ? { ...chart, frozenVariantId } : chart,
  );
}

/**
 * True for a section chart (every chart except those of the per-model pages, whose downloads live under each model's
 * page and which never get frozen copies).
 */
export function isSectionChart(chart: EmbedChart): boolean {
  return chart.model === undefined;
}

/**
 * True for a chart with frozen embeds: a section chart that is not a re-cut of another. Frozen copies are kept for
 * ever, one per chart per day, so re-cuts (which a frozen copy of the default window already dates) are live-only.
 */
export function isFrozenChart(chart: EmbedChart): boolean {
  return chart.frozenCopies;
}

/** The section charts whose downloads are in `folder` (`/models`, `/models/views`): `<folder>/<id>.{svg,png}`. */
export function chartsExportedIn(folder: string): EmbedChart[] {
  return embedCharts().filter((c) => isSectionChart(c) && c.exportPath === `${folder}/${c.id}`);
}

/** The charts of the per-model pages. */
export function modelPageCharts(): EmbedChart[] {
  return embedCharts().filter((c) => !isSectionChart(c));
}

/** The route params of a model page's chart file: `{ slug: 'openai_gpt-4o', chart: 'tokens' }`. */
export function modelChartParams(chart: EmbedChart): Record<string, string> {
  return { slug: chart.model?.slug ?? '', chart: chart.model?.chart ?? '' };
}

/** What a chart draws, for `drawnHash`: everything on its embed but its dates and citation (which carries `as_of`). */
function drawnOf(chart: EmbedChart): unknown {
  const { title, takeaway, svg, alt, minWidth, legend, table, rowHeader, notes, tokenCaveat } = chart;
  return { title, takeaway, svg, alt, minWidth, legend, table, rowHeader, notes, tokenCaveat };
}

const copies = new Map<string, FrozenCopy | null>();

/**
 * The frozen copy this build offers for a chart (`frozenCopyOf` over the archive's frozen index): a fresh one when
 * what it draws changed since its newest copy, else that copy. Null for a live-only chart.
 */
export function frozenCopyOfChart(chart: EmbedChart): FrozenCopy | null {
  const key = `${dataDir()}\n${chart.id}`;
  if (copies.has(key)) return copies.get(key) ?? null;
  const copy = isFrozenChart(chart)
    ? frozenCopyOf(
        { id: chart.id, asOf: chart.asOf, weeksThrough: chart.weeksThrough, drawn: drawnHash(drawnOf(chart)) },
        frozenIndex(),
      )
    : null;
  copies.set(key, copy);
  return copy;
}

/**
 * The date of a chart's frozen copy in this build (`/embed/<id>/<YYYY-Www>/#<date>`): the day of its data, a weekly
 * chart's last week's Sunday, or the date of its newest copy when it draws the same. Null without a frozen copy.
 */
export function frozenDateOf(chart: EmbedChart): string | null {
  return frozenCopyOfChart(chart)?.date ?? null;
}

/**
 * What a frozen copy compares with `/embed/latest.json` to say "newer data available": the date of the copy that
 * draws what the chart draws now (so an unchanged chart is not "newer"); for a live-only chart, its last week drawn
 * or its `as_of`.
 */
export function editionOf(chart: EmbedChart): string {
  return frozenDateOf(chart) ?? chart.weeksThrough ?? chart.asOf;
}

let index: { dir: string; index: ReturnType<typeof readFrozenIndex> } | undefined;

/** The archive's frozen copies by chart id (`<data>/embeds/`), read once per build. */
function frozenIndex(): ReturnType<typeof readFrozenIndex> {
  const dir = dataDir();
  if (index?.dir !== dir) index = { dir, index: readFrozenIndex(dir) };
  return index.index;
}

let frozen: string | null | undefined;

/**
 * The date this build freezes its embeds under: the newest refresh in the archive (dated snapshots and the
 * rankings' `as_of`), never the clock, so two builds of one archive agree. Null for an empty archive.
 */
export function frozenDate(): string | null {
  if (frozen !== undefined) return frozen;
  const dir = dataDir();
  const snapshotDates = (['app-rankings', 'benchmarks', 'task-classifications'] as const).flatMap((dataset) =>
    listSnapshotDates(dir, dataset),
  );
  const rankingsAsOf = loadModelsArchive(dir)?.asOf;
  frozen = toFrozenDate(rankingsAsOf ? [...snapshotDates, rankingsAsOf] : snapshotDates);
  return frozen;
}
