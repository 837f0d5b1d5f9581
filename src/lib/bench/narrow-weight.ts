import { gzipBytes, type LoadedResource, type PageWeight, type Size, toResourceKind } from './page-weight.ts';

/** A page's HTML with the narrow renderings of its chart pairs taken out, and how many were. */
export interface WithoutNarrow {
  readonly html: string;
  readonly removed: number;
}

/**
 * Tags that open or close a `<div>`, and the text in which a `<div` is not a tag: comments and the raw text of
 * `<script>` and `<style>` (group 1 names the raw-text element).
 */
const DIV_TOKENS = /<!--[\s\S]*?-->|<(script|style)(?=[\s>])[^>]*>[\s\S]*?<\/\1\s*>|<div(?=[\s>/])[^>]*>|<\/div\s*>/gi;

/** The class names of an opening tag: `classesOf('<div class="a  b">')` -> `['a', 'b']`. */
function classesOf(openTag: string): string[] {
  const match = /\sclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(openTag);
  return (match?.[1] ?? match?.[2] ?? match?.[3] ?? '').split(/\s+/).filter(Boolean);
}

/** An open `<div>` while scanning: whether it is a chart pair, and where it starts when it is to be removed. */
interface OpenDiv {
  readonly pair: boolean;
  readonly removeFrom: number | null;
  /** Inside a div that is being removed: nothing in it is removed on its own. */
  readonly inRemoved: boolean;
}

/**
 * The page as it would be without its narrow renderings: every `<div class="chart-narrow">` that is a child of a
 * `<div class="chart-pair …">` is removed with everything in it, by matching its closing tag (nested divs count).
 * A chart drawn only narrow (`<div class="chart-svg chart-narrow">`, no pair around it) is its only rendering and
 * stays. `<div` inside comments, scripts and styles is text, not a tag; a div never closed is left as it is.
 * `withoutPairedNarrow('<div class="chart-pair"><div class="chart-wide">W</div><div class="chart-narrow">N</div></div>')`
 * -> `{ html: '<div class="chart-pair"><div class="chart-wide">W</div></div>', removed: 1 }`.
 */
export function withoutPairedNarrow(html: string): WithoutNarrow {
  const stack: OpenDiv[] = [];
  const cuts: { start: number; end: number }[] = [];
  for (const match of html.matchAll(DIV_TOKENS)) {
    const token = match[0];
    if (token.startsWith('<!--') || match[1] !== undefined) continue;
    if (token.startsWith('</')) {
      const closed = stack.pop();
      const start = closed?.removeFrom ?? null;
      if (start !== null) cuts.push({ start, end: match.index + token.length });
      continue;
    }
    const parent = stack.at(-1);
    const classes = classesOf(token);
    const inRemoved = parent !== undefined && (parent.inRemoved || parent.removeFrom !== null);
    const remove = parent?.pair === true && !inRemoved && classes.includes('chart-narrow');
    stack.push({ pair: classes.includes('chart-pair'), removeFrom: remove ? match.index : null, inRemoved });
  }
  let kept = '';
  let from = 0;
  for (const cut of cuts) {
    kept += html.slice(from, cut.start);
    from = cut.end;
  }
  return { html: kept + html.slice(from), removed: cuts.length };
}

/** A first visit's weight as it would be without the narrow renderings of its chart pairs. */
export interface NarrowWeight {
  /** Narrow renderings removed (one per chart pair). */
  readonly renderings: number;
  /** The documents without them. */
  readonly html: Size;
  /** Every response, the documents without them: `total − HTML + HTML without narrow renderings`. */
  readonly total: Size;
}

/**
 * What a visit weighs without its chart pairs' narrow renderings: each HTML response stripped with
 * {@link withoutPairedNarrow} and gzipped on its own, as `weight` counted it; everything else as measured.
 */
export function toNarrowWeight(resources: readonly LoadedResource[], weight: PageWeight): NarrowWeight {
  let renderings = 0;
  let raw = 0;
  let gzip = 0;
  for (const resource of resources) {
    if (toResourceKind(resource.contentType, resource.url) !== 'html' || resource.body.length === 0) continue;
    const stripped = withoutPairedNarrow(Buffer.from(resource.body).toString('utf8'));
    // A document with no pair is counted byte for byte as measured, so its cost is exactly ×1.00.
    const bytes = stripped.removed === 0 ? resource.body : Buffer.from(stripped.html, 'utf8');
    renderings += stripped.removed;
    raw += bytes.length;
    gzip += gzipBytes(bytes);
  }
  const html = { raw, gzip };
  return {
    renderings,
    html,
    total: {
      raw: weight.total.raw - weight.byKind.html.raw + raw,
      gzip: weight.total.gzip - weight.byKind.html.gzip + gzip,
    },
  };
}
