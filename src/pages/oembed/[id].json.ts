/** `/oembed/<id>.json`: the static oEmbed response of each chart (type rich: the live iframe code). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { toOembedJson } from '../../lib/embed/oembed.ts';
import { embedCodesOf, siteUrl } from '../embed/_exports.ts';
import { embedCharts } from '../embed/_registry.ts';

export const getStaticPaths = (() =>
  embedCharts().map((chart) => {
    const codes = embedCodesOf(chart, null);
    const body = toOembedJson({
      title: chart.title,
      html: codes.iframeLive,
      width: codes.image.width,
      height: codes.frameHeight,
      thumbnail: codes.thumbnail,
      providerUrl: siteUrl('/'),
    });
    return { params: { id: chart.id }, props: { body } };
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
