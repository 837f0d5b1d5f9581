/**
 * The data tables of the history charts, laid out like the share chart's: one row per column of the chart (a week
 * or a snapshot, with whether the archive misses some before it), one column per series, in the chart's order.
 * Exactly the values drawn; the CSVs hold the same values one per row.
 */
import type { Bump } from '../../transform/bump.ts';
import { formatDate } from '../../transform/format.ts';
import type { SnapshotHistory } from '../../transform/snapshot-history.ts';
import type { TableCell, TableData } from '../schema.ts';

/** A chart column as a table row: its date and whether a gap precedes it. */
type Column = { date: string; gapBefore: boolean };

/** One series as a table column: its label and a cell per chart column. */
type SeriesColumn = { label: string; cells: TableCell[] };

/** The wide table of some columns and series; `dateHeader` names the first column (`Week of`, `Snapshot`). */
function wideTable(caption: string, dateHeader: string, columns: readonly Column[], series: SeriesColumn[]): TableData {
  return {
    caption,
    columns: [dateHeader, 'Gap before', ...series.map((s) => ({ label: s.label, numeric: true }))],
    rows: columns.map((column, i) => [
      formatDate(column.date),
      column.gapBefore ? 'yes' : '',
      ...series.map((s) => s.cells[i] ?? '—'),
    ]),
  };
}

/** A bump chart's ranks: `#3` at each column, `—` where the series was unranked. */
export function bumpTable(bump: Bump, caption: string, dateHeader: string): TableData {
  return wideTable(
    caption,
    dateHeader,
    bump.columns,
    bump.series.map((s) => ({ label: s.label, cells: s.points.map((p) => (p.rank === null ? '—' : `#${p.rank}`)) })),
  );
}

/**
 * A history chart's values as `format` writes them (given the value, the series' key and the snapshot's index), `—`
 * where the snapshot does not list the series.
 */
export function historyTable(
  history: SnapshotHistory,
  caption: string,
  format: (value: number, key: string, index: number) => TableCell,
): TableData {
  const cells = (s: SnapshotHistory['series'][number]) =>
    s.points.map((p, i) => (p.value === null ? '—' : format(p.value, s.key, i)));
  return wideTable(
    caption,
    'Snapshot',
    history.columns,
    history.series.map((s) => ({ label: s.label, cells: cells(s) })),
  );
}

/** The note on a history chart's shaded gaps (`Shaded: 2 stretches where the archive misses snapshots…`), or null. */
export function gapNote(columns: readonly Column[], unit: 'week' | 'month' | 'snapshot'): string | null {
  const gaps = columns.filter((c) => c.gapBefore).length;
  if (gaps === 0) return null;
  return (
    `Shaded: ${gaps === 1 ? 'a stretch' : `${gaps} stretches`} where the archive misses ${unit}s it would keep. ` +
    'Lines break there; nothing is interpolated.'
  );
}
