/**
 * Every embeddable chart of the build, by stable id (see docs/embeds.md): each `ChartFigure` of the site, built by
 * the same figure builders as its page. Section charts get live and frozen embeds, a cited SVG and a 2x PNG; the
 * charts of the per-model pages (three per model, hundreds in all) get the live embed and the cited SVG only.
 * Each page's main chart also gets a 1200×630 card for link previews (`card`).
 */
import type { LegendItem, TableData } from '../../components/types.ts';
import { listSnapshotDates } from '../../lib/archive/read.ts';
import { toFrozenDate } from '../../lib/embed/ids.ts';
import { dataDir, loadModelsArchive } from '../models/_data.ts';
import { appsEmbedCharts } from './_charts/apps.ts';
import { benchmarksEmbedCharts } from './_charts/benchmarks.ts';
import { modelPageEmbedCharts, modelsEmbedCharts } from './_charts/models.ts';
import { tasksEmbedCharts } from './_charts/tasks.ts';

/** The site section whose folder holds a chart's downloads (`/apps/<id>.svg`). */
export type Section = 'models' | 'apps' | 'benchmarks' | 'tasks';

/** One embeddable chart: what its embed page draws and where its page and downloads are. */
export type EmbedChart = {
  /** Stable id: the chart's download name, e.g. `model-share-share-30d`, `model-openai_gpt-4o-tokens`. */
  id: string;
  section: Section;
  /** Set for a chart of a model's page: its page slug and chart; such charts are live-only. */
  model?: { slug: string; chart: string };
  /** True when a page shows this chart first: it gets a 1200×630 card for link previews. */
  card: boolean;
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
  /** Site path of the chart on its page, with the figure's anchor. */
  pageHref: string;
  /** Site path of the CSV of what is drawn. */
  csvHref: string;
  /** Site path of the downloads without extension: `/models/model-share-share-30d` (+ `.svg`, `.png`). */
  exportPath: string;
};

const cache = new Map<string, EmbedChart[]>();

/** Every chart of the build (section charts first), read once per build; throws on a repeated id. */
export function embedCharts(): EmbedChart[] {
  const dir = dataDir();
  const cached = cache.get(dir);
  if (cached) return cached;
  const charts = [
    ...modelsEmbedCharts(),
    ...appsEmbedCharts(),
    ...benchmarksEmbedCharts(),
    ...tasksEmbedCharts(),
    ...modelPageEmbedCharts(),
  ];
  const seen = new Set<string>();
  for (const chart of charts) {
    if (seen.has(chart.id)) throw new Error(`embeds: chart id "${chart.id}" is used twice; ids must be unique`);
    seen.add(chart.id);
  }
  cache.set(dir, charts);
  return charts;
}

/**
 * True for a section chart (every chart except those of the per-model pages): it gets frozen embeds and a PNG
 * export. A model page's charts (three per model, hundreds in all) get the live embed and the cited SVG only, which
 * keeps the frozen archive small and the build fast.
 */
export function isSectionChart(chart: EmbedChart): boolean {
  return chart.model === undefined;
}

/** The charts of one section's download folder (not the per-model pages' charts). */
export function sectionCharts(section: Section): EmbedChart[] {
  return embedCharts().filter((c) => c.section === section && isSectionChart(c));
}

/** The charts of the per-model pages. */
export function modelPageCharts(): EmbedChart[] {
  return embedCharts().filter((c) => !isSectionChart(c));
}

/** The route params of a model page's chart file: `{ slug: 'openai_gpt-4o', chart: 'tokens' }`. */
export function modelChartParams(chart: EmbedChart): Record<string, string> {
  return { slug: chart.model?.slug ?? '', chart: chart.model?.chart ?? '' };
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
