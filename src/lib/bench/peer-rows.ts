/**
 * The rows the peer page draws: the site's CSV of the 30-day model share chart (exactly the data the site draws),
 * as JSON. The CSV is RFC 4180 (`src/lib/transform/csv.ts`): fields with a comma, quote or line break are quoted.
 */

/**
 * One row of the chart: the day, the series (a model's permaslug, or `Other`) and its display name as the site
 * shows it, its tokens (digits) and its share (0–1).
 */
export interface PeerRow {
  readonly date: string;
  readonly model: string;
  readonly name: string;
  readonly tokens: string;
  readonly share: number;
}

/** The fields of RFC 4180 text, line by line: `parseCsv('a,"b,c"\r\n') -> [['a', 'b,c']]`. */
export function parseCsv(text: string): string[][] {
  const lines: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      lines.push([...fields, field]);
      fields = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || fields.length > 0) lines.push([...fields, field]);
  return lines;
}

/** The model share CSV's header (`src/lib/figures/sections/models.ts`). */
const HEADER = 'date,model,name,tokens,share';

/**
 * The rows of the model share CSV (`date,model,name,tokens,share`), in file order; throws one line naming the header
 * when the columns differ. `toPeerRows('date,model,name,tokens,share\r\n2026-01-01,a/b,B,12,0.5\r\n')` ->
 * `[{ date: '2026-01-01', model: 'a/b', name: 'B', tokens: '12', share: 0.5 }]`.
 */
export function toPeerRows(csv: string): PeerRow[] {
  const [header, ...lines] = parseCsv(csv);
  if (header?.join(',') !== HEADER) {
    throw new Error(`peer: expected the CSV header ${HEADER}, got ${header?.join(',') ?? 'nothing'}.`);
  }
  return lines.map(([date = '', model = '', name = '', tokens = '', share = '']) => ({
    date,
    model,
    name,
    tokens,
    share: Number(share),
  }));
}
