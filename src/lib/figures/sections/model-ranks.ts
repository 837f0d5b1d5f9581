/**
 * Ranks over time on `/models/`: the bump chart of the top 10 models by week, over the last 26 weeks and over every
 * archived week, with entries and exits marked, the table of the ranks drawn and their CSV.
 */
import { bumpChart } from '../../charts/bump.ts';
import { SIZES } from '../../charts/theme.ts';
import { toBump, type Bump } from '../../transform/bump.ts';
import { toChartColors } from '../../transform/colors.ts';
import { toCsv } from '../../transform/csv.ts';
import { formatDate } from '../../transform/format.ts';
import { bumpCsvColumns, describeBump, describeNotEnoughHistory, toBumpCsvRows } from '../../transform/history-text.ts';
import type { NotEnoughHistory } from '../../transform/snapshot-history.ts';
import { BUMP_WINDOWS, toWeeklyRankColumns, type BumpWindow } from '../../transform/weekly-ranks.ts';
import { modelsBumpId, ranksAnchor } from '../routes.ts';
import type { CsvFile } from '../schema.ts';
import { derived, type SiteData } from '../site-data.ts';
import type { HistoryBuilt } from './history-data.ts';
import { bumpTable, gapNote } from './history-tables.ts';
import { modelNamer } from './model-names.ts';
import { modelsArchive } from './models-data.ts';

/** The spans in words: headings and titles. */
const SPAN_WORDS: Readonly<Record<BumpWindow, string>> = { '6m': 'last 26 weeks', all: 'every archived week' };

/** The weekly bump chart of a span, once per build; null when the archive has no rankings. */
export function modelsBumpOf(data: SiteData, window: BumpWindow): Bump | NotEnoughHistory | null {
  const archive = modelsArchive(data);
  return derived(data, `models-bump:${window}`, () =>
    archive ? toBump(toWeeklyRankColumns(archive.rows, window, modelNamer(data))) : null,
  );
}

/** The notes under a models bump chart: how weeks are ranked, what the marks mean, and the gaps. */
function bumpNotes(bump: Bump): string[] {
  const newest = bump.columns.at(-1);
  const partial =
    newest?.days !== null && newest?.days !== undefined && newest.days < 7
      ? ` The newest week, from ${formatDate(newest.date)}, is ranked over its ${newest.days} complete ${newest.days === 1 ? 'day' : 'days'} so far.`
      : '';
  return [
    'Each ISO week (Monday to Sunday) ranks the models by their tokens summed over its days in the daily top 50, ' +
      `ties alphabetical.${partial}`,
    `A triangle marks a week a model entered the top ${bump.depth}, a cross its last week before it left; lines ` +
      `break where a model is outside the top ${bump.depth}. The table gives every rank drawn, below the top ${bump.depth} too.`,
    ...[gapNote(bump.columns, 'week')].filter((n): n is string => n !== null),
  ];
}

/** The bump chart of a span, or the empty state when the archive has under two weeks; null without rankings. */
export function modelsBumpFigure(data: SiteData, window: BumpWindow): HistoryBuilt | null {
  return derived(data, `models-bump:figure:${window}`, (): HistoryBuilt | null => {
    const archive = modelsArchive(data);
    const bump = modelsBumpOf(data, window);
    if (!archive || !bump) return null;
    const heading = `Ranks over time, ${SPAN_WORDS[window]}`;
    if (bump.kind === 'not-enough-history') {
      const message = describeNotEnoughHistory(bump, 'week');
      return { kind: 'not-enough', anchor: ranksAnchor(window), heading, level: 2, message };
    }
    const id = modelsBumpId(window);
    const colors = toChartColors(
      archive.modelColors,
      bump.series.map((s) => s.key),
    );
    const first = bump.columns[0]?.date ?? '';
    const alt = describeBump(bump, 'week');
    return {
      kind: 'figure',
      figure: {
        id,
        anchor: ranksAnchor(window),
        heading,
        title: `Top ${bump.depth} models by week, ${formatDate(first)} – ${formatDate(bump.columns.at(-1)?.date ?? first)}`,
        takeaway: alt,
        svg: bumpChart(id, bump, { colors, size: SIZES.wide }),
        narrowSvg: bumpChart(`${id}-narrow`, bump, { colors, size: SIZES.narrow }),
        alt,
        minWidth: 560,
        legend: bump.series.map((s, i) => ({ label: s.label, color: colors[i] ?? '' })),
        table: bumpTable(bump, `Weekly rank of the models drawn, ${SPAN_WORDS[window]}`, 'Week of'),
        notes: bumpNotes(bump),
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
    const bump = modelsBumpOf(data, window);
    if (bump?.kind !== 'bump') return [];
    const body = toCsv(bumpCsvColumns('model_permaslug'), toBumpCsvRows(bump));
    return [{ path: `/models/${modelsBumpId(window)}.csv`, body }];
  });
}
