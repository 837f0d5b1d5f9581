/**
 * A model's mix across the use-case categories (estimates), for its page and its CSV: each category's last
 * `MIX_WEEKS` whole weeks are summed once per build, then looked up per model.
 */
import type { TableData } from '../../components/types.ts';
import { attributionFor } from '../../lib/transform/citation.ts';
import { formatExact, formatShare, formatTokens } from '../../lib/transform/format.ts';
import { describeModelMix, toCategoryWindow, toModelMix, type CategoryWindow, type MixRow } from '../../lib/transform/model-mix.ts';
import { loadViews, SECTIONS, viewLabel, viewPagePath, DEFAULT_WINDOW } from './_views-data.ts';

/** The category windows of this build and the line that cites them; null when the archive has no category view. */
type Categories = { windows: CategoryWindow[]; attribution: string };

let categories: Categories | null | undefined;

function loadCategories(): Categories | null {
  if (categories !== undefined) return categories;
  const views = loadViews(SECTIONS.categories.dataset);
  const loaded = SECTIONS.categories.views.flatMap((view) => views.get(view) ?? []);
  const windows = loaded.flatMap((v) => toCategoryWindow(v.view, v.rows) ?? []);
  const newest = loaded.map((v) => v.meta.as_of).sort().at(-1);
  categories =
    newest === undefined || windows.length === 0
      ? null
      : { windows, attribution: attributionFor({ asOf: newest, synthetic: loaded.some((v) => v.synthetic) }) };
  return categories;
}

/** One model's mix: its rows (by share descending), the text written from them, the table and the citation. */
export type CategoryMix = { rows: MixRow[]; text: string; table: TableData; attribution: string; listed: number };

const categoryLabel = (category: string) => viewLabel('categories', category);

/** The mix of a model, or null when the archive has no category view. */
export function categoryMixOf(permaslug: string): CategoryMix | null {
  const loaded = loadCategories();
  if (!loaded) return null;
  const rows = toModelMix(loaded.windows, permaslug);
  const maxShare = Math.max(0, ...rows.map((r) => r.share));
  return {
    rows,
    text: describeModelMix(permaslug, rows, categoryLabel),
    attribution: loaded.attribution,
    listed: rows.filter((r) => r.rank !== null).length,
    table: {
      caption: `Share of each use-case category's tokens taken by ${permaslug} (estimates)`,
      columns: [
        'Category',
        { label: "Share of the category's tokens", numeric: true },
        { label: 'Rank', numeric: true },
        { label: 'Tokens (estimate)', numeric: true },
      ],
      rows: rows.map((r) => [
        { text: categoryLabel(r.category), href: viewPagePath({ section: 'categories', view: r.category, window: DEFAULT_WINDOW }) },
        r.rank === null ? '—' : { text: formatShare(r.share), bar: maxShare > 0 ? r.share / maxShare : 0 },
        r.rank === null ? '—' : String(r.rank),
        r.rank === null ? '—' : { text: formatTokens(r.tokens), title: formatExact(r.tokens) },
      ]),
    },
  };
}
