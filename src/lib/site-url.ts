/**
 * The site's public origin for `astro build` (`SITE_URL`): every embed code, og:image, oEmbed file and export link
 * is absolute and built from it, so a deployed build with the local default would point every reader at localhost.
 */

/** The origin a build uses when `SITE_URL` is not set: where `npm run preview` serves. */
export const LOCAL_SITE_URL = 'http://localhost:4321';

/** `SITE_URL` is unusable, or missing where a deployment is being built; one line saying what to set. */
export class SiteUrlError extends Error {
  override readonly name = 'SiteUrlError';
}

/** What the build needs to know: its environment and whether the archive it reads is synthetic (`null`: none). */
export interface SiteUrlInput {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly archiveSynthetic: boolean | null;
}

/** The origin to build with, and a warning to print loudly when it is the local default. */
export interface SiteUrl {
  readonly site: string;
  readonly warning?: string;
}

/**
 * The rule: a set `SITE_URL` is used (it must be an http or https URL). Without one the build uses
 * {@link LOCAL_SITE_URL} and warns, unless `CI` is set and the archive holds real data: that is a deployment
 * build, and it is refused. Builds of a synthetic archive (the demo, the tests) only warn; `npm start` sets
 * `SITE_URL` to where it serves, so it does not even warn.
 */
export function toSiteUrl({ env, archiveSynthetic }: SiteUrlInput): SiteUrl {
  const given = env['SITE_URL'];
  if (given !== undefined && given !== '') {
    if (!URL.canParse(given) || !/^https?:$/.test(new URL(given).protocol)) {
      throw new SiteUrlError(`SITE_URL "${given}" is not an http or https URL; set it to the site's public origin.`);
    }
    return { site: given };
  }
  const effect = `every embed code, og:image, oEmbed file and export link of this build points at ${LOCAL_SITE_URL}`;
  if (env['CI'] && archiveSynthetic === false) {
    throw new SiteUrlError(
      `SITE_URL is not set in CI, so ${effect}. Set SITE_URL to the site's public origin (e.g. https://atlas.example.org).`,
    );
  }
  return { site: LOCAL_SITE_URL, warning: `WARNING: SITE_URL is not set: ${effect}. Set it for a deployment.` };
}
