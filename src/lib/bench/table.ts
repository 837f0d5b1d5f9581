/** One column of a printed table; numbers read best right-aligned. */
export interface Column {
  readonly label: string;
  readonly align?: 'left' | 'right' | undefined;
}

/**
 * A plain-text table: header, a dashed rule, then one line per row, columns two spaces apart and padded to the
 * widest cell. `formatTable([{ label: 'page' }, { label: 'KB', align: 'right' }], [['/', '12.3']])` ->
 * `page    KB\n----  ----\n/     12.3`. Missing cells print empty; trailing spaces are trimmed.
 */
export function formatTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((column, i) => Math.max(column.label.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    columns
      .map((column, i) => {
        const cell = cells[i] ?? '';
        const width = widths[i] ?? 0;
        return column.align === 'right' ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return [
    line(columns.map((column) => column.label)),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map(line),
  ].join('\n');
}

/** Bytes in decimal units (1 KB = 1000 bytes, as the page budgets are stated): `formatBytes(12_345) === '12.3 KB'`. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}

/** Kilobytes with one decimal, no unit, for dense tables: `formatKb(12_345) === '12.3'`. */
export function formatKb(bytes: number): string {
  return (bytes / 1000).toFixed(1);
}

/** A duration in seconds, or minutes and seconds from a minute on: `'8.4 s'`, `'2 min 05 s'`. */
export function formatDuration(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

/** A growth factor: `formatRatio(2.004) === '×2.00'`; `–` when there is nothing to compare. */
export function formatRatio(ratio: number | null): string {
  return ratio === null || !Number.isFinite(ratio) ? '–' : `×${ratio.toFixed(2)}`;
}
