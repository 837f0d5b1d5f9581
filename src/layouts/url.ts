/** Internal links under Astro's `base`, so one build serves a domain root or a GitHub Pages project path. */

/** The configured base without its trailing slash: `/` becomes ``, `/token-atlas/` becomes `/token-atlas`. */
const BASE = import.meta.env.BASE_URL.replace(/\/+$/, '');

/**
 * A site path joined to a base: `joinBase('/atlas', '/models/') === '/atlas/models/'`. Fragments (`#x`), queries
 * (`?x`) and absolute URLs pass through unchanged, and a path already under the base is not prefixed twice.
 */
export function joinBase(base: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  if (base === '' || path === base || path.startsWith(`${base}/`)) return path;
  return `${base}${path}`;
}

/** A site path under this build's base: with `BASE_PATH=/atlas`, `withBase('/apps/') === '/atlas/apps/'`. */
export function withBase(path: string): string {
  return joinBase(BASE, path);
}

/**
 * Whether a nav entry is the current section: the overview (`/`) only on itself, any other section on itself and
 * every page below it (`/models/openai-gpt-4o/` is under Models). Both arguments are full paths, base included.
 */
export function isCurrentSection(pathname: string, sectionHref: string): boolean {
  const path = pathname.replace(/index\.html$/, '');
  if (sectionHref === withBase('/')) return path === sectionHref;
  return path.startsWith(sectionHref);
}

/** This build's origin (`SITE_URL`) and base: what absolute URLs in embed codes, cards and oEmbed files start with. */
export const SITE_LOCATION = { site: import.meta.env.SITE ?? 'http://localhost:4321', withBase };
