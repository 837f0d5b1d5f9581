/** CSV of what a chart shows (RFC 4180), so a download is exactly the data drawn. */

export type CsvColumn<Row> = { header: string; value: (row: Row) => string | number | bigint | null };

/** Quotes a field when it holds a comma, quote or line break; neutralises spreadsheet formulas. */
function toField(value: string | number | bigint | null): string {
  if (value === null) return '';
  let text = String(value);
  // A name from the API starting with = + - @ would run as a formula in a spreadsheet.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows to CSV text with a header line and CRLF line ends: `toCsv([{header:'a', value:r=>r}], [1]) === 'a\r\n1\r\n'`. */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((c) => toField(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => toField(c.value(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
