/** The attribution every chart carries. */

/** What the page shows instead of a citation when the archive holds the local Data API's synthetic figures. */
export const SYNTHETIC_NOTICE = 'Synthetic demo data from the local Data API — not OpenRouter figures.';

/** The spec's canonical citation, verbatim: `Source: OpenRouter (openrouter.ai/rankings), as of {as_of}.` */
export function openRouterCitation(asOf: string): string {
  return `Source: OpenRouter (openrouter.ai/rankings), as of ${asOf}.`;
}

/**
 * The attribution line for a chart: the synthetic notice for demo data, else the API's own `meta.citation`
 * when it gives one (benchmarks), else the OpenRouter citation with the snapshot's `as_of`.
 */
export function attributionFor(input: { asOf: string; synthetic: boolean; apiCitation?: string | null }): string {
  if (input.synthetic) return SYNTHETIC_NOTICE;
  if (input.apiCitation) return input.apiCitation;
  return openRouterCitation(input.asOf);
}
