/**
 * Each task's share over the archived task-classifications snapshots (the API answers only the trailing 7 days, so
 * this past exists only in our archive), on `/tasks/` by share of requests and `/tasks/tokens/` by share of tokens:
 * the largest tasks of the newest snapshot, at the snapshots' real dates, gaps shaded, nothing interpolated.
 */
import { TaskClassificationsResponseSchema } from '../../api/task-classifications.ts';
import { historyLineChart } from '../../charts/history-line.ts';
import { SIZES } from '../../charts/theme.ts';
import { taskClassificationsKey } from '../../archive/keys.ts';
import { toCsv } from '../../transform/csv.ts';
import { formatDate, formatShare } from '../../transform/format.ts';
import {
  describeHistory,
  describeNotEnoughHistory,
  historyCsvColumns,
  toHistoryCsvRows,
} from '../../transform/history-text.ts';
import type { NotEnoughHistory, SnapshotHistory } from '../../transform/snapshot-history.ts';
import { DEFAULT_TASK_LINES, toTaskShareHistory } from '../../transform/task-history.ts';
import { measureNoun } from '../../transform/tasks.ts';
import { TASK_MEASURES, type TaskMeasure } from '../../transform/treemap.ts';
import { TASK_PAGES, taskHistoryId, tasksPath } from '../routes.ts';
import type { CsvFile, VariantGroup } from '../schema.ts';
import { derived, type SiteData } from '../site-data.ts';
import { datedBodies, lineColors, type HistoryBuilt } from './history-data.ts';
import { gapNote, historyTable } from './history-tables.ts';
import { tasksArchive } from './tasks-data.ts';

/** The task share history of a measure, once per build. */
export function taskHistoryOf(data: SiteData, measure: TaskMeasure): SnapshotHistory | NotEnoughHistory {
  return derived(data, `tasks:history:${measure}`, () => {
    const snapshots = datedBodies(
      data,
      'task-classifications',
      taskClassificationsKey('7d'),
      TaskClassificationsResponseSchema,
    );
    return toTaskShareHistory(snapshots, { measure, top: DEFAULT_TASK_LINES });
  });
}

/** The measure toggle: each measure's tasks page, at the history's anchor. */
function measureToggle(measure: TaskMeasure): VariantGroup {
  return {
    label: 'Measure',
    options: TASK_PAGES.map((page) => ({
      label: page.label,
      href: `${page.path}#${taskHistoryId(page.measure)}`,
      current: page.measure === measure,
    })),
  };
}

/** The share history of a measure, or the empty state with fewer than two snapshots; null without any. */
export function taskHistoryFigure(data: SiteData, measure: TaskMeasure): HistoryBuilt | null {
  return derived(data, `tasks:history-figure:${measure}`, (): HistoryBuilt | null => {
    const archive = tasksArchive(data);
    if (!archive) return null;
    const id = taskHistoryId(measure);
    const noun = measureNoun(measure);
    const heading = `Share of ${noun} by task over time`;
    const history = taskHistoryOf(data, measure);
    if (history.kind === 'not-enough-history') {
      return { kind: 'not-enough', anchor: id, heading, level: 2, message: describeNotEnoughHistory(history) };
    }
    const { colors, legend } = lineColors(history.series);
    const first = history.columns[0]?.date ?? '';
    const last = history.columns.at(-1)?.date ?? first;
    const alt = describeHistory(history, formatShare);
    return {
      kind: 'figure',
      figure: {
        id,
        anchor: id,
        heading,
        title: `Share of classified ${noun} by task, ${history.columns.length} snapshots, ${formatDate(first)} – ${formatDate(last)}`,
        takeaway: alt,
        svg: historyLineChart(id, history, {
          measure: 'share',
          yLabel: `Share of ${noun}`,
          colors,
          size: SIZES.wide,
        }),
        narrowSvg: historyLineChart(`${id}-narrow`, history, {
          measure: 'share',
          yLabel: `Share of ${noun}`,
          colors,
          size: SIZES.narrow,
        }),
        alt,
        minWidth: 560,
        legend,
        table: historyTable(history, `Share of classified ${noun} by task at each archived snapshot`, formatShare),
        notes: [
          `The ${history.series.length} largest tasks of the newest snapshot. Each point is one nightly snapshot of ` +
            `the API's trailing ${archive.data.window_days}-day classification, at its real date: the archive keeps ` +
            'one a day for 35 days, then one a week, then one a month. A task a snapshot does not list has no point ' +
            'there, never a zero.',
          ...[gapNote(history.columns, 'snapshot')].filter((n): n is string => n !== null),
        ],
        attribution: archive.attribution,
        asOf: archive.data.as_of,
        links: { page: `${tasksPath(measure)}#${id}`, csv: `/tasks/${id}.csv`, exports: `/tasks/${id}` },
        variants: [measureToggle(measure)],
        embed: {
          card: false,
          frozen: measure === 'usage' ? { kind: 'own' } : { kind: 'variant', of: taskHistoryId('usage') },
        },
      },
    };
  });
}

/** Every task history figure or empty state, requests first; none without classifications. */
export function tasksHistoryBuilt(data: SiteData): HistoryBuilt[] {
  return TASK_MEASURES.flatMap((measure) => taskHistoryFigure(data, measure) ?? []);
}

/** The CSV of each task history: one row per task and snapshot drawn (`usage_share` or `token_share`). */
export function tasksHistoryCsvFiles(data: SiteData): CsvFile[] {
  if (!tasksArchive(data)) return [];
  return TASK_MEASURES.flatMap((measure) => {
    const history = taskHistoryOf(data, measure);
    if (history.kind !== 'history') return [];
    const body = toCsv(historyCsvColumns('tag', `${measure}_share`), toHistoryCsvRows(history));
    return [{ path: `/tasks/${taskHistoryId(measure)}.csv`, body }];
  });
}
