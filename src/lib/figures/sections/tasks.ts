/**
 * The tasks section (`/tasks/` by share of requests, `/tasks/tokens/` by share of tokens): the treemap, each task's
 * small chart of its top models, and the CSV of each as drawn.
 */
import { taskModelsChart } from '../../charts/task-models.ts';
import { macroColor, taskTreemapChart, taskTreemapNarrowChart } from '../../charts/treemap.ts';
import { toCsv } from '../../transform/csv.ts';
import { formatShare } from '../../transform/format.ts';
import { isolate } from '../../transform/safe-text.ts';
import {
  describeTaskModels,
  describeTreemap,
  measureNoun,
  taskModelCsvColumns,
  toTaskModelRows,
  toTreemapRows,
  treemapCsvColumns,
  type TaskModels,
} from '../../transform/tasks.ts';
import { TASK_MEASURES, toTreemapInput, toTreemapLayout, type TaskMeasure } from '../../transform/treemap.ts';
import { TASK_PAGES, tasksPath, TREEMAP_ANCHOR } from '../routes.ts';
import type { CsvFile, FigureInput, TableColumn, TableData, VariantGroup } from '../schema.ts';
import { derived, type SiteData } from '../site-data.ts';
import { taskModelId, taskModelsId, tasksArchive, tasksByMeasure, treemapId, type TasksArchive } from './tasks-data.ts';

/** The section's data, for the pages that quote it (the overview's top task). */
export { tasksArchive, type TasksArchive } from './tasks-data.ts';

const TREEMAP_SIZE = { width: 880, height: 480 };

/** The measure toggle of a tasks chart: each measure's page, at `anchor`. */
function measureVariants(measure: TaskMeasure, anchor: string): VariantGroup {
  return {
    label: 'Measure',
    options: TASK_PAGES.map((page) => ({
      label: page.label,
      href: `${page.path}#${anchor}`,
      current: page.measure === measure,
    })),
  };
}

/** The notes under a treemap: what the shares are of, where labels go, and the tasks not drawn. */
function treemapNotes(archive: TasksArchive, measure: TaskMeasure, omitted: number): string[] {
  const noun = measureNoun(measure);
  const notes = [
    `Shares are of classified ${noun} over the last ${archive.data.window_days} days; unclassified traffic is ` +
      'excluded, so the tasks sum to 100%. The data is sampled: shares only, no absolute volumes.',
    'Labels appear where they fit; the data table lists every task.',
  ];
  if (omitted > 0) {
    notes.push(
      `${omitted} task${omitted === 1 ? '' : 's'} with a zero share ${omitted === 1 ? 'is' : 'are'} not drawn.`,
    );
  }
  return notes;
}

/** The treemap of one measure, built once per build; null without classifications. */
function treemapFigure(data: SiteData, measure: TaskMeasure): FigureInput | null {
  const archive = tasksArchive(data);
  return derived(data, `tasks:treemap:${measure}`, () => {
    if (!archive) return null;
    const input = toTreemapInput(archive.data, measure);
    const id = treemapId(measure);
    const noun = measureNoun(measure);
    const alt = describeTreemap(input);
    return {
      id,
      anchor: TREEMAP_ANCHOR,
      heading: `Tasks by share of ${noun}`,
      title: `Tasks by share of ${noun}, last ${archive.data.window_days} days`,
      takeaway: alt,
      svg: taskTreemapChart(id, toTreemapLayout(input, TREEMAP_SIZE)),
      narrowSvg: taskTreemapNarrowChart(id, input),
      alt,
      minWidth: 560,
      legend: input.groups.map((g) => ({ label: `${g.label} ${formatShare(g.share)}`, color: macroColor(g.macro) })),
      table: {
        caption: `Task classifications by share of classified ${noun}, last ${archive.data.window_days} days`,
        columns: ['Group', 'Task', { label: `Share of ${noun}`, numeric: true }],
        rows: toTreemapRows(input).map((r) => [r.macroLabel, r.label, formatShare(r.share)]),
      },
      rowHeader: 1,
      notes: treemapNotes(archive, measure, input.omitted),
      attribution: archive.attribution,
      asOf: archive.data.as_of,
      links: {
        page: `${tasksPath(measure)}#${TREEMAP_ANCHOR}`,
        csv: `/tasks/${id}.csv`,
        exports: `/tasks/${id}`,
      },
      variants: [measureVariants(measure, TREEMAP_ANCHOR)],
      embed: { card: true, frozen: { kind: 'own' } },
    };
  });
}

/** The section's figures: the treemap by share of requests, then by share of tokens. */
export function tasksFigures(data: SiteData): FigureInput[] {
  return TASK_MEASURES.flatMap((measure) => treemapFigure(data, measure) ?? []);
}

/** The task's share column, named after the measure: `Share of task tokens`. */
function taskShareColumn(measure: TaskMeasure): TableColumn {
  return { label: `Share of task ${measureNoun(measure)}`, numeric: true };
}

/**
 * One task's chart of its top models; `scaleMax` is the page's largest share, so every task's bars compare. Parts
 * of one figure on the page (dozens of them), so live embeds only: frozen copies would multiply the frozen archive.
 */
function taskModelFigure(archive: TasksArchive, measure: TaskMeasure, task: TaskModels, scaleMax: number): FigureInput {
  const id = taskModelId(measure, task.tag);
  const noun = measureNoun(measure);
  const alt = describeTaskModels(task, measure);
  return {
    id,
    anchor: id,
    heading: task.label,
    level: 3,
    title: `Top models for ${isolate(task.label)}, by share of ${noun}`,
    takeaway: alt,
    svg: taskModelsChart(id, task, scaleMax, 'narrow'),
    small: true,
    alt,
    table: {
      caption: `Top models for ${isolate(task.label)}, share of the task's ${noun}`,
      columns: ['Model', taskShareColumn(measure)],
      rows: task.models.map((m) => [m.name, formatShare(m.share)]),
    },
    rowHeader: 0,
    notes: [
      `Each bar is the model's share of the task's ${noun} over the last ${archive.data.window_days} days, on the ` +
        "same scale as every other task's chart on the tasks page. The API lists only each task's top models, so " +
        'shares may sum to less than 100%.',
    ],
    attribution: archive.attribution,
    asOf: archive.data.as_of,
    links: { page: `${tasksPath(measure)}#${id}`, csv: `/tasks/${id}.csv`, exports: `/tasks/${id}` },
    embed: { card: false, frozen: { kind: 'none' } },
  };
}

/** Every task's model chart of a measure, tasks largest first, built once per build. */
function taskModelFiguresOf(data: SiteData, measure: TaskMeasure): FigureInput[] {
  const archive = tasksArchive(data);
  const byMeasure = tasksByMeasure(data, measure);
  return derived(data, `tasks:model-figures:${measure}`, () => {
    if (!archive || !byMeasure) return [];
    // One scale for every task on the page, so a bar means the same share in each small chart.
    const scaleMax = byMeasure.scaleMax || 1;
    return byMeasure.tasks.map((task) => taskModelFigure(archive, measure, task, scaleMax));
  });
}

/** The small multiples' figures: each task's top models, by share of requests, then of tokens. */
export function taskModelFigures(data: SiteData): FigureInput[] {
  return TASK_MEASURES.flatMap((measure) => taskModelFiguresOf(data, measure));
}

/** Every task's models in one table (the small multiples' data table and CSV). */
function taskModelsTable(tasks: readonly TaskModels[], measure: TaskMeasure): TableData {
  return {
    caption: `Top models per task, share of each task's ${measureNoun(measure)}`,
    columns: ['Task', 'Model', taskShareColumn(measure)],
    rows: tasks.flatMap((t) => t.models.map((m) => [t.label, m.name, formatShare(m.share)])),
  };
}

/** Every tasks CSV, per measure: the treemap, every task's models together, and each task's models alone. */
export function tasksCsvFiles(data: SiteData): CsvFile[] {
  const archive = tasksArchive(data);
  if (!archive) return [];
  return TASK_MEASURES.flatMap((measure) => {
    const tasks = tasksByMeasure(data, measure)?.tasks ?? [];
    const models = (list: readonly TaskModels[]) => toCsv(taskModelCsvColumns(measure), toTaskModelRows(list));
    const treemap = toTreemapRows(toTreemapInput(archive.data, measure));
    return [
      { path: `/tasks/${treemapId(measure)}.csv`, body: toCsv(treemapCsvColumns(measure), treemap) },
      { path: `/tasks/${taskModelsId(measure)}.csv`, body: models(tasks) },
      ...tasks.map((task) => ({ path: `/tasks/${taskModelId(measure, task.tag)}.csv`, body: models([task]) })),
    ];
  });
}

/**
 * The small multiples as the page shows them: one figure box with one takeaway, toggle, note, attribution, CSV and
 * data table around every task's chart (a box per task would repeat that chrome dozens of times).
 */
export type TaskModelsGroup = {
  anchor: string;
  heading: string;
  takeaway: string;
  variants: VariantGroup;
  note: string;
  attribution: string;
  csvHref: string;
  table: TableData;
  /** Each task's chart in the catalogue, with the task's share as the page shows it beside its name. */
  cards: { id: string; share: string }[];
};

/** What a tasks page shows besides its figures; `models` is null when the archive has no classifications. */
export type TasksPage = {
  pageTitle: string;
  /** The link-preview title of the page's treemap. */
  previewTitle: string;
  synthetic: boolean;
  /** The classifications' `as_of`, for the dataset's age. */
  asOf: string | null;
  /** The treemap's id in the catalogue. */
  treemapId: string | null;
  models: TaskModelsGroup | null;
};

/** The content of the tasks page of a measure. */
export function tasksPage(data: SiteData, measure: TaskMeasure): TasksPage {
  const archive = tasksArchive(data);
  const byMeasure = tasksByMeasure(data, measure);
  const noun = measureNoun(measure);
  const figures = taskModelFiguresOf(data, measure);
  const anchor = taskModelsId(measure);
  const models: TaskModelsGroup | null =
    archive && byMeasure
      ? {
          anchor,
          heading: 'Top models per task',
          takeaway: figures[0]?.alt ?? 'No task lists its models in this snapshot.',
          variants: measureVariants(measure, anchor),
          note:
            `Each bar is the model's share of that task's ${noun}, on the same scale in every task's chart. The API ` +
            "lists only each task's top models, so shares may sum to less than 100%.",
          attribution: archive.attribution,
          csvHref: `/tasks/${anchor}.csv`,
          table: taskModelsTable(byMeasure.tasks, measure),
          cards: byMeasure.tasks.map((task) => ({
            id: taskModelId(measure, task.tag),
            share: `${formatShare(task.share)} of classified ${noun}`,
          })),
        }
      : null;
  return {
    pageTitle: measure === 'usage' ? 'Tasks' : 'Tasks: by share of tokens',
    previewTitle: `Tasks by share of ${noun}`,
    synthetic: archive?.synthetic ?? false,
    asOf: archive?.data.as_of ?? null,
    treemapId: archive ? treemapId(measure) : null,
    models,
  };
}
