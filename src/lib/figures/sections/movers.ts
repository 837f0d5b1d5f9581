/**
 * Model momentum (`/models/` and the overview): the models that rose and fell most over the last 7 and 30 complete
 * days against the mean of the three equal windows before (the API's rule for trending apps), as diverging bars
 * with the table and CSV of exactly the rows drawn. Too short an archive gets the honest empty state instead.
 */
import { moversChart, MOVER_COLORS, type MoverBar } from '../../charts/movers.ts';
import { toCsv } from '../../transform/csv.ts';
import { formatDate, formatExact, formatPoints, formatShare, formatTokens } from '../../transform/format.ts';
import { describeMomentum, describeMomentumShortfall, momentumCsvColumns } from '../../transform/history-text.ts';
import {
  MOMENTUM_WINDOWS,
  toMomentum,
  type Momentum,
  type MomentumRow,
  type MomentumShortfall,
  type MomentumWindow,
} from '../../transform/momentum.ts';
import { isolate } from '../../transform/safe-text.ts';
import { tokensToNumber } from '../../transform/tokens.ts';
import { modelPagePath, moversAnchor, moversFigureId } from '../routes.ts';
import type { CsvFile, TableCell, TableData } from '../schema.ts';
import { derived, type SiteData } from '../site-data.ts';
import { type HistoryBuilt } from './history-data.ts';
import { modelNamer } from './model-names.ts';
import { modelsArchive } from './models-data.ts';

/** Risers and fallers drawn (each): the table and the CSV hold the same rows. */
export const MOVERS_SHOWN = 10;

/** The momentum of a window over the complete days, once per build; null when the archive has no rankings. */
export function momentumOf(data: SiteData, window: MomentumWindow): Momentum | MomentumShortfall | null {
  const archive = modelsArchive(data);
  return derived(data, `momentum:${window}`, () => (archive ? toMomentum(archive.rows, window) : null));
}

/** The rows drawn: the largest risers, then the largest fallers. */
function shownRows(momentum: Momentum): MomentumRow[] {
  return [...momentum.risers.slice(0, MOVERS_SHOWN), ...momentum.fallers.slice(0, MOVERS_SHOWN)];
}

/** A signed token count: `+934B`, `−12.0B`. */
function signed(value: bigint): string {
  return value < 0n ? `−${formatTokens(-value)}` : `+${formatTokens(value)}`;
}

/** `#3`, or `—` outside the top 50. */
const rankText = (rank: number | null) => (rank === null ? '—' : `#${rank}`);

/** `▲ 2`, `▼ 1`, `±0`, or `new` (no rank in the window before). */
function rankChangeText(row: MomentumRow): string {
  if (row.rank === null) return '—';
  if (row.rankChange === null) return 'new';
  if (row.rankChange === 0) return '±0';
  return row.rankChange > 0 ? `▲ ${row.rankChange}` : `▼ ${-row.rankChange}`;
}

function moversTable(momentum: Momentum, rows: readonly MomentumRow[], nameOf: (slug: string) => string): TableData {
  const tokens = (value: bigint): TableCell => ({ text: formatTokens(value), title: `${formatExact(value)} tokens` });
  return {
    caption: `Model movers, ${momentum.days} days to ${formatDate(momentum.range.end)}: excess tokens against the mean of the three ${momentum.days}-day windows before`,
    columns: [
      'Model',
      { label: 'Excess tokens', numeric: true },
      { label: 'Tokens', numeric: true },
      { label: 'Baseline mean', numeric: true },
      { label: 'Rank', numeric: true },
      { label: 'Rank change', numeric: true },
      { label: 'Share', numeric: true },
      { label: 'Share change', numeric: true },
      { label: 'Days in top 50', numeric: true },
    ],
    rows: rows.map((r) => [
      { text: nameOf(r.permaslug), href: modelPagePath(r.permaslug), title: r.permaslug },
      { text: signed(r.excess), title: `${formatExact(r.excess)} tokens` },
      tokens(r.tokens),
      tokens(r.baseline),
      rankText(r.rank),
      rankChangeText(r),
      formatShare(r.share),
      r.shareChange === null ? '—' : formatPoints(r.shareChange),
      `${r.rankedDays}/${momentum.days} · ${r.baselineRankedDays}/${momentum.days * 3}`,
    ]),
  };
}

function moversBars(rows: readonly MomentumRow[], nameOf: (slug: string) => string): MoverBar[] {
  return rows.map((r) => ({
    key: r.permaslug,
    label: nameOf(r.permaslug),
    value: tokensToNumber(r.excess),
    valueLabel: signed(r.excess),
    title: `${isolate(nameOf(r.permaslug))}: ${signed(r.excess)} tokens against the baseline; ${formatExact(r.tokens)} tokens in the window`,
  }));
}

/** The notes under a movers chart: the rule, the windows compared, and what the day counts mean. */
function moversNotes(momentum: Momentum): string[] {
  const { days, range, baseline } = momentum;
  return [
    `Excess tokens: tokens over the ${days} complete days ${formatDate(range.start)} – ${formatDate(range.end)} minus ` +
      `the mean of the three ${days}-day windows ${formatDate(baseline.start)} – ${formatDate(baseline.end)}: the rule ` +
      'the API uses for trending apps. Rank and share change compare with the window just before.',
    "A model's tokens are known only on days it was in the top 50 (otherwise they are inside Other): Days in top 50 " +
      'gives the window’s days, then the baseline’s. A model new to the top 50 has a short baseline.',
  ];
}

/** The movers figure of a window, or the empty state when the archive is too short; null without rankings. */
export function moversFigure(data: SiteData, window: MomentumWindow): HistoryBuilt | null {
  return derived(data, `movers:figure:${window}`, (): HistoryBuilt | null => {
    const archive = modelsArchive(data);
    const momentum = momentumOf(data, window);
    if (!archive || !momentum) return null;
    const id = moversFigureId(window);
    const heading = `Movers, last ${momentum.window === '7d' ? '7' : '30'} days`;
    if (momentum.kind === 'not-enough-history') {
      const message = describeMomentumShortfall(momentum);
      return { kind: 'not-enough', anchor: moversAnchor(window), heading, level: 2, message };
    }
    const nameOf = modelNamer(data);
    const rows = shownRows(momentum);
    const alt = describeMomentum(momentum, nameOf);
    return {
      kind: 'figure',
      figure: {
        id,
        anchor: moversAnchor(window),
        heading,
        title: `Model movers, ${momentum.days} days to ${formatDate(momentum.range.end)}`,
        takeaway: alt,
        svg: moversChart(id, moversBars(rows, nameOf), { width: 880, labelWidth: 200 }),
        narrowSvg: moversChart(`${id}-narrow`, moversBars(rows, nameOf), { width: 320, labelWidth: 112, narrow: true }),
        alt,
        minWidth: 560,
        legend: [
          { label: 'Rose', color: MOVER_COLORS.up },
          { label: 'Fell', color: MOVER_COLORS.down },
        ],
        table: moversTable(momentum, rows, nameOf),
        notes: moversNotes(momentum),
        tokenCaveat: true,
        attribution: archive.attribution,
        asOf: archive.asOf,
        links: { page: `/models/#${moversAnchor(window)}`, csv: `/models/${id}.csv`, exports: `/models/${id}` },
        embed: {
          card: window === '7d',
          frozen: window === '7d' ? { kind: 'own' } : { kind: 'variant', of: moversFigureId('7d') },
        },
      },
    };
  });
}

/** Every movers figure or empty state, 7 days first; none without rankings. */
export function moversBuilt(data: SiteData): HistoryBuilt[] {
  return MOMENTUM_WINDOWS.flatMap((window) => moversFigure(data, window) ?? []);
}

/** The CSV of each movers figure: the rows drawn, exact tokens, with the model's name and permaslug. */
export function moversCsvFiles(data: SiteData): CsvFile[] {
  const nameOf = modelNamer(data);
  const [slug, ...rest] = momentumCsvColumns();
  const columns = [
    ...(slug ? [slug] : []),
    { header: 'name', value: (r: MomentumRow) => nameOf(r.permaslug) },
    ...rest,
  ];
  return MOMENTUM_WINDOWS.flatMap((window) => {
    const momentum = momentumOf(data, window);
    if (momentum?.kind !== 'momentum') return [];
    return [{ path: `/models/${moversFigureId(window)}.csv`, body: toCsv(columns, shownRows(momentum)) }];
  });
}
