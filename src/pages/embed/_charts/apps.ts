/** The embeddable charts of the apps section: the chart of every leaderboard page (the hub shows page 1's). */
import { sortLabel } from '../../../lib/transform/app-scopes.ts';
import { allBoardViews, boardId, boardOf, boardPath, loadAppsSnapshot } from '../../apps/_data.ts';
import { boardFigure, scopeNoun, windowPhrase } from '../../apps/_figures.ts';
import type { EmbedChart } from '../_registry.ts';

/**
 * One chart per leaderboard page with ranked rows; page 1 of each board is its page's card and is frozen, later
 * pages (the same snapshot's lower ranks) are live-only.
 */
export function appsEmbedCharts(): EmbedChart[] {
  const snapshot = loadAppsSnapshot();
  return allBoardViews(snapshot).flatMap((view): EmbedChart[] => {
    const loaded = boardOf(snapshot, view.sort, view.scope);
    if (!loaded || loaded.board.rows.length === 0) return [];
    const figure = boardFigure(view, loaded);
    const ranks = view.page > 1 ? `, ranks ${figure.page.firstRank}–${figure.page.lastRank}` : '';
    return [
      {
        id: figure.id,
        card: true,
        frozenCopies: view.page === 1,
        ...(view.page === 1 ? {} : { frozenVariantId: boardId({ ...view, page: 1 }) }),
        title: `${sortLabel(view.sort)} ${scopeNoun(view)}${ranks}, ${windowPhrase(loaded.meta)}`,
        takeaway: figure.takeaway,
        svg: figure.svg,
        alt: figure.alt,
        minWidth: 560,
        legend: [],
        table: figure.chartTable,
        rowHeader: 1,
        notes: figure.notes,
        tokenCaveat: 'no-other',
        attribution: loaded.attribution,
        asOf: loaded.meta.as_of,
        pageHref: `${boardPath(view)}#${figure.id}`,
        csvHref: `/apps/${boardId(view)}.csv`,
        exportPath: `/apps/${figure.id}`,
      },
    ];
  });
}
