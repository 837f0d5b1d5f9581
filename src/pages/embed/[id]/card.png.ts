/** `/embed/<id>/card.png`: the 1200×630 Open Graph / Twitter card of each page's main figure. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE_LOCATION } from '../../../layouts/url.ts';
import type { PngBytes } from '../../../lib/embed/png.ts';
import { allFigures } from '../../../lib/figures/catalogue.ts';
import { cardSvgOf, toPngs } from '../../../lib/figures/exports.ts';
import { loadSiteData } from '../../../lib/figures/site-data.ts';

export const getStaticPaths = (async () => {
  const figures = allFigures(loadSiteData()).filter((figure) => figure.embed.card);
  const pngs = await toPngs(
    figures.map((figure) => cardSvgOf(SITE_LOCATION, figure).svg),
    1,
  );
  return figures.map((figure, i) => ({ params: { id: figure.id }, props: { body: pngs[i] } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: PngBytes }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'image/png' } });
