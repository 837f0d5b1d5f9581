/**
 * Which columns of a table hold numbers, so the site's tables and the embeds' tables right-align the same columns:
 * a column declares it (`{ label, numeric }`), or every cell with a value reads as a number as our formatters write
 * them (`1.23T`, `23.5%`, `+1.2 pp`, `$2.50`, `3 s`); placeholders such as `—` decide nothing.
 */
import type { TableCell, TableData } from '../lib/figures/schema.ts';

const NUMBER = /^[-+−±~$]?\s?[\d.,]+\s?(%|[KMBTP]|pp|ms|s)?$/;

/** Cell texts that say "no number here" and so do not decide a column's alignment. */
const PLACEHOLDERS = new Set(['', '—', '–', '-', 'new', 'n/a']);

/**
 * A cell as an object: `'12%'` -> `{ text: '12%' }`; a `title` that repeats the text is dropped (`{ text: '0',
 * title: '0' }` -> `{ text: '0' }`): it tells nothing, and a long table repeats it thousands of times.
 */
export function toCellObject(cell: TableCell): Exclude<TableCell, string> {
  if (typeof cell === 'string') return { text: cell };
  if (cell.title === undefined || cell.title !== cell.text) return cell;
  const { title: _repeated, ...rest } = cell;
  return rest;
}

/** Per column, true when it holds numbers: `numericColumns({ columns: ['Model', 'Share'], rows: [['a', '4%']] })`
 * -> `[false, true]`. */
export function numericColumns(table: Pick<TableData, 'columns' | 'rows'>): boolean[] {
  return table.columns.map((column, index) => {
    if (typeof column !== 'string' && column.numeric !== undefined) return column.numeric;
    const texts = table.rows
      .flatMap((row) => (row[index] === undefined ? [] : [toCellObject(row[index]).text.trim()]))
      .filter((text) => !PLACEHOLDERS.has(text));
    return texts.length > 0 && texts.every((text) => NUMBER.test(text));
  });
}
