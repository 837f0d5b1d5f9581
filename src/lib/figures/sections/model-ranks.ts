/**
 * Ranks over time on `/models/`: the bump chart of the top 10 models by week, over the last 26 weeks and over every
 * archived week (by month once that is over two years), with entries and exits marked, the table of the ranks drawn
 * and their CSV.
 */
import { bumpChart } from '../../charts/bump.ts';
import { SIZES } from '../../charts/theme.ts';
import { toBump, type Bump } from '../../transform/bump.ts';
import { toChartColors } from '../../transform/colors.ts';
import { toCsv } from '../../transform/csv.ts';
import { formatDate } from '../../transform/format.ts';
import { bumpCsvColumns, describeBump, describeNotEnoughHistory, toBumpCsvRows } from '../../transform/history-text.ts';
import type { NotEnoughHistory } from '../../transform/snapshot-history.ts';
import { BUMP_WINDOWS, toRankColumns, type BumpWindow, type RankPeriod } from '../../transform/weekly-ranks.ts';
import { modelsBumpId, ranksAnchor } from '../routes.ts';
import type { CsvFile } from '../schema.ts';
import { derived, type SiteData } from '../site-data.ts';
import { lineColors, type HistoryBuilt } from './history-data.ts';
import { bumpTable, gapNote } from './history-tables.ts';
import { modelNamer } from './model-names.ts';
import { modelsArchive } from './models-data.ts';

/** A span in words, for headings and table captions: `last 26 weeks`, `every archived month`. */
function spanWords(window: BumpWindow, period: RankPeriod): string {
  return window === '6m' ? 'last 26 weeks' : `every archived ${period}`;
}

/** A span's bump chart and what its columns sum, once per build. */
type RankedSpan = { period: RankPeriod; bump: Bump | NotEnoughHistory };

/** The bump chart of a span (weekly, or monthly past two years), once per build; null without rankings. */
export function modelsBumpOf(data: SiteData, window: BumpWindow): RankedSpan | null {
  const archive = modelsArchive(data);
  return derived(data, `models-bump:${window}`, () => {
    if (!archive) return null;
    const { period, columns } = toRankColumns(archive.rows, window, modelNamer(data));
    return { period, bump: toBump(columns) };
  });
}

/** How each period is ranked, for the notes. */
const PERIOD_RULE: Readonly<Record<RankPeriod, string>> = {
  week: 'Each ISO week (Monday to Sunday) ranks the models by their tokens summed over its days in the daily top 50',
  month:
    'The archive spans more than two years, so this chart ranks by calendar month: each month ranks the models by ' +
    'their tokens summed over its days in the daily top 50',
};

/** Days in the period starting on `start`: 7, or the month's 28–31. */
function periodDays(start: string, period: RankPeriod): number {
  if (period === 'week') return 7;
  const [year, month] = start.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, month ?? 1, 0)).getUTCDate();
}

/** The notes under a models bump chart: how periods are ranked, what the marks mean, and the gaps. */
function bumpNotes(bump: Bump, period: RankPeriod): string[] {
  const newest = bump.columns.at(-1);
  const partial =
    newest?.days !== null && newest?.days !== undefined && newest.days < periodDays(newest.date, period)
      ? ` The newest ${period}, from ${formatDate(newest.date)}, is ranked over its ${newest.days} complete ${newest.days === 1 ? 'day' : 'days'} so far.`
      : '';
  return [
    `${PERIOD_RULE[period]}, ties alphabetical.${partial}`,
    `A triangle marks a ${period} a model entered the top ${bump.depth}, a cross its last ${period} before it left; lines ` +
      `break where a model is outside the top ${bump.depth}. The table gives every rank drawn, below the top ${bump.depth} too.`,
    ...[gapNote(bump.columns, period)].filter((n): n is string => n !== null),
  ];
}

/** The bump chart of a span, or the empty state when the archive has under two weeks; null without rankings. */
export function modelsBumpFigure(data: SiteData, window: BumpWindow): HistoryBuilt | null {
  return derived(data, `models-bump:figure:${window}`, (): HistoryBuilt | null => {
    const archive = modelsArchive(data);
    const ranked = modelsBumpOf(data, window);
    if (!archive || !ranked) return null;
    const { bump, period } = ranked;
    const heading = `Ranks over time, ${spanWords(window, period)}`;
    if (bump.kind === 'not-enough-history') {
      const message = describeNotEnoughHistory(bump, period);
      return { kind: 'not-enough', anchor: ranksAnchor(window), heading, level: 2, message };
    }
    const id = modelsBumpId(window);
    const { colors, legend } = lineColors(
      bump.series,
      toChartColors(
        archive.modelColors,
        bump.series.map((s) => s.key),
      ),
    );
    const first = bump.columns[0]?.date ?? '';
    const alt = describeBump(bump, period);
    return {
      kind: 'figure',
      figure: {
        id,
        anchor: ranksAnchor(window),
        heading,
        title: `Top ${bump.depth} models by ${period}, ${formatDate(first)} – ${formatDate(bump.columns.at(-1)?.date ?? first)}`,
        takeaway: alt,
        svg: bumpChart(id, bump, { colors, size: SIZES.wide }),
        narrowSvg: bumpChart(`${id}-narrow`, bump, { colors, size: SIZES.narrow }),
        alt,
        minWidth: 560,
        legend,
        table: bumpTable(
          bump,
          `${period === 'week' ? 'Weekly' : 'Monthly'} rank of the models drawn, ${spanWords(window, period)}`,
          period === 'week' ? 'Week of' : 'Month from',
        ),
        notes: bumpNotes(bump, period),
        tokenCaveat: 'no-other',
        attribution: archive.attribution,
        asOf: archive.asOf,
        links: { page: `/models/#${ranksAnchor(window)}`, csv: `/models/${id}.csv`, exports: `/models/${id}` },
        embed: {
          card: window === '6m',
          frozen: window === '6m' ? { kind: 'own' } : { kind: 'variant', of: modelsBumpId('6m') },
        },
      },
    };
  });
}

/** Every models bump figure or empty state, 26 weeks first; none without rankings. */
export function modelsBumpBuilt(data: SiteData): HistoryBuilt[] {
  return BUMP_WINDOWS.flatMap((window) => modelsBumpFigure(data, window) ?? []);
}

/** The CSV of each models bump chart: one row per model and week drawn, its rank (empty when unranked). */
export function modelsBumpCsvFiles(data: SiteData): CsvFile[] {
  return BUMP_WINDOWS.flatMap((window) => {
    const bump = modelsBumpOf(data, window)?.bump;
    if (bump?.kind !== 'bump') return [];
    const body = toCsv(bumpCsvColumns('model_permaslug'), toBumpCsvRows(bump));
    return [{ path: `/models/${modelsBumpId(window)}.csv`, body }];
  });
}
