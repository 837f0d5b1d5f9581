/**
 * The embeddable charts of the rankings views (`/models/categories/` …): the weekly share chart of every view and
 * window. Each view is frozen over the default window; the other windows re-cut the same weeks and are live-only.
 * A view's chart changes once a week, so its frozen copies are dated by the last week drawn (`weeksThrough`): one a
 * week, not one a day.
 */
import {
  DEFAULT_WINDOW,
  sectionPages,
  VIEW_FIGURE_ID,
  VIEW_SECTIONS,
  viewChartId,
  viewPagePath,
} from '../../models/_views-data.ts';
import { VIEWS_DOWNLOAD_FOLDER, viewDownloadPath, viewFigure } from '../../models/_views-figures.ts';
import type { EmbedChart } from '../_registry.ts';
import { drawnWide } from './drawn.ts';

/** One chart per view page with a whole week of data; the default window's chart is its page's card. */
export function viewsEmbedCharts(): EmbedChart[] {
  return VIEW_SECTIONS.flatMap((section) =>
    sectionPages(section).flatMap((page): EmbedChart[] => {
      const figure = viewFigure(page);
      if (!figure) return [];
      const isDefaultWindow = page.window === DEFAULT_WINDOW;
      return [
        {
          id: figure.id,
          card: isDefaultWindow,
          frozenCopies: isDefaultWindow,
          ...(isDefaultWindow ? {} : { frozenVariantId: viewChartId({ ...page, window: DEFAULT_WINDOW }) }),
          title: figure.standaloneTitle,
          ...drawnWide(figure),
          notes: figure.notes,
          tokenCaveat: true,
          attribution: figure.attribution,
          asOf: figure.asOf,
          weeksThrough: figure.weeksThrough,
          pageHref: `${viewPagePath(page)}#${VIEW_FIGURE_ID}`,
          csvHref: viewDownloadPath(figure.id, 'csv'),
          exportPath: `${VIEWS_DOWNLOAD_FOLDER}/${figure.id}`,
        },
      ];
    }),
  );
}
