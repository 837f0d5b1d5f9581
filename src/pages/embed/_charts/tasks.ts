/** The embeddable charts of the tasks section: the treemap by share of requests and by share of tokens. */
import { measureNoun } from '../../../lib/transform/tasks.ts';
import { TASK_MEASURES } from '../../../lib/transform/treemap.ts';
import { loadTasks, MEASURE_VIEWS } from '../../tasks/_data.ts';
import { treemapFigure } from '../../tasks/_figures.ts';
import type { EmbedChart } from '../_registry.ts';

/** One treemap per measure, each its page's card. */
export function tasksEmbedCharts(): EmbedChart[] {
  const archive = loadTasks();
  if (!archive) return [];
  return TASK_MEASURES.map((measure): EmbedChart => {
    const figure = treemapFigure(archive, measure);
    const noun = measureNoun(measure);
    const path = MEASURE_VIEWS.find((v) => v.measure === measure)?.path ?? '/tasks/';
    return {
      id: figure.id,
      card: true,
      frozenCopies: true,
      title: `Tasks by share of ${noun}, last ${archive.data.window_days} days`,
      takeaway: figure.alt,
      svg: figure.svg,
      alt: figure.alt,
      minWidth: 560,
      legend: figure.legend,
      table: figure.table,
      rowHeader: 1,
      notes: [
        `Shares are of classified ${noun}; unclassified traffic is excluded, so the tasks sum to 100%. ` +
          'The data is sampled: shares only, no absolute volumes.',
      ],
      tokenCaveat: false,
      attribution: archive.attribution,
      asOf: archive.data.as_of,
      pageHref: `${path}#task-treemap`,
      csvHref: `/tasks/${figure.id}.csv`,
      exportPath: `/tasks/${figure.id}`,
    };
  });
}
