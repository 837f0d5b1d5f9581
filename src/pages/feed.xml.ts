/** `/feed.xml`: the Atom feed of what changed, one entry per archive day (src/lib/figures/sections/feed.ts). */
import type { APIRoute } from 'astro';
import { SITE_LOCATION } from '../layouts/url.ts';
import { atomFeedOf } from '../lib/figures/sections/feed.ts';
import { loadSiteData } from '../lib/figures/site-data.ts';

export const GET: APIRoute = () =>
  new Response(atomFeedOf(loadSiteData(), { siteUrl: SITE_LOCATION.site, basePath: SITE_LOCATION.withBase('/') }), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
