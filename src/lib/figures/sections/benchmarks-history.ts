/**
 * Artificial Analysis indices over the archived benchmarks snapshots, one figure per index on its benchmarks page:
 * the models whose score changed (revised, added or dropped; newest change first), else the top scorers, at the
 * snapshots' real dates, gaps shaded, nothing interpolated, with the changes in words.
 */
import { ArtificialAnalysisResponseSchema, type BenchmarkTaskType } from '../../api/benchmarks.ts';
import { historyLineChart } from '../../charts/history-line.ts';
import { SIZES } from '../../charts/theme.ts';
import { benchmarksKey } from '../../archive/keys.ts';
import { toBenchmarkChanges, toBenchmarkHistory } from '../../transform/benchmark-history.ts';
import { AA_METRICS, AXIS_LABELS, formatScore } from '../../transform/benchmarks.ts';
import { toChartColors } from '../../transform/colors.ts';
import { toCsv } from '../../transform/csv.ts';
import { formatDate } from '../../transform/format.ts';
import {
  describeHistory,
  describeNotEnoughHistory,
  historyCsvColumns,
  toHistoryCsvRows,
} from '../../transform/history-text.ts';
import { isolate } from '../../transform/safe-text.ts';
import type { NotEnoughHistory, SnapshotHistory, ValueChange } from '../../transform/snapshot-history.ts';
import { aaHistoryId, aaPath } from '../routes.ts';
import type { CsvFile } from '../schema.ts';
import { derived, type SiteData } from '../site-data.ts';
import { aaItemsOf } from './benchmarks-data.ts';
import { datedBodies, lineColors, type HistoryBuilt } from './history-data.ts';
import { gapNote, historyTable } from './history-tables.ts';
import { modelNameOf } from './model-names.ts';
import { modelsArchive } from './models-data.ts';

/** Lines drawn at most. */
const LINES = 8;
/** Changes told in the notes at most (the CSV holds every value drawn). */
const CHANGES_TOLD = 5;

/** An index's history and its changes, newest first. */
type IndexHistory = { kind: 'history'; history: SnapshotHistory; changes: ValueChange[] };

/**
 * The series drawn: the models with a change, newest change first, or without any change the top scorers of the
 * newest snapshot; labelled with the site's model names.
 */
function pickSeries(data: SiteData, history: SnapshotHistory, changes: readonly ValueChange[]): SnapshotHistory {
  const changed = [...new Set(changes.map((c) => c.key))];
  const newest = (s: SnapshotHistory['series'][number]) => s.points.at(-1)?.value ?? -Infinity;
  const keys =
    changed.length > 0 ? changed : history.series.toSorted((a, b) => newest(b) - newest(a)).map((s) => s.key);
  const byKey = new Map(history.series.map((s) => [s.key, s]));
  const series = keys.slice(0, LINES).flatMap((key) => {
    const found = byKey.get(key);
    return found ? [{ ...found, label: modelNameOf(data, key) }] : [];
  });
  return { ...history, series };
}

/** An index over the archived snapshots (its response per snapshot), once per build. */
export function aaHistoryOf(data: SiteData, metric: BenchmarkTaskType): IndexHistory | NotEnoughHistory {
  return derived(data, `benchmarks:aa-history:${metric}`, () => {
    const key = benchmarksKey({ source: 'artificial-analysis', taskType: metric });
    const snapshots = datedBodies(data, 'benchmarks', key, ArtificialAnalysisResponseSchema);
    const history = toBenchmarkHistory(snapshots, `${metric}_index`);
    if (history.kind === 'not-enough-history') return history;
    const changes = toBenchmarkChanges(history);
    return { kind: 'history', history: pickSeries(data, history, changes), changes };
  });
}

/** A change in words: `GPT-5 added at 61.2`, `Grok 4 dropped (was 48)`, `Sonnet 4: 52.1 → 53.4`. */
function changePhrase(data: SiteData, change: ValueChange): string {
  const name = isolate(modelNameOf(data, change.key));
  if (change.from === null) return `${name} added at ${formatScore(change.to ?? 0)}`;
  if (change.to === null) return `${name} dropped (was ${formatScore(change.from)})`;
  return `${name}: ${formatScore(change.from)} → ${formatScore(change.to)}`;
}

/** The takeaway: how many changes and the newest, or that nothing changed. */
function takeawayOf(data: SiteData, { history, changes }: IndexHistory, label: string): string {
  const span = `${history.columns.length} archived snapshots (${formatDate(history.columns[0]?.date ?? '')} – ${formatDate(history.columns.at(-1)?.date ?? '')})`;
  const [newest] = changes;
  if (!newest) return `No model's ${label.toLowerCase()} changed across the ${span}; the top scorers are drawn.`;
  const count = `${changes.length} ${changes.length === 1 ? 'change' : 'changes'}`;
  return `${count} to the ${label.toLowerCase()} across the ${span}; the newest, on ${formatDate(newest.date)}: ${changePhrase(data, newest)}.`;
}

/** The notes: what is drawn, the newest changes in words, the gaps. */
function notesOf(data: SiteData, { history, changes }: IndexHistory): string[] {
  const told = changes
    .slice(0, CHANGES_TOLD)
    .map((c) => `${formatDate(c.date)}: ${changePhrase(data, c)}`)
    .join('; ');
  const more = changes.length > CHANGES_TOLD ? `; ${changes.length - CHANGES_TOLD} more in the archive` : '';
  return [
    `Lines: the models whose score was revised, added or dropped between snapshots (newest change first), up to ${LINES}; ` +
      'without any change, the top scorers. A model a snapshot does not list has no point there.',
    ...(told ? [`Changes: ${told}${more}.`] : []),
    ...[gapNote(history.columns, 'snapshot')].filter((n): n is string => n !== null),
  ];
}

/** An index's history figure, or the empty state with fewer than two snapshots; null without its scores. */
export function aaHistoryFigure(data: SiteData, metric: BenchmarkTaskType): HistoryBuilt | null {
  return derived(data, `benchmarks:aa-history-figure:${metric}`, (): HistoryBuilt | null => {
    const loaded = aaItemsOf(data, metric);
    if (!loaded) return null;
    const id = aaHistoryId(metric);
    const label = AXIS_LABELS[metric];
    const heading = `${label} over time`;
    const found = aaHistoryOf(data, metric);
    if (found.kind === 'not-enough-history') {
      return { kind: 'not-enough', anchor: id, heading, level: 3, message: describeNotEnoughHistory(found) };
    }
    const { history } = found;
    const archive = modelsArchive(data);
    // Models keep their site colours (a model not in the rankings takes a free one).
    const keys = history.series.map((s) => s.key);
    const { colors, legend } = lineColors(
      history.series,
      archive ? toChartColors(archive.modelColors, keys) : undefined,
    );
    return {
      kind: 'figure',
      figure: {
        id,
        anchor: id,
        heading,
        level: 3,
        title: `Artificial Analysis: ${label.toLowerCase()} across ${history.columns.length} archived snapshots`,
        takeaway: takeawayOf(data, found, label),
        svg: historyLineChart(id, history, { measure: 'index', yLabel: label, colors, size: SIZES.wide }),
        narrowSvg: historyLineChart(`${id}-narrow`, history, {
          measure: 'index',
          yLabel: label,
          colors,
          size: SIZES.narrow,
        }),
        alt: describeHistory(history, formatScore),
        minWidth: 560,
        legend,
        table: historyTable(history, `${label} of the models drawn at each archived snapshot`, formatScore),
        notes: notesOf(data, found),
        attribution: loaded.attribution,
        asOf: loaded.meta.as_of,
        links: { page: `${aaPath(metric)}#${id}`, csv: `/benchmarks/${id}.csv`, exports: `/benchmarks/${id}` },
        embed: { card: false, frozen: { kind: 'own' } },
      },
    };
  });
}

/** Every index's history figure or empty state, in index order. */
export function benchmarksHistoryBuilt(data: SiteData): HistoryBuilt[] {
  return AA_METRICS.flatMap((metric) => aaHistoryFigure(data, metric) ?? []);
}

/** The CSV of each index's history: one row per model and snapshot drawn. */
export function benchmarksHistoryCsvFiles(data: SiteData): CsvFile[] {
  return AA_METRICS.flatMap((metric) => {
    const found = aaItemsOf(data, metric) ? aaHistoryOf(data, metric) : null;
    if (!found || found.kind === 'not-enough-history') return [];
    const body = toCsv(historyCsvColumns('model_permaslug', `${metric}_index`), toHistoryCsvRows(found.history));
    return [{ path: `/benchmarks/${aaHistoryId(metric)}.csv`, body }];
  });
}
