/**
 * What a model's page shows: its history (tokens, share, rank) as figures, its benchmark scores and the tasks where
 * it is a top model. Built from the archive once per build; every model page and its downloads share it.
 */
import type { TableData } from '../../components/types.ts';
import type { ArtificialAnalysisItem } from '../../lib/api/benchmarks.ts';
import { modelHistoryChart, type HistoryMeasure } from '../../lib/charts/model-history.ts';
import { modelRankChart } from '../../lib/charts/model-rank.ts';
import { SIZES } from '../../lib/charts/theme.ts';
import { colorOf } from '../../lib/transform/colors.ts';
import { formatDate, formatExact, formatShare, formatTokens } from '../../lib/transform/format.ts';
import { toModelHistories, type ModelDay, type ModelSummary } from '../../lib/transform/model-history.ts';
import { benchmarksForModel, tasksForModel, type ModelTask } from '../../lib/transform/model-links.ts';
import { toPageSlug } from '../../lib/transform/model-slugs.ts';
import { describeModelHistory } from '../../lib/transform/model-text.ts';
import { modelChartId } from '../../lib/embed/ids.ts';
import { aaItems, loadBenchmarks } from '../benchmarks/_data.ts';
import { loadTasks } from '../tasks/_data.ts';
import { inProgressNote, type ModelsArchive } from './_data.ts';

const histories = new Map<ModelsArchive, Map<string, ModelDay[]>>();

/** A model's daily history (see `toModelHistory`), every model computed in one pass per build. */
export function historyOf(archive: ModelsArchive, permaslug: string): ModelDay[] {
  let all = histories.get(archive);
  if (!all) {
    all = toModelHistories(archive.rows);
    histories.set(archive, all);
  }
  return all.get(permaslug) ?? [];
}

/** The charts of a model page, by file name: `tokens`, `share`, `rank`. */
export const MODEL_CHARTS = ['tokens', 'share', 'rank'] as const;
export type ModelChart = (typeof MODEL_CHARTS)[number];

/** One chart of a model page as SVG; `id` is chart-specific so the three never clash on the page. */
export function modelChartSvg(archive: ModelsArchive, permaslug: string, chart: ModelChart): string {
  const history = historyOf(archive, permaslug);
  const color = colorOf(archive.modelColors, permaslug);
  const size = SIZES.medium;
  if (chart === 'rank') return modelRankChart('model-rank', history, { color, size });
  const measure: HistoryMeasure = chart;
  return modelHistoryChart(`model-${chart}`, history, { measure, color, size });
}

/** The data table of one model chart: the date and that chart's value, blank-free (`—` outside the top 50). */
export function modelChartTable(history: readonly ModelDay[], chart: ModelChart, name: string): TableData {
  const value = (day: ModelDay) => {
    if (chart === 'tokens') {
      return day.tokens === null ? '—' : { text: formatTokens(day.tokens), title: formatExact(day.tokens) };
    }
    if (chart === 'share') return day.share === null ? '—' : formatShare(day.share);
    return day.rank === null ? '—' : String(day.rank);
  };
  const heading = { tokens: 'Tokens', share: 'Share of the day', rank: 'Rank' }[chart];
  return {
    caption: `${heading} of ${name} per day (— = outside the top 50)`,
    columns: ['Date', { label: heading, numeric: true }],
    rows: history.map((day) => [formatDate(day.date), value(day)]),
  };
}

/** One chart of a model page with everything ChartFigure and its embed need. */
export type ModelFigure = {
  chart: ModelChart;
  /** Stable chart id across the site (`model-openai_gpt-4o-tokens`): embeds and exports. */
  chartId: string;
  title: string;
  takeaway: string;
  svg: string;
  alt: string;
  table: TableData;
  notes: string[];
  tokenCaveat: false | 'no-other';
};

const GAP_NOTE = 'Gaps are days outside the top 50: the model was inside that day’s Other, its own total unknown.';

const figureCache = new Map<ModelsArchive, Map<string, ModelFigure[]>>();

/**
 * The three charts of a model's page (tokens, share, rank), in page order; built once per model and build, since
 * the page, its embeds and its downloads all show them (a history table formats hundreds of dates).
 */
export function modelFigures(archive: ModelsArchive, model: ModelSummary): ModelFigure[] {
  let byModel = figureCache.get(archive);
  if (!byModel) {
    byModel = new Map();
    figureCache.set(archive, byModel);
  }
  const cached = byModel.get(model.permaslug);
  if (cached) return cached;
  const figures = toModelFigures(archive, model);
  byModel.set(model.permaslug, figures);
  return figures;
}

function toModelFigures(archive: ModelsArchive, model: ModelSummary): ModelFigure[] {
  const slug = model.permaslug;
  const history = historyOf(archive, slug);
  const latest = history.at(-1);
  const summary = describeModelHistory(slug, history);
  const lastDay = latest ? formatDate(latest.date) : '';
  const notes = [inProgressNote(archive), GAP_NOTE].filter((n): n is string => n !== null);
  const text: Record<ModelChart, { title: string; takeaway: string; tokenCaveat: false | 'no-other' }> = {
    tokens: {
      title: 'Tokens per day',
      takeaway: latest?.tokens != null ? `${formatTokens(latest.tokens)} tokens on ${lastDay}.` : summary,
      tokenCaveat: 'no-other',
    },
    share: {
      title: 'Share of each day’s tokens',
      takeaway: latest?.share != null ? `${formatShare(latest.share)} of all tokens on ${lastDay}.` : summary,
      tokenCaveat: 'no-other',
    },
    rank: {
      title: 'Rank in the daily top 50',
      takeaway: `Best rank ${model.bestRank}; in the top 50 on ${model.daysRanked} of ${history.length} days.`,
      tokenCaveat: false,
    },
  };
  return MODEL_CHARTS.map((chart) => ({
    chart,
    chartId: modelChartId(toPageSlug(slug), chart),
    ...text[chart],
    svg: modelChartSvg(archive, slug, chart),
    alt: summary,
    table: modelChartTable(history, chart, slug),
    notes,
  }));
}

let scored: ReturnType<typeof aaItems> | undefined;

/** Every Artificial Analysis item, parsed once per build (`aaItems` merges the per-index and unfiltered responses). */
function scoredModels(): ReturnType<typeof aaItems> {
  if (scored === undefined) scored = aaItems(loadBenchmarks().snapshot, 'intelligence');
  return scored;
}

/** Benchmark scores or tasks of one model, with the line that cites their snapshot (null: no snapshot). */
export type Linked<Item> = { items: Item[]; attribution: string | null };

/**
 * The Artificial Analysis scores and top-model tasks of one model (matched on its base model), read through the
 * benchmarks and tasks pages' loaders so every page quotes the same snapshot.
 */
export function linksOf(permaslug: string): {
  benchmarks: Linked<ArtificialAnalysisItem>;
  tasks: Linked<ModelTask> & { windowDays: number | null };
} {
  const scored = scoredModels();
  const tasks = loadTasks();
  return {
    benchmarks: { items: benchmarksForModel(scored?.items ?? [], permaslug), attribution: scored?.attribution ?? null },
    tasks: {
      items: tasksForModel(tasks?.data.classifications ?? [], permaslug),
      attribution: tasks?.attribution ?? null,
      windowDays: tasks?.data.window_days ?? null,
    },
  };
}
