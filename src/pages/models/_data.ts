/**
 * The rankings archive as the models pages use it: complete days only, the in-progress dates left out, the
 * attribution, and the site-wide series colours. Read once per build and shared by every models route.
 */
import type { RankingsDailyRow } from '../../lib/api/rankings-daily.ts';
import { archiveDirFromEnv } from '../../lib/archive/paths.ts';
import { readRankings } from '../../lib/archive/read.ts';
import { OTHER_COLOR, SERIES_PALETTE } from '../../lib/charts/theme.ts';
import type { ShareVariant } from '../../lib/charts/model-share.ts';
import { attributionFor } from '../../lib/transform/citation.ts';
import { toSiteColors, type SiteColors } from '../../lib/transform/colors.ts';
import { formatDate } from '../../lib/transform/format.ts';
import { authorOf } from '../../lib/transform/model-slugs.ts';
import { toCompleteDays } from '../../lib/transform/partial.ts';
import { SHARE_WINDOWS, type ShareWindow } from '../../lib/transform/windows.ts';

/** The archive directory of this build. */
export function dataDir(): string {
  return archiveDirFromEnv();
}

/** The rankings of complete days, what was left out as in progress, and how to cite and colour them. */
export type ModelsArchive = {
  rows: RankingsDailyRow[];
  inProgress: string[];
  asOf: string;
  synthetic: boolean;
  attribution: string;
  modelColors: SiteColors;
  authorColors: SiteColors;
};

const loaded = new Map<string, ModelsArchive | null>();

/** The archive of `dir` (default `DATA_DIR`), or null when it holds no rankings yet. Read once per build. */
export function loadModelsArchive(dir = dataDir()): ModelsArchive | null {
  const cached = loaded.get(dir);
  if (cached !== undefined) return cached;
  const rankings = readRankings(dir);
  const archive = rankings ? toModelsArchive(rankings.rows, rankings.meta.as_of, rankings.synthetic) : null;
  loaded.set(dir, archive);
  return archive;
}

function toModelsArchive(all: RankingsDailyRow[], asOf: string, synthetic: boolean): ModelsArchive {
  const { rows, inProgress } = toCompleteDays(all, asOf);
  return {
    rows,
    inProgress,
    asOf,
    synthetic,
    attribution: attributionFor({ asOf, synthetic }),
    // Colours come from every complete day, so a model keeps its colour on every page of this build.
    modelColors: toSiteColors(rows, SERIES_PALETTE, OTHER_COLOR),
    authorColors: toSiteColors(rows, SERIES_PALETTE, OTHER_COLOR, authorOf),
  };
}

/** The note on the in-progress day: `25 Nov 2026 is in progress and not shown.`; null when none was left out. */
export function inProgressNote(archive: ModelsArchive): string | null {
  if (archive.inProgress.length === 0) return null;
  const dates = archive.inProgress.map(formatDate).join(' and ');
  const verb = archive.inProgress.length === 1 ? 'is' : 'are';
  return `${dates} ${verb} in progress (its totals still grow as traffic lands) and not shown.`;
}

/** One prebuilt view of the model share chart. */
export type ModelView = { measure: ShareVariant; window: ShareWindow };

/** The measures in toggle order, with their labels. */
export const MEASURES: readonly { measure: ShareVariant; label: string }[] = [
  { measure: 'share', label: 'Share' },
  { measure: 'absolute', label: 'Tokens' },
];

/** The windows in toggle order, with their labels. */
export const WINDOW_LABELS: Readonly<Record<ShareWindow, string>> = {
  '30d': '30 d',
  '90d': '90 d',
  '1y': '1 y',
  all: 'All',
};

/** The view `/models/` opens with. */
export const DEFAULT_VIEW: ModelView = { measure: 'share', window: '30d' };

/** `share-30d`, `absolute-all`: the view's name in URLs and file names. */
export function viewId(view: ModelView): string {
  return `${view.measure}-${view.window}`;
}

/** Every view, the default first. */
export function allViews(): ModelView[] {
  return MEASURES.flatMap(({ measure }) => SHARE_WINDOWS.map((window) => ({ measure, window })));
}

/** The view a `viewId` names, or null. */
export function toView(id: string): ModelView | null {
  return allViews().find((view) => viewId(view) === id) ?? null;
}

/** The anchor of the model share figure, so a toggle lands on the chart rather than the page top. */
export const SHARE_FIGURE_ID = 'model-share';

/** Site path of a view: `/models/` for the default, `/models/view/absolute-90d/` for the others. */
export function viewPath(view: ModelView): string {
  const same = view.measure === DEFAULT_VIEW.measure && view.window === DEFAULT_VIEW.window;
  return same ? '/models/' : `/models/view/${viewId(view)}/`;
}
