import { describe, expect, it } from 'vitest';
import { LOCAL_SITE_URL, SiteUrlError, toSiteUrl } from '../../src/lib/site-url.ts';

describe(toSiteUrl, () => {
  it('uses a set SITE_URL without a warning', () => {
    expect(toSiteUrl({ env: { SITE_URL: 'https://atlas.example.org', CI: 'true' }, archiveSynthetic: false })).toEqual({
      site: 'https://atlas.example.org',
    });
  });

  it('refuses a deployment build: CI set, SITE_URL unset, real data', () => {
    expect(() => toSiteUrl({ env: { CI: 'true' }, archiveSynthetic: false })).toThrow(SiteUrlError);
    expect(() => toSiteUrl({ env: { CI: 'true', SITE_URL: '' }, archiveSynthetic: false })).toThrow(
      /^SITE_URL is not set in CI, so every embed code, og:image, oEmbed file and export link of this build points at http:\/\/localhost:4321\. Set SITE_URL/,
    );
  });

  it.each([
    ['outside CI, real data', {}, false],
    ['in CI, a synthetic archive (the e2e build)', { CI: 'true' }, true],
    ['in CI, no archive yet', { CI: 'true' }, null],
  ] as const)('warns loudly %s', (_, env, archiveSynthetic) => {
    const result = toSiteUrl({ env, archiveSynthetic });
    expect(result.site).toBe(LOCAL_SITE_URL);
    expect(result.warning).toMatch(/^WARNING: SITE_URL is not set: every embed code/);
  });

  it.each(['localhost:4321', 'ftp://example.org', 'not a url'])('refuses SITE_URL %j', (value) => {
    expect(() => toSiteUrl({ env: { SITE_URL: value }, archiveSynthetic: true })).toThrow(
      /is not an http or https URL/,
    );
  });
});
