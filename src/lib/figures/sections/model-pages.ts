/**
 * Every model's page (`/models/<slug>/`): its history (tokens, share, rank) and its use-case mix as figures, its
 * benchmark scores, the tasks where it is a top model, and its CSVs (the full daily history, the mix).
 */
import type { ArtificialAnalysisItem } from '../../api/benchmarks.ts';
import { modelHistoryChart } from '../../charts/model-history.ts';
import { modelRankChart } from '../../charts/model-rank.ts';
import { SIZES, type ChartSize } from '../../charts/theme.ts';
import { colorOf } from '../../transform/colors.ts';
import { formatDate, formatShare, formatTokens, lowerFirst } from '../../transform/format.ts';
import { modelHistoryCsv } from '../../transform/model-csv.ts';
import { toModelHistories, toModelList, type ModelDay, type ModelSummary } from '../../transform/model-history.ts';
import { toModelPeriods, type ModelPeriods } from '../../transform/model-history-weekly.ts';
import { benchmarksForModel, tasksForModel, type ModelTask } from '../../transform/model-links.ts';
import type { CatalogueEntry } from '../../transform/model-catalogue.ts';
import { toPageSlug } from '../../transform/model-slugs.ts';
import { isolate } from '../../transform/safe-text.ts';
import { describeGrains, describeModelHistory } from '../../transform/model-text.ts';
import { modelChartExports, modelChartId, modelPagePath } from '../routes.ts';
import type { CsvFile, FigureInput } from '../schema.ts';
import { derived, type SiteData } from '../site-data.ts';
import { aaItemsOf } from './benchmarks-data.ts';
import {
  CATEGORY_MIX_CHART,
  categoryMixCsv,
  categoryMixFigure,
  categoryMixOf,
  type CategoryMix,
} from './category-mix.ts';
import { MODEL_CHARTS, modelChartTable, weeklyNote, type ModelChart } from './model-tables.ts';
import { inProgressNote, modelsArchive, type ModelsArchive } from './models-data.ts';
import { catalogueEntry } from './model-names.ts';
import { modelFactsOf, type ModelFacts } from './model-facts.ts';
import { tasksArchive } from './tasks.ts';

export type { ModelSummary };

/** Every model that ever ranked, by tokens (the models with a page). */
export function modelList(data: SiteData): ModelSummary[] {
  const archive = modelsArchive(data);
  return derived(data, 'model-list', () => (archive ? toModelList(archive.rows) : []));
}

/** A model's daily history (see `toModelHistory`), every model computed in one pass per build; its CSV is this. */
export function historyOf(data: SiteData, permaslug: string): ModelDay[] {
  const archive = modelsArchive(data);
  const all = derived(data, 'model-histories', () => (archive ? toModelHistories(archive.rows) : new Map()));
  return all.get(permaslug) ?? [];
}

/** One chart of a model page as SVG; its SVG id is chart-specific so the charts never clash on the page. */
function modelChartSvg(
  archive: ModelsArchive,
  history: readonly ModelDay[],
  permaslug: string,
  chart: ModelChart,
  release: string | null,
  size: ChartSize,
) {
  const periods = toModelPeriods([...history]);
  const color = colorOf(archive.modelColors, permaslug);
  if (chart === 'rank') return modelRankChart('model-rank', periods, { color, size });
  const markers = release === null ? [] : [{ date: release, label: 'Released' }];
  return modelHistoryChart(`model-${chart}`, periods, { measure: chart, color, size, markers });
}

/**
 * The release day a model's charts mark: its catalogue `created` day when the archive covers it (from the archive's
 * first day to the chart's last). A release before the model's first day in the top 50 widens the chart to it: the
 * days between were outside the top 50, which the gap shows truthfully. Null otherwise.
 */
function releaseInView(entry: CatalogueEntry, { periods }: ModelPeriods, archiveFirst: string | undefined) {
  const last = periods.at(-1)?.date;
  const { created } = entry;
  if (created === null || archiveFirst === undefined || last === undefined) return null;
  return created >= archiveFirst && created <= last ? created : null;
}

/** The charts that draw the release line (the rank chart states it in its notes only). */
const MARKED_CHARTS: ReadonlySet<ModelChart> = new Set(['tokens', 'share']);

const GAP_NOTE = 'Gaps are days outside the top 50: the model was inside that day’s Other, its own total unknown.';

/** The history figures of one model (tokens, share, rank), in page order; the tokens chart is its page's card. */
function historyFigures(data: SiteData, archive: ModelsArchive, model: ModelSummary): FigureInput[] {
  const slug = model.permaslug;
  const entry = catalogueEntry(data, slug);
  const { name } = entry;
  const history = historyOf(data, slug);
  const periods = toModelPeriods(history);
  const latest = history.at(-1);
  const summary = describeModelHistory(name, history);
  const release = releaseInView(entry, periods, archive.rows[0]?.date);
  const releaseText = release && `${formatDate(release)} (the day it was added to OpenRouter's catalogue)`;
  const altOf = (chart: ModelChart) =>
    [summary, describeGrains(periods.dailyFrom), MARKED_CHARTS.has(chart) && releaseText && `Released ${releaseText}.`]
      .filter((s): s is string => !!s)
      .join(' ');
  const lastDay = latest ? formatDate(latest.date) : '';
  const { dailyFrom } = periods;
  const releaseNote = (chart: ModelChart) =>
    releaseText &&
    (MARKED_CHARTS.has(chart) ? `The dotted line marks its release, ${releaseText}.` : `Released ${releaseText}.`);
  const notesOf = (chart: ModelChart) =>
    [inProgressNote(archive), dailyFrom && weeklyNote(chart, dailyFrom), GAP_NOTE, releaseNote(chart)].filter(
      (n): n is string => !!n,
    );
  const text: Record<ModelChart, { heading: string; takeaway: string; tokenCaveat: false | 'no-other' }> = {
    tokens: {
      heading: 'Tokens per day',
      takeaway: latest?.tokens != null ? `${formatTokens(latest.tokens)} tokens on ${lastDay}.` : summary,
      tokenCaveat: 'no-other',
    },
    share: {
      heading: 'Share of each day’s tokens',
      takeaway: latest?.share != null ? `${formatShare(latest.share)} of all tokens on ${lastDay}.` : summary,
      tokenCaveat: 'no-other',
    },
    rank: {
      heading: 'Rank in the daily top 50',
      takeaway: `Best rank ${model.bestRank}; in the top 50 on ${model.daysRanked} of ${history.length} days.`,
      tokenCaveat: false,
    },
  };
  return MODEL_CHARTS.map((chart) => ({
    id: modelChartId(toPageSlug(slug), chart),
    anchor: `model-${chart}`,
    ...text[chart],
    title: `${isolate(name)}: ${lowerFirst(text[chart].heading)}`,
    svg: modelChartSvg(archive, history, slug, chart, MARKED_CHARTS.has(chart) ? release : null, SIZES.medium),
    narrowSvg: modelChartSvg(archive, history, slug, chart, MARKED_CHARTS.has(chart) ? release : null, SIZES.narrow),
    alt: altOf(chart),
    minWidth: 480,
    table: modelChartTable(periods, chart, name),
    notes: notesOf(chart),
    attribution: archive.attribution,
    asOf: archive.asOf,
    links: {
      page: `${modelPagePath(slug)}#model-${chart}`,
      csv: `${modelPagePath(slug)}history.csv`,
      exports: modelChartExports(slug, chart),
      png: false,
    },
    embed: { card: chart === 'tokens', frozen: { kind: 'none' } },
  }));
}

/** The figures of every model's page: tokens, share and rank, and its use-case mix where it has one. */
export function modelPageFigures(data: SiteData): FigureInput[] {
  const archive = modelsArchive(data);
  if (!archive) return [];
  return modelList(data).flatMap((model) => [
    ...historyFigures(data, archive, model),
    ...[categoryMixFigure(data, model.permaslug)].filter((f) => f !== null),
  ]);
}

/** Every model's CSVs: its full daily history (`history.csv`) and its use-case mix (`categories.csv`). */
export function modelPageCsvFiles(data: SiteData): CsvFile[] {
  return modelList(data).flatMap(({ permaslug }) => [
    { path: `${modelPagePath(permaslug)}history.csv`, body: modelHistoryCsv(historyOf(data, permaslug)) },
    ...[categoryMixCsv(data, permaslug)].filter((f) => f !== null),
  ]);
}

/** Benchmark scores or tasks of one model, with the line that cites their snapshot (null: no snapshot). */
export type Linked<Item> = { items: Item[]; attribution: string | null };

/**
 * The Artificial Analysis scores and top-model tasks of one model (matched on its base model), read through the
 * benchmarks and tasks sections so every page quotes the same snapshot.
 */
export function linksOf(
  data: SiteData,
  permaslug: string,
): { benchmarks: Linked<ArtificialAnalysisItem>; tasks: Linked<ModelTask> & { windowDays: number | null } } {
  const scored = aaItemsOf(data, 'intelligence');
  const tasks = tasksArchive(data);
  return {
    benchmarks: { items: benchmarksForModel(scored?.items ?? [], permaslug), attribution: scored?.attribution ?? null },
    tasks: {
      items: tasksForModel(tasks?.data.classifications ?? [], permaslug),
      attribution: tasks?.attribution ?? null,
      windowDays: tasks?.data.window_days ?? null,
    },
  };
}

/** What a model's page shows besides its figures. */
export type ModelPage = {
  model: ModelSummary;
  /** Its display name (`modelNameOf`). */
  name: string;
  facts: ModelFacts;
  archive: ModelsArchive;
  /** Its history in a sentence. */
  summary: string;
  benchmarks: Linked<ArtificialAnalysisItem>;
  tasks: Linked<ModelTask> & { windowDays: number | null };
  /** Its use-case mix, null when the archive has no category view. */
  mix: CategoryMix | null;
};

/** The content of a model's page; null when the archive has no rankings. */
export function modelPage(data: SiteData, model: ModelSummary): ModelPage | null {
  const archive = modelsArchive(data);
  if (!archive) return null;
  const facts = modelFactsOf(data, model.permaslug);
  return {
    model,
    name: facts.entry.name,
    facts,
    archive,
    summary: describeModelHistory(facts.entry.name, historyOf(data, model.permaslug)),
    ...linksOf(data, model.permaslug),
    mix: categoryMixOf(data, model.permaslug),
  };
}

/** The ids of a model page's figures, in page order (the mix's only when the catalogue has it). */
export function modelFigureIds(permaslug: string): string[] {
  return [...MODEL_CHARTS, CATEGORY_MIX_CHART].map((chart) => modelChartId(toPageSlug(permaslug), chart));
}
