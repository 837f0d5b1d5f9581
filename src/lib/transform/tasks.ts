/**
 * Task classifications for the page: the top task, each tag's top models, the text alternatives and the CSVs.
 * Shares are fractions of classified traffic (the unclassified bucket is excluded by the API). Pure.
 */
import type { TaskClassification, TaskClassificationsResponse } from '../api/task-classifications.ts';
import type { CsvColumn } from './csv.ts';
import { formatShare } from './format.ts';
import { displayNameOf } from './model-slugs.ts';
import { isolate } from './safe-text.ts';
import { shareFor, type TaskMeasure, type TreemapInput } from './treemap.ts';

type TaskData = TaskClassificationsResponse['data'];

/** What a measure's share is a share of, in prose. */
export function measureNoun(measure: TaskMeasure): string {
  return measure === 'usage' ? 'requests' : 'tokens';
}

/** One model's bar under a tag: its share of that tag's requests or tokens. */
export type TaskModelBar = { id: string; name: string; share: number };

/** A tag with its top models, in the API's order of tags (usage share descending). */
export type TaskModels = { tag: string; label: string; macro: string; share: number; models: TaskModelBar[] };

/** A model's display name from the id a task lists it under (`openai/gpt-4o`); default `displayNameOf`. */
export type TaskModelName = (id: string) => string;

/**
 * A tag's top models by the measure, largest first (ties by id), each named by `nameOf`. The API lists only the top
 * N, so shares may sum to less than 1; the remainder is not drawn.
 */
export function toTaskModelBars(
  classification: TaskClassification,
  measure: TaskMeasure,
  nameOf: TaskModelName = displayNameOf,
): TaskModelBar[] {
  return classification.models
    .map((m) => ({
      id: m.id,
      name: nameOf(m.id),
      share: measure === 'usage' ? m.tag_usage_share : m.tag_token_share,
    }))
    .toSorted((a, b) => b.share - a.share || a.id.localeCompare(b.id));
}

/** Every tag with its top models (named by `nameOf`), tags largest first by the measure. */
export function toTaskModels(data: TaskData, measure: TaskMeasure, nameOf?: TaskModelName): TaskModels[] {
  return data.classifications
    .map((c) => ({
      tag: c.tag,
      label: c.display_name || c.tag,
      macro: c.macro_category,
      share: shareFor(c, measure),
      models: toTaskModelBars(c, measure, nameOf),
    }))
    .toSorted((a, b) => b.share - a.share || a.tag.localeCompare(b.tag));
}

/** The largest task by the measure, for the overview: tag, display name, macro-category and share; null when none. */
export function topTask(
  data: TaskData,
  measure: TaskMeasure = 'usage',
): { tag: string; label: string; macro: string; share: number } | null {
  const [first] = toTaskModels(data, measure);
  return first ? { tag: first.tag, label: first.label, macro: first.macro, share: first.share } : null;
}

/**
 * The treemap's text alternative: the leading macro-category and task, and how many tasks there are. Example:
 * `Code leads with 45.0% of classified requests; the largest task is Code Generation (23.0%). 12 tasks in 4 groups.`
 */
export function describeTreemap(input: TreemapInput): string {
  const noun = measureNoun(input.measure);
  const [group] = input.groups;
  if (!group) return `No classified ${noun} in this snapshot.`;
  const leaves = input.groups.flatMap((g) => g.leaves).toSorted((a, b) => b.share - a.share);
  const [leaf] = leaves;
  const task = leaf ? `; the largest task is ${isolate(leaf.label)} (${formatShare(leaf.share)})` : '';
  return (
    `${isolate(group.label)} leads with ${formatShare(group.share)} of classified ${noun}${task}. ` +
    `${leaves.length} tasks in ${input.groups.length} groups.`
  );
}

/** One tag's model chart text alternative: `Code Generation: gpt-4.1-mini has 55.0% of requests, then claude-sonnet-4 (20.0%).` */
export function describeTaskModels(task: TaskModels, measure: TaskMeasure): string {
  const [first, second] = task.models;
  const label = isolate(task.label);
  if (!first) return `${label}: no models listed.`;
  const then = second ? `, then ${isolate(second.name)} (${formatShare(second.share)})` : '';
  return `${label}: ${isolate(first.name)} has ${formatShare(first.share)} of ${measureNoun(measure)}${then}.`;
}

/** A treemap row for the CSV: one tag in its group. */
export type TreemapCsvRow = { macro: string; macroLabel: string; tag: string; label: string; share: number };

/** The treemap's rows in drawing order (groups, then tags, largest first). */
export function toTreemapRows(input: TreemapInput): TreemapCsvRow[] {
  return input.groups.flatMap((g) =>
    g.leaves.map((l) => ({ macro: g.macro, macroLabel: g.label, tag: l.tag, label: l.label, share: l.share })),
  );
}

/** CSV columns of the treemap; the share column is named after the measure (`usage_share`, `token_share`). */
export function treemapCsvColumns(measure: TaskMeasure): CsvColumn<TreemapCsvRow>[] {
  return [
    { header: 'macro_category', value: (r) => r.macro },
    { header: 'tag', value: (r) => r.tag },
    { header: 'display_name', value: (r) => r.label },
    { header: `${measure}_share`, value: (r) => r.share },
  ];
}

/** A row of the per-tag models CSV. */
export type TaskModelCsvRow = { tag: string; model: string; name: string; share: number };

/** Every tag's models as flat rows, in page order. */
export function toTaskModelRows(tasks: readonly TaskModels[]): TaskModelCsvRow[] {
  return tasks.flatMap((t) => t.models.map((m) => ({ tag: t.tag, model: m.id, name: m.name, share: m.share })));
}

/** CSV columns of the per-tag models: the tag, the model's id and display name, its share (`tag_usage_share` …). */
export function taskModelCsvColumns(measure: TaskMeasure): CsvColumn<TaskModelCsvRow>[] {
  return [
    { header: 'tag', value: (r) => r.tag },
    { header: 'model', value: (r) => r.model },
    { header: 'name', value: (r) => r.name },
    { header: `tag_${measure}_share`, value: (r) => r.share },
  ];
}
