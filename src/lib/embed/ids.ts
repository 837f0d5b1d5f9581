import { isoWeekOf } from '../api/dates.ts';

/**
 * Chart ids and the site paths built from them. A chart id is the chart's download name (`model-share-share-30d`,
 * `apps-trending-coding-p2`, `benchmarks-da-models-elo`, `tasks-treemap-usage`, `model-openai_gpt-4o-tokens`): it is
 * stable across builds because it is made of the chart's name and its variant only, never of data or positions.
 * docs/embeds.md lists the scheme.
 */

/** Lower-case letters, digits and `-`, plus `_` and `~` (which only model page slugs contain); no `/` or `.`. */
const CHART_ID = /^[a-z0-9][a-z0-9_~-]*$/;

/** A `YYYY-MM-DD` date, as in frozen embed paths. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a string that can be a chart id: `isChartId('model-share-30d') === true`, `isChartId('a/b') === false`. */
export function isChartId(id: string): boolean {
  return CHART_ID.test(id);
}

/** True for a `YYYY-MM-DD` string (the shape of a frozen embed's date). */
export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value);
}

/** An ISO week, the key of a pack of frozen copies: `2026-W48`. */
const PACK_KEY = /^\d{4}-W\d{2}$/;

/** True for a pack key (`isPackKey('2026-W48') === true`), the folder of a week's frozen copies of a chart. */
export function isPackKey(value: string): boolean {
  return PACK_KEY.test(value);
}

/** The pack of a frozen copy's date: its ISO week, `packKeyOf('2026-11-26') === '2026-W48'`. */
export function packKeyOf(date: string): string {
  return isoWeekOf(date);
}

/**
 * True for a folder of frozen copies under `/embed/<id>/`: a pack (`2026-W48`) or, from before packs, one day's
 * copy (`2026-11-20`). `code` and anything else is not.
 */
export function isFrozenFolder(name: string): boolean {
  return isPackKey(name) || isIsoDate(name);
}

/**
 * The id of a chart on a model's page: `modelChartId('openai_gpt-4o', 'tokens') === 'model-openai_gpt-4o-tokens'`.
 * Page slugs always hold `_` or start with `~`, so these never collide with the section charts' ids.
 */
export function modelChartId(pageSlug: string, chart: string): string {
  return `model-${pageSlug}-${chart}`;
}

/** Site path of a live embed: `embedPath('tasks-treemap-usage') === '/embed/tasks-treemap-usage/'`. */
export function embedPath(id: string): string {
  return `/embed/${id}/`;
}

/**
 * Site path of a frozen copy: its week's pack, and its date as the fragment that shows it,
 * `frozenEmbedPath('x', '2026-11-26') === '/embed/x/2026-W48/#2026-11-26'`. (Copies from before packs stay at
 * `/embed/<id>/<YYYY-MM-DD>/`.)
 */
export function frozenEmbedPath(id: string, date: string): string {
  return `/embed/${id}/${packKeyOf(date)}/#${date}`;
}

/** Site path of the page with a chart's embed codes (the Embed link's target with JavaScript off). */
export function embedCodePath(id: string): string {
  return `/embed/${id}/code/`;
}

/** Site path of a chart's static oEmbed response: `/oembed/<id>.json`. */
export function oembedPath(id: string): string {
  return `/oembed/${id}.json`;
}

/** Site path of a chart's 1200×630 Open Graph card: `/embed/<id>/card.png`. */
export function cardPath(id: string): string {
  return `/embed/${id}/card.png`;
}

/** Site path of the auto-resize script that hosts load next to an embed iframe. */
export const RESIZE_SCRIPT_PATH = '/embed/resize.js';

/** Site path of the small JSON each build writes so frozen embeds can tell that newer data exists. */
export const LATEST_PATH = '/embed/latest.json';

/**
 * A site path as seen from a page `depth` folders below the site root, so the link survives any base path or
 * origin: `relativeFrom(3, '/models/#x') === '../../../models/#x'`, `relativeFrom(2, '/') === '../../'`.
 */
export function relativeFrom(depth: number, sitePath: string): string {
  return `${'../'.repeat(depth)}${sitePath.replace(/^\//, '')}`;
}

/** Folders below the site root of a live embed (`/embed/<id>/`) and of a frozen one (`/embed/<id>/<date>/`). */
export const EMBED_DEPTH = { live: 2, frozen: 3 } as const;

/**
 * The date a build freezes its embeds under: the newest day the archive was refreshed, from the dates of its
 * dated snapshots and rankings `as_of` (ISO dates or times). Taken from the archive, never from the clock, so two
 * builds of one archive freeze under the same date: `toFrozenDate(['2026-11-19', '2026-11-20T02:00:00Z'])` ->
 * `'2026-11-20'`; null when there is none.
 */
export function toFrozenDate(dates: readonly string[]): string | null {
  const days = dates.map((d) => d.slice(0, 10)).filter(isIsoDate);
  return days.length === 0 ? null : days.reduce((a, b) => (b > a ? b : a));
}

/** An absolute URL from the site's origin and a path that already includes the base: `('https://x.io/', '/a/')`. */
export function absoluteUrl(site: URL | string, basedPath: string): string {
  return new URL(basedPath, site).href;
}
