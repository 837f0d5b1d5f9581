/**
 * The embeddable charts of the tasks pages' small multiples: each task's top models, per measure. They are parts of
 * one figure (one per task, dozens in all), so they are live-only: frozen copies would multiply the frozen archive.
 */
import { measureNoun } from '../../../lib/transform/tasks.ts';
import { TASK_MEASURES } from '../../../lib/transform/treemap.ts';
import { loadTasks, MEASURE_VIEWS } from '../../tasks/_data.ts';
import { taskModelsFigure } from '../../tasks/_figures.ts';
import type { EmbedChart } from '../_registry.ts';

/** One chart per task card per measure, id the card's download name: `tasks-models-token-general-translation`. */
export function taskModelEmbedCharts(): EmbedChart[] {
  const archive = loadTasks();
  if (!archive) return [];
  return TASK_MEASURES.flatMap((measure) => {
    const noun = measureNoun(measure);
    const path = MEASURE_VIEWS.find((v) => v.measure === measure)?.path ?? '/tasks/';
    return taskModelsFigure(archive, measure).cards.map((card): EmbedChart => ({
      id: card.id,
      card: false,
      frozenCopies: false,
      title: `Top models for ${card.task.label}, by share of ${noun}`,
      takeaway: card.alt,
      svg: card.svg,
      alt: card.alt,
      minWidth: 340,
      legend: [],
      table: card.table,
      rowHeader: 0,
      notes: [
        `Each bar is the model's share of the task's ${noun} over the last ${archive.data.window_days} days, on the ` +
          "same scale as every other task's chart on the tasks page. The API lists only each task's top models, so " +
          'shares may sum to less than 100%.',
      ],
      tokenCaveat: false,
      attribution: archive.attribution,
      asOf: archive.data.as_of,
      pageHref: `${path}#${card.id}`,
      csvHref: `/tasks/${card.id}.csv`,
      exportPath: `/tasks/${card.id}`,
    }));
  });
}
