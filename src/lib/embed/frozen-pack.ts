/**
 * Packs: one HTML file holding a chart's frozen copies of one ISO week (`/embed/<id>/2026-W48/`), so the deploy
 * grows by a file per chart and week, not per chart and day. Each copy is a `<section class="ta-copy" id="<date>">`
 * holding the copy's `<main>` content byte for byte; CSS alone shows the one the URL's fragment targets (`:target`),
 * or without a fragment the newest, so no JavaScript is needed. The pack's head (its stylesheet and inline
 * script) is its first copy's, written once: a later copy only adds its section, so what a published copy shows
 * never changes. Pure string transforms over the documents the build renders (src/layouts/Embed.astro).
 */
import { escapeHtml } from './snippets.ts';

/** What the freeze step needs of one freshly built copy: its chart, date, edition, title and `<main>` content. */
export interface CopyParts {
  readonly chart: string;
  readonly date: string;
  readonly edition: string;
  readonly title: string;
  /** The hash of what it draws (`drawnHash`), from its `<meta name="token-atlas-drawn">`; `null` when absent. */
  readonly drawn: string | null;
  /** Everything of the document before `<main>` (doctype, `<html …>`, head, `<body>`). */
  readonly head: string;
  readonly main: string;
}

/** The meta tag a frozen copy carries its drawn hash in (read here, written by the frozen embed page). */
export const DRAWN_META = 'token-atlas-drawn';

/**
 * Shows one copy: the targeted one, else the last (newest; sections are in date order). A targeted copy before
 * the last hides the last with the general sibling combinator, so no `:has()` is needed.
 */
const PACK_STYLE =
  '<style>.ta-copy{display:none}.ta-copy:last-child,.ta-copy:target{display:block}' +
  '.ta-copy:target~.ta-copy:last-child{display:none}</style>';

function attribute(tag: string, name: string): string | undefined {
  const value = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  return value === undefined ? undefined : value.replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

/** The parts of a single-copy frozen embed document; throws one line naming what is missing. */
export function toCopyParts(html: string, where: string): CopyParts {
  const htmlTag = /<html\b[^>]*>/.exec(html)?.[0];
  const mainStart = html.indexOf('<main>');
  const mainEnd = html.lastIndexOf('</main>');
  const chart = htmlTag && attribute(htmlTag, 'data-chart');
  const date = htmlTag && attribute(htmlTag, 'data-frozen');
  const edition = htmlTag && attribute(htmlTag, 'data-as-of');
  if (!chart || !date || edition === undefined || mainStart < 0 || mainEnd < mainStart) {
    throw new Error(`freeze: ${where} is not a frozen embed (no data-chart, data-frozen, data-as-of or <main>).`);
  }
  const asset = /\/_astro\/[^"'\s>]*/.exec(html)?.[0];
  if (asset) {
    throw new Error(
      `freeze: ${where} links ${asset}, a build asset the next build renames; a frozen embed must inline its CSS and scripts (src/layouts/Embed.astro).`,
    );
  }
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
  const drawn = new RegExp(`<meta name="${DRAWN_META}" content="([^"]*)"`).exec(html)?.[1] ?? null;
  return {
    chart,
    date,
    edition,
    title,
    drawn,
    head: html.slice(0, mainStart),
    main: html.slice(mainStart + '<main>'.length, mainEnd),
  };
}

/**
 * One copy as a pack section: `<section class="ta-copy" id="2026-11-26" data-as-of=… data-frozen=… data-title=…>`,
 * its `<main>` content, `</section>`. The title is the `<title>` text as written, entities and all.
 */
export function toSection(copy: CopyParts): string {
  return (
    `<section class="ta-copy" id="${escapeHtml(copy.date)}" data-as-of="${escapeHtml(copy.edition)}" ` +
    `data-frozen="${escapeHtml(copy.date)}" data-title="${copy.title.replaceAll('"', '&quot;')}">${copy.main}</section>\n`
  );
}

/**
 * A new pack from its first copy: the copy's head with the pack's `<html>` tag (the copy's date and edition move
 * to its section, where the inline script reads them) and the pack style, then the copy's section.
 */
export function newPack(first: CopyParts, pack: string): string {
  const head = first.head
    .replace(
      /<html\b[^>]*>/,
      `<html lang="en" data-chart="${escapeHtml(first.chart)}" data-pack="${escapeHtml(pack)}">`,
    )
    .replace('</head>', `${PACK_STYLE}</head>`);
  return `${head}<main>\n${toSection(first)}</main></body></html>\n`;
}

/** The dates of a pack's copies, in file order. */
export function packDates(pack: string): string[] {
  return [...pack.matchAll(/<section class="ta-copy" id="([^"]+)"/g)].map((match) => match[1] ?? '');
}

/**
 * A pack with one more copy, in date order (normally last). Every byte already in the pack stays: the section is
 * inserted before the first later copy or before `</main>`. Throws when the pack already holds that date.
 */
export function addToPack(pack: string, copy: CopyParts): string {
  const dates = packDates(pack);
  if (dates.includes(copy.date)) throw new Error(`freeze: the pack of ${copy.chart} already holds ${copy.date}.`);
  const later = dates.find((date) => date > copy.date);
  const at = later === undefined ? pack.lastIndexOf('</main>') : pack.indexOf(`<section class="ta-copy" id="${later}"`);
  return `${pack.slice(0, at)}${toSection(copy)}${pack.slice(at)}`;
}
