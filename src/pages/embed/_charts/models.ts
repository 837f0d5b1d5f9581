/**
 * The embeddable charts of the models section: each view of the model share chart and the author share chart
 * (section charts), and the charts of every model's page (live only).
 */
import { lowerFirst } from '../../../lib/transform/format.ts';
import { toModelList } from '../../../lib/transform/model-history.ts';
import { displayNameOf, toPageSlug } from '../../../lib/transform/model-slugs.ts';
import { describeRange } from '../../../lib/transform/model-text.ts';
import { allViews, DEFAULT_VIEW, loadModelsArchive, SHARE_FIGURE_ID, viewPath } from '../../models/_data.ts';
import { BY_AUTHOR, BY_MODEL, shareFigure, shareFigureId, shareNotes } from '../../models/_figures.ts';
import {
  CATEGORY_MIX_CHART,
  CATEGORY_MIX_NOTES,
  CATEGORY_MIX_TITLE,
  categoryMixOf,
} from '../../models/_category-mix.ts';
import { modelFigures } from '../../models/_model-page.ts';
import type { EmbedChart } from '../_registry.ts';
import { drawnWide } from './drawn.ts';

const AUTHOR_NOTE =
  'An author is the organisation in the model slug (anthropic/… is anthropic), summed over its models in the top 50.';

/**
 * The share chart of every view, then the author share chart. Each measure is frozen over the default window; the
 * other windows re-cut the same series and are live-only.
 */
export function modelsEmbedCharts(): EmbedChart[] {
  const archive = loadModelsArchive();
  if (!archive) return [];
  const views = allViews().flatMap((view): EmbedChart[] => {
    const figure = shareFigure(archive, BY_MODEL, view);
    if (!figure) return [];
    const what = view.measure === 'share' ? 'Share of tokens by model' : 'Tokens by model';
    const frozen = view.window === DEFAULT_VIEW.window;
    return [
      {
        id: figure.id,
        card: true,
        frozenCopies: frozen,
        ...(frozen ? {} : { frozenVariantId: shareFigureId(BY_MODEL, { ...view, window: DEFAULT_VIEW.window }) }),
        title: `${what}, ${describeRange(figure.series).replace(/^the /, '')}`,
        ...drawnWide(figure),
        notes: shareNotes(archive, figure.series),
        tokenCaveat: true,
        attribution: archive.attribution,
        asOf: archive.asOf,
        pageHref: `${viewPath(view)}#${SHARE_FIGURE_ID}`,
        csvHref: `/models/model-share-${view.window}.csv`,
        exportPath: `/models/${figure.id}`,
      },
    ];
  });
  const author = shareFigure(archive, BY_AUTHOR, DEFAULT_VIEW);
  if (!author) return views;
  return [
    ...views,
    {
      id: author.id,
      card: false,
      frozenCopies: true,
      title: `Share of tokens by author, ${describeRange(author.series).replace(/^the /, '')}`,
      ...drawnWide(author),
      notes: [AUTHOR_NOTE, ...shareNotes(archive, author.series)],
      tokenCaveat: true,
      attribution: archive.attribution,
      asOf: archive.asOf,
      pageHref: '/models/#author-share',
      csvHref: '/models/author-share-30d.csv',
      exportPath: `/models/${author.id}`,
    },
  ];
}

/**
 * The charts of every model's page: tokens, share and rank (the tokens chart is the page's card), and its mix across
 * the use-case categories when it was in any category's top 50.
 */
export function modelPageEmbedCharts(): EmbedChart[] {
  const archive = loadModelsArchive();
  if (!archive) return [];
  return toModelList(archive.rows).flatMap((model) => {
    const slug = toPageSlug(model.permaslug);
    const name = displayNameOf(model.permaslug);
    const history = modelFigures(archive, model).map((figure): EmbedChart => ({
      id: figure.chartId,
      model: { slug, chart: figure.chart },
      card: figure.chart === 'tokens',
      frozenCopies: false,
      title: `${name}: ${lowerFirst(figure.title)}`,
      takeaway: figure.takeaway,
      svg: figure.svg,
      alt: figure.alt,
      minWidth: 480,
      legend: [],
      table: figure.table,
      rowHeader: 0,
      notes: figure.notes,
      tokenCaveat: figure.tokenCaveat,
      attribution: archive.attribution,
      asOf: archive.asOf,
      pageHref: `/models/${slug}/#model-${figure.chart}`,
      csvHref: `/models/${slug}/history.csv`,
      exportPath: `/models/${slug}/${figure.chart}`,
    }));
    return [...history, ...categoryMixChart(model.permaslug, slug, name)];
  });
}

/** A model's mix across the use-case categories as an embeddable chart, or none when there is nothing to draw. */
function categoryMixChart(permaslug: string, slug: string, name: string): EmbedChart[] {
  const mix = categoryMixOf(permaslug);
  if (!mix?.chart) return [];
  const files = `/models/${slug}/${CATEGORY_MIX_CHART}`;
  return [
    {
      id: mix.chart.chartId,
      model: { slug, chart: CATEGORY_MIX_CHART },
      card: false,
      frozenCopies: false,
      title: `${name}: ${lowerFirst(CATEGORY_MIX_TITLE)}`,
      takeaway: mix.text,
      svg: mix.chart.svg,
      alt: mix.text,
      minWidth: 480,
      legend: [],
      table: mix.table,
      rowHeader: 0,
      notes: CATEGORY_MIX_NOTES,
      tokenCaveat: 'no-other',
      attribution: mix.attribution,
      asOf: mix.asOf,
      pageHref: `/models/${slug}/#categories`,
      csvHref: `${files}.csv`,
      exportPath: files,
    },
  ];
}
