/**
 * A model's mix across the use-case categories (estimates), for its page and its CSV: each category's last
 * `MIX_WEEKS` whole weeks are summed once per build, then looked up per model.
 */
import type { TableData } from '../../components/types.ts';
import { modelChartId } from '../../lib/embed/ids.ts';
import { modelMixChart } from '../../lib/charts/model-mix.ts';
import { OTHER_COLOR, SERIES_PALETTE } from '../../lib/charts/theme.ts';
import { attributionFor } from '../../lib/transform/citation.ts';
import { colorOf } from '../../lib/transform/colors.ts';
import { formatExact, formatShare, formatTokens } from '../../lib/transform/format.ts';
import {
  describeModelMix,
  toCategoryWindow,
  toModelMix,
  type CategoryWindow,
  type MixRow,
} from '../../lib/transform/model-mix.ts';
import { toPageSlug } from '../../lib/transform/model-slugs.ts';
import { loadModelsArchive } from './_data.ts';
import { loadViews, SECTIONS, viewLabel, viewPagePath, DEFAULT_WINDOW } from './_views-data.ts';
import { ESTIMATE_NOTE } from './_views-figures.ts';

/** The category windows of this build and the line that cites them; null when the archive has no category view. */
type Categories = { windows: CategoryWindow[]; attribution: string; asOf: string };

let categories: Categories | null | undefined;

function loadCategories(): Categories | null {
  if (categories !== undefined) return categories;
  const views = loadViews(SECTIONS.categories.dataset);
  const loaded = SECTIONS.categories.views.flatMap((view) => views.get(view) ?? []);
  const windows = loaded.flatMap((v) => toCategoryWindow(v.view, v.rows) ?? []);
  const newest = loaded
    .map((v) => v.meta.as_of)
    .sort()
    .at(-1);
  categories =
    newest === undefined || windows.length === 0
      ? null
      : {
          windows,
          asOf: newest,
          attribution: attributionFor({ asOf: newest, synthetic: loaded.some((v) => v.synthetic) }),
        };
  return categories;
}

/**
 * One model's mix: its rows (by share descending), the text written from them, the table and the citation, and its
 * chart (`chartId`, `svg`), null when the model was in no category's top 50 (nothing to draw).
 */
export type CategoryMix = {
  rows: MixRow[];
  text: string;
  table: TableData;
  attribution: string;
  /** `as_of` of the newest category response. */
  asOf: string;
  listed: number;
  chart: { chartId: string; svg: string } | null;
};

/** The chart name of the mix among a model page's charts: `/models/<slug>/categories.{csv,svg,png}`. */
export const CATEGORY_MIX_CHART = 'categories';

/** The mix's title, on its page and (after the model's name) in its embed. */
export const CATEGORY_MIX_TITLE = 'Use-case categories (estimate)';

/** What the mix's figures are: the API's estimate wording and what its rank means. */
export const CATEGORY_MIX_NOTES = [
  ESTIMATE_NOTE,
  "Share of each category's tokens; the rank is among the models listed in the category's weekly top 50. Bars are " +
    "drawn only where the model was listed; — in the table means it was not (inside the category's Other).",
];

const categoryLabel = (category: string) => viewLabel('categories', category);

const mixes = new Map<string, CategoryMix | null>();

/** The mix of a model, or null when the archive has no category view. */
export function categoryMixOf(permaslug: string): CategoryMix | null {
  if (!mixes.has(permaslug)) mixes.set(permaslug, buildCategoryMix(permaslug));
  return mixes.get(permaslug) ?? null;
}

/** Built once per model per build: its page and its embed both draw it. */
function buildCategoryMix(permaslug: string): CategoryMix | null {
  const loaded = loadCategories();
  if (!loaded) return null;
  const rows = toModelMix(loaded.windows, permaslug);
  const maxShare = Math.max(0, ...rows.map((r) => r.share));
  const listed = rows.filter((r) => r.rank !== null).length;
  const chartId = modelChartId(toPageSlug(permaslug), CATEGORY_MIX_CHART);
  const archive = loadModelsArchive();
  const color = archive ? colorOf(archive.modelColors, permaslug) : (SERIES_PALETTE[0] ?? OTHER_COLOR);
  return {
    rows,
    text: describeModelMix(permaslug, rows, categoryLabel),
    attribution: loaded.attribution,
    asOf: loaded.asOf,
    listed,
    // The SVG's own id is per page, like the model history charts' (a slug may hold a dot, which Plot refuses).
    chart: listed > 0 ? { chartId, svg: modelMixChart('model-categories', rows, categoryLabel, color) } : null,
    table: {
      caption: `Share of each use-case category's tokens taken by ${permaslug} (estimates)`,
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
    },
  };
}
