/**
 * The copy-paste codes of the Embed dialog: an iframe (with the optional auto-resize script), an image and a
 * Markdown image line. Every URL is absolute (built from `SITE_URL` and the base path by the caller) and every
 * text from the data is escaped, so a chart or app name can never break out of an attribute.
 */

/** Marks the iframes that the auto-resize script may resize (it still checks their origin and window). */
export const EMBED_FRAME_ATTRIBUTE = 'data-token-atlas-embed';

/** Escapes text for an HTML/XML attribute or text node: `escapeHtml('a "b" <c>') === 'a &quot;b&quot; &lt;c&gt;'`. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** An iframe of an embed with the auto-resize script after it; `height` is the starting height in CSS px. */
export function iframeSnippet(input: { src: string; title: string; height: number; resizeScript: string }): string {
  const frame =
    `<iframe src="${escapeHtml(input.src)}" title="${escapeHtml(input.title)}" width="100%" ` +
    `height="${Math.round(input.height)}" style="width:100%;border:0" loading="lazy" ` +
    `${EMBED_FRAME_ATTRIBUTE}></iframe>`;
  return `${frame}\n<script src="${escapeHtml(input.resizeScript)}" async></script>`;
}

/** A static image linked to the chart on the site; `width`/`height` in CSS px (a 2x PNG stays sharp). */
export function imageSnippet(input: { src: string; href: string; alt: string; width: number; height: number }): string {
  return (
    `<a href="${escapeHtml(input.href)}"><img src="${escapeHtml(input.src)}" alt="${escapeHtml(input.alt)}" ` +
    `width="${input.width}" height="${input.height}" style="max-width:100%;height:auto"></a>`
  );
}

/** Escapes Markdown link text: `markdownText('a [b]') === 'a \\[b\\]'`. */
function markdownText(text: string): string {
  return text.replace(/[\\[\]]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}

/** A URL safe inside Markdown's `(…)`: parentheses and spaces percent-encoded. */
function markdownUrl(url: string): string {
  return url.replaceAll('(', '%28').replaceAll(')', '%29').replaceAll(' ', '%20');
}

/** A Markdown image linked to the chart: `[![Title](https://…/x.png)](https://…/models/#x)`. */
export function markdownSnippet(input: { src: string; href: string; title: string }): string {
  return `[![${markdownText(input.title)}](${markdownUrl(input.src)})](${markdownUrl(input.href)})`;
}

/**
 * A starting height for an embed iframe before the auto-resize script (or without it): the chart at its drawn
 * height plus title, takeaway, legend, attribution and the closed data table.
 */
export function estimateEmbedHeight(chart: { height: number }, hasLegend: boolean): number {
  return Math.round(chart.height + 190 + (hasLegend ? 50 : 0));
}
