/**
 * The Atom 1.0 feed (RFC 4287) of the change feed's entries. Every text, names from the API included, passes one
 * gate: characters XML 1.0 forbids or discourages (C0 and C1 controls, lone surrogates, U+FFFE/U+FFFF) are removed,
 * line breaks and tabs become spaces, and the rest is escaped. Entry content is HTML (`type="html"`): escaped once
 * as HTML, then again as XML text, so a name can never become markup. Ids are tag URIs (RFC 4151) built from the
 * site's host and base path and the entry's stable id, so they survive rebuilds.
 */
import type { FeedEntry } from '../transform/feed-entries.ts';

/** Where the feed lives and what it says about itself. */
export type AtomOptions = {
  /** The site's origin, e.g. `https://tokenatlas.example` (a path after it is ignored: use `basePath`). */
  siteUrl: string;
  /** The site's base path, e.g. `/` or `/token-atlas/`. */
  basePath: string;
  /** The feed's `updated`; default the newest entry's. Required when there are no entries. */
  updated?: string;
  /** The feed's path below the base path; default `/feed.xml`. */
  feedPath?: string;
  title?: string;
  subtitle?: string;
};

/** The tag URI date: a day the project's names were in use; fixed forever, or every id would change. */
const TAG_DATE = '2025';

const DEFAULT_TITLE = 'Token Atlas: what changed';
const DEFAULT_SUBTITLE =
  'Daily changes in the OpenRouter rankings: new leaders, risers and fallers, models entering and leaving the top 50.';

/**
 * True for a code point XML 1.0 allows and does not discourage: no C0 control but tab and line breaks, no DEL or
 * C1 control, no lone surrogate half (iterating a string by code point yields those alone), no U+FFFE or U+FFFF.
 */
function isXmlChar(code: number): boolean {
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  if (code >= 0x7f && code <= 0x9f) return false;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return code !== 0xfffe && code !== 0xffff;
}

/** Untrusted text made safe to escape: forbidden characters removed, tabs and line breaks made spaces. */
export function cleanText(text: string): string {
  const kept = Array.from(text).filter((char) => isXmlChar(char.codePointAt(0) ?? 0));
  return kept.join('').replace(/[\t\n\r]+/g, ' ');
}

/** Escapes text for XML (and HTML) text and attribute values: `escapeXml('a < b & "c"') === 'a &lt; b &amp; &quot;c&quot;'`. */
export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** Cleaned and escaped: the only way text enters the feed. */
function xmlText(text: string): string {
  return escapeXml(cleanText(text));
}

/** An absolute URL from a root-relative site path: `('https://x.org', '/atlas/', '/models/')` -> `https://x.org/atlas/models/`. */
function absoluteUrl(siteUrl: string, basePath: string, path: string): string {
  const origin = new URL(siteUrl).origin;
  const base = basePath.replace(/^\/+|\/+$/g, '');
  const rest = path.replace(/^\/+/, '');
  return `${origin}/${base ? `${base}/` : ''}${rest}`;
}

/** The tag URI of a stable id: `tag:x.org,2025:atlas/day/2026-11-19`. */
function tagUri(siteUrl: string, basePath: string, id: string): string {
  const base = basePath.replace(/^\/+|\/+$/g, '');
  return `tag:${new URL(siteUrl).hostname},${TAG_DATE}:${base ? `${base}/` : ''}${id}`;
}

/** An RFC 3339 instant, or a one-line error naming what could not be read. */
function toRfc3339(value: string, what: string): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new Error(`atom feed: ${what} ${JSON.stringify(value)} is not a date-time.`);
  return new Date(time).toISOString();
}

/** An entry's HTML content: its items as links, the chart links, and the citations (HTML escapes as XML does). */
function entryHtml(entry: FeedEntry, url: (path: string) => string): string {
  const html = xmlText;
  const items = entry.items.map((i) => `<li><a href="${html(url(i.path))}">${html(i.text)}</a></li>`).join('');
  const charts = entry.links.map((l) => `<a href="${html(url(l.path))}">${html(l.label)}</a>`).join(' · ');
  const citations = entry.citations.map((c) => `<p><small>${html(c)}</small></p>`).join('');
  return `<ul>${items}</ul>${charts ? `<p>Charts: ${charts}</p>` : ''}${citations}`;
}

/** One `<entry>`; its alternate link is its first chart link (else the site's home). */
function entryXml(entry: FeedEntry, options: AtomOptions): string {
  const url = (path: string) => absoluteUrl(options.siteUrl, options.basePath, path);
  const alternate = url(entry.links[0]?.path ?? '/');
  const related = entry.links.slice(1).map((l) => `    <link rel="related" href="${xmlText(url(l.path))}"/>`);
  return [
    '  <entry>',
    `    <id>${xmlText(tagUri(options.siteUrl, options.basePath, entry.id))}</id>`,
    `    <title type="text">${xmlText(entry.title)}</title>`,
    `    <updated>${toRfc3339(entry.updated, `entry ${entry.id} updated`)}</updated>`,
    `    <link rel="alternate" type="text/html" href="${xmlText(alternate)}"/>`,
    ...related,
    `    <summary type="text">${xmlText(entry.items.map((i) => i.text).join(' '))}</summary>`,
    `    <content type="html">${xmlText(entryHtml(entry, url))}</content>`,
    '  </entry>',
  ].join('\n');
}

/**
 * The Atom document for `entries` (in the order given, newest first as `toFeedEntries` returns them):
 * `toAtomFeed(entries, { siteUrl: 'https://x.org', basePath: '/' })`. Deterministic: equal input, equal bytes.
 * Throws one line when there are no entries and no `updated`, or a date cannot be read.
 */
export function toAtomFeed(entries: readonly FeedEntry[], options: AtomOptions): string {
  const newest = entries
    .map((e) => toRfc3339(e.updated, `entry ${e.id} updated`))
    .sort()
    .at(-1);
  const updated = options.updated === undefined ? newest : toRfc3339(options.updated, 'updated');
  if (updated === undefined) throw new Error('atom feed: no entries and no updated; pass options.updated.');
  const url = (path: string) => absoluteUrl(options.siteUrl, options.basePath, path);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xmlText(tagUri(options.siteUrl, options.basePath, 'feed'))}</id>`,
    `  <title type="text">${xmlText(options.title ?? DEFAULT_TITLE)}</title>`,
    `  <subtitle type="text">${xmlText(options.subtitle ?? DEFAULT_SUBTITLE)}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(url(options.feedPath ?? '/feed.xml'))}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(url('/'))}"/>`,
    '  <author><name>Token Atlas</name></author>',
    ...entries.map((entry) => entryXml(entry, options)),
    '</feed>',
    '',
  ].join('\n');
}
