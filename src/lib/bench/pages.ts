import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipBytes, type Size } from './page-weight.ts';

/** One kind of page the bench weighs and audits, with the path of the page that stands for it. */
export interface PageType {
  readonly type: string;
  readonly path: string;
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

/** Every page type of a build in `outDir`: the section pages, a model page, an app category page and about. */
export function pageTypesOf(outDir: string): PageType[] {
  const modelPath = firstModelPath(readFileSync(join(outDir, 'models', 'index.html'), 'utf8'));
  if (modelPath === undefined) throw new Error(`bench: ${outDir}/models/index.html links to no model page.`);
  return [
    { type: 'overview', path: '/' },
    { type: 'models', path: '/models/' },
    { type: 'model page', path: modelPath },
    { type: 'apps', path: '/apps/' },
    { type: 'app category', path: '/apps/popular/coding/' },
    { type: 'benchmarks', path: '/benchmarks/' },
    { type: 'tasks', path: '/tasks/' },
    { type: 'about', path: '/about/' },
  ];
}

/** A page type's HTML file in one build, as stored (raw) and as gzip would send it. */
export interface PageHtml extends PageType, Size {}

/** The HTML file behind a page path: `/models/` -> `<outDir>/models/index.html`. */
function htmlFileOf(outDir: string, path: string): string {
  return join(outDir, ...path.split('/').filter(Boolean), 'index.html');
}

/** The HTML weight of every page type of a build, read from its files (no browser): how pages grow with history. */
export function weighPageHtml(outDir: string): PageHtml[] {
  return pageTypesOf(outDir).map((page) => {
    const html = readFileSync(htmlFileOf(outDir, page.path));
    return { ...page, raw: html.length, gzip: gzipBytes(html) };
  });
}
