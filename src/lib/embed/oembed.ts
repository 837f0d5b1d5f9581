/**
 * Static oEmbed responses (https://oembed.com, type `rich`): one JSON file per chart, found through a
 * `<link rel="alternate" type="application/json+oembed">` on the chart's pages, so blog engines that support
 * oEmbed unfurl a pasted chart link into the live embed.
 */
import { toArchiveJson } from '../archive/write-atomic.ts';

/** The provider name every response carries. */
export const PROVIDER_NAME = 'Token Atlas';

/** What a chart's oEmbed response is made of; URLs absolute. */
export type OembedInput = {
  title: string;
  /** The live iframe snippet (see `iframeSnippet`). */
  html: string;
  width: number;
  height: number;
  /** The chart's PNG export (or its page's card) and its size in pixels; null when it has none. */
  thumbnail: { url: string; width: number; height: number } | null;
  /** The site's home page. */
  providerUrl: string;
};

/** A rich oEmbed 1.0 response; charts are rebuilt nightly, hence a day of `cache_age`. */
export function toOembed(input: OembedInput): Record<string, string | number> {
  const thumbnail = input.thumbnail
    ? {
        thumbnail_url: input.thumbnail.url,
        thumbnail_width: input.thumbnail.width,
        thumbnail_height: input.thumbnail.height,
      }
    : {};
  return {
    version: '1.0',
    type: 'rich',
    title: input.title,
    provider_name: PROVIDER_NAME,
    provider_url: input.providerUrl,
    html: input.html,
    width: Math.round(input.width),
    height: Math.round(input.height),
    ...thumbnail,
    cache_age: 86400,
  };
}

/** The response as the file serves it: sorted keys, so equal input gives equal bytes. */
export function toOembedJson(input: OembedInput): string {
  return toArchiveJson(toOembed(input));
}
