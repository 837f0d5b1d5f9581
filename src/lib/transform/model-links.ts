/**
 * What other datasets say about one model, for its page: benchmark scores and the tasks where it is a top model.
 * Joined on the base model (`toBaseSlug`), since benchmarks and task classifications name base models while the
 * rankings list dated and `:variant` permaslugs.
 */
import type { ArtificialAnalysisItem } from '../api/benchmarks.ts';
import type { TaskClassification } from '../api/task-classifications.ts';
import { toBaseSlug } from './model-slugs.ts';

/** Artificial Analysis items of the same base model as `permaslug`, in the API's order. */
export function benchmarksForModel(
  items: readonly ArtificialAnalysisItem[],
  permaslug: string,
): ArtificialAnalysisItem[] {
  const base = toBaseSlug(permaslug);
  return items.filter((item) => toBaseSlug(item.model_permaslug) === base);
}

/** A task where the model is among the top models: its shares of that task's requests and tokens, and its place. */
export type ModelTask = {
  tag: string;
  label: string;
  macro: string;
  /** 1 = the model with the largest share of the task's requests (the API lists top models by request volume). */
  place: number;
  usageShare: number;
  tokenShare: number;
};

/**
 * The tasks whose top models include the base model of `permaslug`, by the model's share of the task's requests
 * (descending, ties by tag). When several of the task's listed ids share that base model, the first one counts.
 */
export function tasksForModel(classifications: readonly TaskClassification[], permaslug: string): ModelTask[] {
  const base = toBaseSlug(permaslug);
  const tasks: ModelTask[] = [];
  for (const task of classifications) {
    const index = task.models.findIndex((m) => toBaseSlug(m.id) === base);
    const model = task.models[index];
    if (!model) continue;
    tasks.push({
      tag: task.tag,
      label: task.display_name,
      macro: task.macro_category,
      place: index + 1,
      usageShare: model.tag_usage_share,
      tokenShare: model.tag_token_share,
    });
  }
  return tasks.sort((a, b) => b.usageShare - a.usageShare || (a.tag < b.tag ? -1 : 1));
}
