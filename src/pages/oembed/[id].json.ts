/** `/oembed/<id>.json`: the static oEmbed response of each figure (type rich: the live iframe code). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE_LOCATION } from '../../layouts/url.ts';
import { toOembedJson } from '../../lib/embed/oembed.ts';
import { allFigures, pageCardOf } from '../../lib/figures/catalogue.ts';
import { embedCodesOf, siteUrl } from '../../lib/figures/exports.ts';
import { loadSiteData } from '../../lib/figures/site-data.ts';

export const getStaticPaths = (() => {
  const data = loadSiteData();
  return allFigures(data).map((figure) => {
    const codes = embedCodesOf(SITE_LOCATION, figure, null, pageCardOf(data, figure));
    const body = toOembedJson({
      title: figure.title,
      html: codes.iframeLive,
      width: codes.image.width,
      height: codes.frameHeight,
      thumbnail: codes.thumbnail,
      providerUrl: siteUrl(SITE_LOCATION, '/'),
    });
    return { params: { id: figure.id }, props: { body } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
