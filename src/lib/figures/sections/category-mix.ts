/**
 * A model's mix across the use-case categories (estimates), for its page, its embed and its CSV: each category's
 * last whole weeks are summed once per build, then looked up per model.
 */
import { modelMixChart } from '../../charts/model-mix.ts';
import { OTHER_COLOR, SERIES_PALETTE } from '../../charts/theme.ts';
import { attributionFor } from '../../transform/citation.ts';
import { colorOf } from '../../transform/colors.ts';
import { formatExact, formatShare, formatTokens, lowerFirst } from '../../transform/format.ts';
import {
  describeModelMix,
  modelMixCsv,
  toCategoryWindow,
  toModelMix,
  type CategoryWindow,
  type MixRow,
} from '../../transform/model-mix.ts';
import { modelChartExports, modelChartId, modelPagePath, viewPagePath } from '../routes.ts';
import type { CsvFile, FigureInput, TableData } from '../schema.ts';
import { derived, type SiteData } from '../site-data.ts';
import { modelsArchive } from './models-data.ts';
import { modelNameOf } from './model-names.ts';
import { ESTIMATE_NOTE, loadedViews } from './views.ts';
import { DEFAULT_WINDOW, SECTIONS, viewLabel } from './views-spec.ts';
import { toPageSlug } from '../../transform/model-slugs.ts';
import { isolate } from '../../transform/safe-text.ts';

/** The category windows of this build and the line that cites them; null when the archive has no category view. */
type Categories = { windows: CategoryWindow[]; attribution: string; asOf: string };

function categoriesOf(data: SiteData): Categories | null {
  return derived(data, 'category-windows', () => {
    const views = loadedViews(data, SECTIONS.categories.dataset);
    const loaded = SECTIONS.categories.views.flatMap((view) => views.get(view) ?? []);
    const windows = loaded.flatMap((v) => toCategoryWindow(v.view, v.rows) ?? []);
    const newest = loaded
      .map((v) => v.meta.as_of)
      .sort()
      .at(-1);
    if (newest === undefined || windows.length === 0) return null;
    return {
      windows,
      asOf: newest,
      attribution: attributionFor({ asOf: newest, synthetic: loaded.some((v) => v.synthetic) }),
    };
  });
}

/** One model's mix: its rows (by share descending), the text written from them, how many categories list it. */
export type CategoryMix = { rows: MixRow[]; text: string; attribution: string; asOf: string; listed: number };

/** The chart name of the mix among a model page's charts: `/models/<slug>/categories.{csv,svg,png}`. */
export const CATEGORY_MIX_CHART = 'categories';

/** The mix's title on its page (after the model's name when it stands alone). */
export const CATEGORY_MIX_TITLE = 'Use-case categories (estimate)';

/** What the mix's figures are: the API's estimate wording and what its rank means. */
const CATEGORY_MIX_NOTES = [
  ESTIMATE_NOTE,
  "Share of each category's tokens; the rank is among the models listed in the category's weekly top 50. Bars are " +
    "drawn only where the model was listed; — in the table means it was not (inside the category's Other).",
];

const categoryLabel = (category: string) => viewLabel('categories', category);

/** The mix of a model, or null when the archive has no category view. */
export function categoryMixOf(data: SiteData, permaslug: string): CategoryMix | null {
  const categories = categoriesOf(data);
  if (!categories) return null;
  return derived(data, `category-mix:${permaslug}`, () => {
    const rows = toModelMix(categories.windows, permaslug);
    return {
      rows,
      text: describeModelMix(modelNameOf(data, permaslug), rows, categoryLabel),
      attribution: categories.attribution,
      asOf: categories.asOf,
      listed: rows.filter((r) => r.rank !== null).length,
    };
  });
}

function mixTable(name: string, rows: readonly MixRow[]): TableData {
  const maxShare = Math.max(0, ...rows.map((r) => r.share));
  return {
    caption: `Share of each use-case category's tokens taken by ${isolate(name)} (estimates)`,
    columns: [
      'Category',
      { label: "Share of the category's tokens", numeric: true },
      { label: 'Rank', numeric: true },
      { label: 'Tokens (estimate)', numeric: true },
    ],
    rows: rows.map((r) => [
      {
        text: categoryLabel(r.category),
        href: viewPagePath({ section: 'categories', view: r.category, window: DEFAULT_WINDOW }),
      },
      r.rank === null ? '—' : { text: formatShare(r.share), bar: maxShare > 0 ? r.share / maxShare : 0 },
      r.rank === null ? '—' : String(r.rank),
      r.rank === null ? '—' : { text: formatTokens(r.tokens), title: formatExact(r.tokens) },
    ]),
  };
}

/** A model's mix as a figure, or null when it was in no category's top 50 (nothing to draw). */
export function categoryMixFigure(data: SiteData, permaslug: string): FigureInput | null {
  const mix = categoryMixOf(data, permaslug);
  if (!mix || mix.listed === 0) return null;
  const archive = modelsArchive(data);
  const color = archive ? colorOf(archive.modelColors, permaslug) : (SERIES_PALETTE[0] ?? OTHER_COLOR);
  const exports = modelChartExports(permaslug, CATEGORY_MIX_CHART);
  return {
    id: modelChartId(toPageSlug(permaslug), CATEGORY_MIX_CHART),
    anchor: 'categories',
    heading: CATEGORY_MIX_TITLE,
    title: `${isolate(modelNameOf(data, permaslug))}: ${lowerFirst(CATEGORY_MIX_TITLE)}`,
    takeaway: mix.text,
    // The SVG's own id is per page, like the model history charts' (a slug may hold a dot, which Plot refuses).
    svg: modelMixChart('model-categories', mix.rows, categoryLabel, color),
    narrowSvg: modelMixChart('model-categories', mix.rows, categoryLabel, color, 'narrow'),
    alt: mix.text,
    minWidth: 480,
    table: mixTable(modelNameOf(data, permaslug), mix.rows),
    notes: CATEGORY_MIX_NOTES,
    tokenCaveat: 'no-other',
    attribution: mix.attribution,
    asOf: mix.asOf,
    links: { page: `${modelPagePath(permaslug)}#categories`, csv: `${exports}.csv`, exports, png: false },
    embed: { card: false, frozen: { kind: 'none' } },
  };
}

/** The mix's CSV of a model (`/models/<slug>/categories.csv`), or null when the archive has no category view. */
export function categoryMixCsv(data: SiteData, permaslug: string): CsvFile | null {
  const mix = categoryMixOf(data, permaslug);
  return mix && { path: `${modelChartExports(permaslug, CATEGORY_MIX_CHART)}.csv`, body: modelMixCsv(mix.rows) };
}
