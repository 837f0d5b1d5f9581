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

/**
 * The attribution of a session-cost figure: the synthetic notice for demo data, else the dataset's CC BY 4.0
 * attribution to OpenRouter with its window and `as_of`: `Source: OpenRouter session-cost dataset (openrouter.ai),
 * 7 days to 15 Nov 2026, as of 2026-11-16T06:00:00Z. Licensed CC BY 4.0.`
 */
export function sessionCostAttribution(input: { asOf: string; window: string; synthetic: boolean }): string {
  if (input.synthetic) return SYNTHETIC_NOTICE;
  return `Source: OpenRouter session-cost dataset (openrouter.ai), ${input.window}, as of ${input.asOf}. Licensed CC BY 4.0.`;
}
