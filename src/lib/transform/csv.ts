/** CSV of what a chart shows (RFC 4180), so a download is exactly the data drawn. */

export type CsvColumn<Row> = { header: string; value: (row: Row) => string | number | bigint | null };

/** A number as callers write it (`-0.004557`, `12`, `1e-7`): a numeric cell, which spreadsheets read as a number. */
const NUMERIC = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Text a spreadsheet would run as a formula: it starts with `=`, `+`, `-`, `@`, a tab or a line break, possibly
 * after spaces (some spreadsheets trim them on import).
 */
const FORMULA_LIKE = /^[ ]*[=+\-@\t\r\n]/;

/**
 * One field: text that looks like a formula gets a leading `'` (OWASP's CSV-injection advice); numeric cells, as
 * numbers or as number strings (`'-0.004557'`), stay numbers. Quoted when it holds a comma, quote or line break.
 */
function toField(value: string | number | bigint | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && !NUMERIC.test(text) && FORMULA_LIKE.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows to CSV text with a header line and CRLF line ends: `toCsv([{header:'a', value:r=>r}], [1]) === 'a\r\n1\r\n'`. */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((c) => toField(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => toField(c.value(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
