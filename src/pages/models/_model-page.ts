/**
 * What a model's page shows: its history (tokens, share, rank) as figures, its benchmark scores and the tasks where
 * it is a top model. Built from the archive once per build; every model page and its downloads share it.
 */
import type { TableCell, TableData } from '../../components/types.ts';
import type { ArtificialAnalysisItem } from '../../lib/api/benchmarks.ts';
import { modelHistoryChart, type HistoryMeasure } from '../../lib/charts/model-history.ts';
import { modelRankChart } from '../../lib/charts/model-rank.ts';
import { SIZES } from '../../lib/charts/theme.ts';
import { colorOf } from '../../lib/transform/colors.ts';
import { formatDate, formatExact, formatShare, formatTokens } from '../../lib/transform/format.ts';
import { toModelHistories, type ModelDay, type ModelSummary } from '../../lib/transform/model-history.ts';
import { toModelPeriods, type ModelPeriod, type ModelPeriods } from '../../lib/transform/model-history-weekly.ts';
import { benchmarksForModel, tasksForModel, type ModelTask } from '../../lib/transform/model-links.ts';
import { toPageSlug } from '../../lib/transform/model-slugs.ts';
import { describeGrains, describeModelHistory } from '../../lib/transform/model-text.ts';
import { modelChartId } from '../../lib/embed/ids.ts';
import { aaItems, loadBenchmarks } from '../benchmarks/_data.ts';
import { loadTasks } from '../tasks/_data.ts';
import { inProgressNote, type ModelsArchive } from './_data.ts';

const histories = new Map<ModelsArchive, Map<string, ModelDay[]>>();

/** A model's daily history (see `toModelHistory`), every model computed in one pass per build; its CSV is this. */
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
  const history = toModelPeriods(historyOf(archive, permaslug));
  const color = colorOf(archive.modelColors, permaslug);
  const size = SIZES.medium;
  if (chart === 'rank') return modelRankChart('model-rank', history, { color, size });
  const measure: HistoryMeasure = chart;
  return modelHistoryChart(`model-${chart}`, history, { measure, color, size });
}

/** What a weekly point or row of each chart stands for, over the days of its week the model was in the top 50. */
const WEEKLY_VALUE: Readonly<Record<ModelChart, string>> = {
  tokens: 'the average tokens per day over the days the model was in the top 50',
  share: 'its share of all tokens on the days it was in the top 50',
  rank: 'its median rank over the days it was in the top 50 (the better middle rank when even)',
};

/**
 * The note under a chart whose older history is weekly: `Before 1 Jan 2029 (left of the dashed line), each point is
 * a week, Monday to Sunday: the average tokens per day over …; a gap there is a week with no day in the top 50.`
 */
function weeklyNote(chart: ModelChart, dailyFrom: string): string {
  const before = `Before ${formatDate(dailyFrom)} (left of the dashed line)`;
  const gap = 'a gap there is a week with no day in the top 50';
  return `${before}, each point is a week, Monday to Sunday: ${WEEKLY_VALUE[chart]}; ${gap}.`;
}

/** `1 of 7 days in the top 50`: how much of a week its values summarise. */
function coverageOf(period: ModelPeriod): string {
  return `${period.rankedDays} of ${period.days} day${period.days === 1 ? '' : 's'} in the top 50`;
}

/** A table cell of one period and chart: `—` outside the top 50; a week's cells say how many days it covers. */
function valueCell(period: ModelPeriod, chart: ModelChart): TableCell {
  const week = period.grain === 'week';
  if (chart === 'tokens') {
    const { tokens, tokensPerDay } = period;
    if (tokens === null || tokensPerDay === null) return '—';
    if (!week) return { text: formatTokens(tokensPerDay), title: formatExact(tokens) };
    return { text: formatTokens(tokensPerDay), title: `${formatExact(tokens)} tokens over ${coverageOf(period)}` };
  }
  const value = chart === 'share' ? period.share : period.rank;
  if (value === null) return '—';
  const text = chart === 'share' ? formatShare(value) : String(value);
  return week ? { text, title: coverageOf(period) } : text;
}

/**
 * The data table of one model chart: the date and that chart's value, blank-free (`—` outside the top 50). When
 * older history is weekly, its rows are weeks (`Week of 30 Dec 2024`) and the caption says what they hold.
 */
export function modelChartTable(history: ModelPeriods, chart: ModelChart, name: string): TableData {
  const { periods, dailyFrom } = history;
  const heading = { tokens: 'Tokens', share: 'Share of the day', rank: 'Rank' }[chart];
  const caption = `${heading} of ${name} per day (— = outside the top 50)`;
  const weekly = dailyFrom && `Before ${formatDate(dailyFrom)}, each row is a week, Monday to Sunday`;
  const dateOf = (p: ModelPeriod) => (p.grain === 'week' ? `Week of ${formatDate(p.date)}` : formatDate(p.date));
  return {
    caption: weekly ? `${caption}. ${weekly}: ${WEEKLY_VALUE[chart]}.` : caption,
    columns: ['Date', { label: heading, numeric: true }],
    rows: periods.map((p) => [dateOf(p), valueCell(p, chart)]),
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
  const periods = toModelPeriods(history);
  const latest = history.at(-1);
  const summary = describeModelHistory(slug, history);
  const alt = [summary, describeGrains(periods.dailyFrom)].filter((s): s is string => s !== null).join(' ');
  const lastDay = latest ? formatDate(latest.date) : '';
  const { dailyFrom } = periods;
  const notesOf = (chart: ModelChart) =>
    [inProgressNote(archive), dailyFrom && weeklyNote(chart, dailyFrom), GAP_NOTE].filter((n): n is string => !!n);
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
    alt,
    table: modelChartTable(periods, chart, slug),
    notes: notesOf(chart),
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
