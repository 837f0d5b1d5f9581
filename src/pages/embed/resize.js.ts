/** `/embed/resize.js`: the optional auto-resize script of the iframe code (src/scripts/embed-resize.js, as is). */
import type { APIRoute } from 'astro';
import script from '../../scripts/embed-resize.js?raw';

export const GET: APIRoute = () =>
  new Response(script, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
