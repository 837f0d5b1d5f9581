/** Every CSV of the site (`/models/model-share-30d.csv`, …): the data of each figure and table, exactly as shown. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allCsvFiles } from '../lib/figures/catalogue.ts';
import { routeParamOf } from '../lib/figures/routes.ts';
import { loadSiteData } from '../lib/figures/site-data.ts';

export const getStaticPaths = (() =>
  allCsvFiles(loadSiteData()).map((file) => ({
    params: { file: routeParamOf(file.path.replace(/\.csv$/, '')) },
    props: { body: file.body },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
