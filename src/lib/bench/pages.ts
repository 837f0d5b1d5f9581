import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipBytes, type Size } from './page-weight.ts';

/** A page the bench weighs, named by its kind: `{ type: 'models', path: '/models/' }`. */
export interface PagePath {
  readonly type: string;
  readonly path: string;
}

/** One kind of page the bench weighs, with the path of the page that stands for it. */
export interface PageType extends PagePath {
  /** Also audited by Lighthouse (three runs of about 20 s each; the page types of issue 7). */
  readonly lighthouse: boolean;
}

/**
 * The first model page `/models/` links to, the top model of the leaderboard:
 * `firstModelPath('<a href="/models/view/share-1y/">…<a href="/models/x-ai_grok-4/">')` -> `/models/x-ai_grok-4/`.
 * A model page's slug always holds `_` or starts with `~` (`toPageSlug`), which no other `/models/` page's does
 * (chart views `/models/view/…`, the rankings views `/models/categories/` …), and anchors and downloads are not pages.
 */
export function firstModelPath(modelsHtml: string): string | undefined {
  for (const match of modelsHtml.matchAll(/href="(\/models\/([^"/#?]+)\/)"/g)) {
    const slug = match[2] ?? '';
    if (slug.includes('_') || slug.startsWith('~')) return match[1];
  }
  return undefined;
}

/** The HTML file behind a page path: `/models/` -> `<outDir>/models/index.html`. */
function htmlFileOf(outDir: string, path: string): string {
  return join(outDir, ...path.split('/').filter(Boolean), 'index.html');
}

/**
 * Pages weighed when the build has them, not audited: later sections and the embeds of issue 14's before/after
 * (the 30-day share chart, the 26-week ranks, a session-cost chart).
 */
const OPTIONAL_PAGE_TYPES = [
  { type: 'openrouter benchmarks', path: '/benchmarks/openrouter/' },
  { type: 'session cost', path: '/session-cost/' },
  { type: 'embed: share 30d', path: '/embed/model-share-share-30d/' },
  { type: 'embed: ranks 26w', path: '/embed/models-bump-6m/' },
  { type: 'embed: session cost', path: '/embed/session-cost-10-49-turns/' },
] as const;

/**
 * Every page type of a build in `outDir`: the section pages, a model page, an app category page and about (all
 * audited), then those of {@link OPTIONAL_PAGE_TYPES} whose page the build has.
 */
export function pageTypesOf(outDir: string): PageType[] {
  const modelPath = firstModelPath(readFileSync(join(outDir, 'models', 'index.html'), 'utf8'));
  if (modelPath === undefined) throw new Error(`bench: ${outDir}/models/index.html links to no model page.`);
  const audited = [
    { type: 'overview', path: '/' },
    { type: 'models', path: '/models/' },
    { type: 'model page', path: modelPath },
    { type: 'apps', path: '/apps/' },
    { type: 'app category', path: '/apps/popular/coding/' },
    { type: 'benchmarks', path: '/benchmarks/' },
    { type: 'tasks', path: '/tasks/' },
    { type: 'about', path: '/about/' },
  ].map((page) => ({ ...page, lighthouse: true }));
  const optional = OPTIONAL_PAGE_TYPES.filter((page) => existsSync(htmlFileOf(outDir, page.path)));
  return [...audited, ...optional.map((page) => ({ ...page, lighthouse: false }))];
}

/** A page type's HTML file in one build, as stored (raw) and as gzip would send it. */
export interface PageHtml extends PagePath, Size {}

/** The HTML weight of every page type of a build, read from its files (no browser): how pages grow with history. */
export function weighPageHtml(outDir: string): PageHtml[] {
  return pageTypesOf(outDir).map(({ type, path }) => {
    const html = readFileSync(htmlFileOf(outDir, path));
    return { type, path, raw: html.length, gzip: gzipBytes(html) };
  });
}
