/**
 * The treemap and the per-task model charts of the tasks pages, and their CSVs. The CSV endpoint and the embed
 * registry (behind the SVG and PNG downloads) reuse these builders, so a download is exactly what is drawn.
 */
import type { LegendItem, TableData } from '../../components/types.ts';
import { taskModelsChart } from '../../lib/charts/task-models.ts';
import { macroColor, taskTreemapChart } from '../../lib/charts/treemap.ts';
import { toCsv } from '../../lib/transform/csv.ts';
import { formatShare } from '../../lib/transform/format.ts';
import {
  describeTaskModels,
  describeTreemap,
  measureNoun,
  taskModelCsvColumns,
  toTaskModelRows,
  toTaskModels,
  toTreemapRows,
  treemapCsvColumns,
  type TaskModels,
} from '../../lib/transform/tasks.ts';
import { TASK_MEASURES, toTreemapInput, toTreemapLayout, type TaskMeasure } from '../../lib/transform/treemap.ts';
import type { TasksArchive } from './_data.ts';

const TREEMAP_SIZE = { width: 880, height: 480 };

/** Everything ChartFigure needs for the treemap, plus its CSV. */
export type TreemapFigure = {
  id: string;
  svg: string;
  alt: string;
  legend: LegendItem[];
  table: TableData;
  omitted: number;
  csv: string;
};

/** The treemap of one measure: `tasks-treemap-usage` or `tasks-treemap-token`. */
export function treemapFigure(archive: TasksArchive, measure: TaskMeasure): TreemapFigure {
  const input = toTreemapInput(archive.data, measure);
  const id = `tasks-treemap-${measure}`;
  const rows = toTreemapRows(input);
  return {
    id,
    svg: taskTreemapChart(id, toTreemapLayout(input, TREEMAP_SIZE)),
    alt: describeTreemap(input),
    legend: input.groups.map((g) => ({ label: `${g.label} ${formatShare(g.share)}`, color: macroColor(g.macro) })),
    table: {
      caption: `Task classifications by share of classified ${measureNoun(measure)}, last ${archive.data.window_days} days`,
      columns: ['Group', 'Task', { label: `Share of ${measureNoun(measure)}`, numeric: true }],
      rows: rows.map((r) => [r.macroLabel, r.label, formatShare(r.share)]),
    },
    omitted: input.omitted,
    csv: toCsv(treemapCsvColumns(measure), rows),
  };
}

/** One task's small bar chart of its top models, with the table and CSV of its bars (its embed's). */
export type TaskModelsCard = { id: string; task: TaskModels; svg: string; alt: string; table: TableData; csv: string };

/** A tag as a chart id fragment (lower case, as chart ids are): `code:general_impl` -> `code-general_impl`. */
export function tagSlug(tag: string): string {
  return tag.toLowerCase().replace(/[^a-z0-9_-]+/g, '-');
}

/** The task's share column, named after the measure: `Share of task tokens`. */
function taskShareColumn(measure: TaskMeasure): { label: string; numeric: true } {
  return { label: `Share of task ${measureNoun(measure)}`, numeric: true };
}

/** One task's card; `scaleMax` is the page's largest share, so every card's bars compare. */
function taskModelsCard(task: TaskModels, measure: TaskMeasure, scaleMax: number): TaskModelsCard {
  const id = `tasks-models-${measure}-${tagSlug(task.tag)}`;
  return {
    id,
    task,
    svg: taskModelsChart(id, task, scaleMax),
    alt: describeTaskModels(task, measure),
    table: {
      caption: `Top models for ${task.label}, share of the task's ${measureNoun(measure)}`,
      columns: ['Model', taskShareColumn(measure)],
      rows: task.models.map((m) => [m.id, formatShare(m.share)]),
    },
    csv: toCsv(taskModelCsvColumns(measure), toTaskModelRows([task])),
  };
}

/** Every task's model chart (tasks largest first), the table and CSV of all of them. */
export function taskModelsFigure(
  archive: TasksArchive,
  measure: TaskMeasure,
): { id: string; cards: TaskModelsCard[]; table: TableData; csv: string } {
  const tasks = toTaskModels(archive.data, measure).filter((t) => t.models.length > 0);
  // One scale for every task on the page, so a bar means the same share in each small chart.
  const scaleMax = Math.max(0, ...tasks.flatMap((t) => t.models.map((m) => m.share)));
  const cards = tasks.map((task) => taskModelsCard(task, measure, scaleMax || 1));
  return {
    id: `tasks-models-${measure}`,
    cards,
    table: {
      caption: `Top models per task, share of each task's ${measureNoun(measure)}`,
      columns: ['Task', 'Model', taskShareColumn(measure)],
      rows: tasks.flatMap((t) => t.models.map((m) => [t.label, m.id, formatShare(m.share)])),
    },
    csv: toCsv(taskModelCsvColumns(measure), toTaskModelRows(tasks)),
  };
}

/** A file to emit: its name without extension, and its text. */
export type Download = { name: string; body: string };

/** Every tasks CSV: the treemap, the per-task models and each task's own models, per measure. */
export function tasksCsvFiles(archive: TasksArchive | null): Download[] {
  if (!archive) return [];
  return TASK_MEASURES.flatMap((measure) => {
    const tree = treemapFigure(archive, measure);
    const models = taskModelsFigure(archive, measure);
    return [
      { name: tree.id, body: tree.csv },
      { name: models.id, body: models.csv },
      ...models.cards.map((c) => ({ name: c.id, body: c.csv })),
    ];
  });
}
