/**
 * The task-classifications snapshot as the tasks section uses it: the newest 7-day classifications with their
 * attribution, each measure's tasks with their top models, and the ids of the section's charts and files.
 */
import { TaskClassificationsResponseSchema, type TaskClassificationsResponse } from '../../api/task-classifications.ts';
import { taskClassificationsKey } from '../../archive/keys.ts';
import { snapshotBody } from '../../archive/read.ts';
import { attributionFor } from '../../transform/citation.ts';
import { toTaskModels, type TaskModels } from '../../transform/tasks.ts';
import type { TaskMeasure } from '../../transform/treemap.ts';
import { derived, type SiteData } from '../site-data.ts';
import { modelNameOfId } from './model-names.ts';

/** The newest classifications with their attribution line. */
export type TasksArchive = { data: TaskClassificationsResponse['data']; synthetic: boolean; attribution: string };

/** The newest 7-day classifications of a build, or null when the archive has none. */
export function tasksArchive(data: SiteData): TasksArchive | null {
  return derived(data, 'tasks:archive', () => {
    const snapshot = data.snapshots['task-classifications'];
    const body = snapshot
      ? snapshotBody(snapshot, taskClassificationsKey('7d'), TaskClassificationsResponseSchema)
      : null;
    if (!snapshot || !body) return null;
    return {
      data: body.data,
      synthetic: snapshot.synthetic,
      // The response has no meta: its `as_of` (a date, the window's last day) is what the citation quotes.
      attribution: attributionFor({ asOf: body.data.as_of, synthetic: snapshot.synthetic }),
    };
  });
}

/** The tasks that list models, largest first by the measure, and the largest model share among them. */
export type MeasureTasks = { tasks: TaskModels[]; scaleMax: number };

/** Each task's top models by the measure (tasks without models left out), computed once per build. */
export function tasksByMeasure(data: SiteData, measure: TaskMeasure): MeasureTasks | null {
  const archive = tasksArchive(data);
  return derived(data, `tasks:models:${measure}`, () => {
    if (!archive) return null;
    const nameOf = (id: string) => modelNameOfId(data, id);
    const tasks = toTaskModels(archive.data, measure, nameOf).filter((t) => t.models.length > 0);
    return { tasks, scaleMax: Math.max(0, ...tasks.flatMap((t) => t.models.map((m) => m.share))) };
  });
}

/** A tag as a chart id fragment (lower case, as chart ids are): `code:general_impl` -> `code-general_impl`. */
export function tagSlug(tag: string): string {
  return tag.toLowerCase().replace(/[^a-z0-9_-]+/g, '-');
}

/** Chart id and file name of a measure's treemap: `tasks-treemap-usage`. */
export function treemapId(measure: TaskMeasure): string {
  return `tasks-treemap-${measure}`;
}

/** The id of a measure's small multiples (their anchor and CSV name): `tasks-models-token`. */
export function taskModelsId(measure: TaskMeasure): string {
  return `tasks-models-${measure}`;
}

/** Chart id of one task's model chart: `tasks-models-usage-code-general_impl`. */
export function taskModelId(measure: TaskMeasure, tag: string): string {
  return `${taskModelsId(measure)}-${tagSlug(tag)}`;
}
