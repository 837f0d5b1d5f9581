import { gzipSync } from 'node:zlib';

/** What a response is, for page weight: the document, stylesheets, scripts, SVG files, or anything else. */
export type ResourceKind = 'html' | 'css' | 'js' | 'svg' | 'other';

const RESOURCE_KINDS: readonly ResourceKind[] = ['html', 'css', 'js', 'svg', 'other'];

/** Bytes as sent uncompressed and as gzip would send them (zlib's default level 6, what most hosts use). */
export interface Size {
  readonly raw: number;
  readonly gzip: number;
}

/** A size with the number of responses or inline elements it adds up. */
export interface CountedSize extends Size {
  readonly count: number;
}

/** One response a page visit received: its URL, `Content-Type` and decoded body (empty for a failed request). */
export interface LoadedResource {
  readonly url: string;
  readonly contentType: string | undefined;
  readonly body: Uint8Array;
}

/** The SVG, CSS and JS written inside HTML documents, each element's text in document order. */
export interface InlineParts {
  readonly svg: readonly string[];
  readonly css: readonly string[];
  readonly js: readonly string[];
}

/** One response of a visit as recorded: its path (origin dropped), kind and size. */
export interface ResourceWeight extends Size {
  readonly path: string;
  readonly kind: ResourceKind;
}

/**
 * The weight of one first visit. `byKind` adds up responses (the HTML figure includes everything inline);
 * `inline` breaks the documents down; `css` and `js` are everything the visit got of each, inline plus files.
 * `total` is every response, each gzipped on its own as a server would send it.
 */
export interface PageWeight {
  readonly requests: number;
  readonly resources: readonly ResourceWeight[];
  readonly byKind: Readonly<Record<ResourceKind, CountedSize>>;
  readonly inline: { readonly svg: CountedSize; readonly css: CountedSize; readonly js: CountedSize };
  readonly css: Size;
  readonly js: Size;
  readonly total: Size;
}

/** Bytes gzip makes of `content` at zlib's default level: `gzipBytes('')` is 20 (the header and trailer). */
export function gzipBytes(content: string | Uint8Array): number {
  return gzipSync(content).length;
}

/**
 * A response's kind from its `Content-Type`, or from the URL's extension when the type is missing or generic:
 * `toResourceKind('text/css; charset=utf-8', '/x')` -> `css`; `toResourceKind(undefined, '/favicon.svg')` -> `svg`.
 */
export function toResourceKind(contentType: string | undefined, url: string): ResourceKind {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/html') return 'html';
  if (type === 'text/css') return 'css';
  if (type.endsWith('javascript') || type === 'text/ecmascript') return 'js';
  if (type === 'image/svg+xml') return 'svg';
  if (type !== '' && type !== 'application/octet-stream') return 'other';
  const path = new URL(url, 'http://x').pathname.toLowerCase();
  if (path.endsWith('/') || path.endsWith('.html')) return 'html';
  if (path.endsWith('.css')) return 'css';
  if (path.endsWith('.js') || path.endsWith('.mjs')) return 'js';
  if (path.endsWith('.svg')) return 'svg';
  return 'other';
}

/** Script types that run as JavaScript; JSON-LD and other data blocks are not JS weight. */
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The text of every `<tag …>…</tag>` element; an element opened inside another is part of the outer one. */
function elementsOf(html: string, tag: string, keep: (openTag: string) => boolean = () => true): string[] {
  const pattern = new RegExp(`<${tag}(?=[\\s>/])[^>]*>|</${tag}\\s*>`, 'gi');
  const found: string[] = [];
  let depth = 0;
  let start = 0;
  let kept = false;
  for (const match of html.matchAll(pattern)) {
    const closing = match[0].startsWith('</');
    if (!closing) {
      if (depth === 0) {
        start = match.index;
        kept = keep(match[0]);
      }
      depth += 1;
    } else if (depth > 0) {
      depth -= 1;
      if (depth === 0 && kept) found.push(html.slice(start, match.index + match[0].length));
    }
  }
  return found;
}

/** The `type` attribute of an opening tag, lower-cased; `''` when absent. */
function typeOf(openTag: string): string {
  return /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(openTag)?.[1]?.toLowerCase() ?? '';
}

/**
 * The inline SVG, `<style>` and script elements of an HTML document (scripts with `src` or a data type left
 * out). `toInlineParts('<p><svg><svg/></svg></p>').svg` -> `['<svg><svg/></svg>']`: nested SVG counts once.
 */
export function toInlineParts(html: string): InlineParts {
  return {
    svg: elementsOf(html, 'svg'),
    css: elementsOf(html, 'style'),
    js: elementsOf(html, 'script', (open) => !/\ssrc\s*=/i.test(open) && JS_TYPES.has(typeOf(open))),
  };
}

/** The size of some inline elements taken together (gzip of their concatenation). */
function inlineSize(parts: readonly string[]): CountedSize {
  const text = parts.join('');
  return { count: parts.length, raw: Buffer.byteLength(text), gzip: parts.length === 0 ? 0 : gzipBytes(text) };
}

function add(a: Size, b: Size): Size {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip };
}

/** Sums a first visit's responses into {@link PageWeight}; `requests` counts failed requests too. */
export function toPageWeight(resources: readonly LoadedResource[], requests: number): PageWeight {
  const empty: CountedSize = { count: 0, raw: 0, gzip: 0 };
  const byKind: Record<ResourceKind, CountedSize> = { html: empty, css: empty, js: empty, svg: empty, other: empty };
  const documents: string[] = [];
  const weights: ResourceWeight[] = [];
  for (const resource of resources) {
    const kind = toResourceKind(resource.contentType, resource.url);
    const size = { raw: resource.body.length, gzip: resource.body.length === 0 ? 0 : gzipBytes(resource.body) };
    const url = new URL(resource.url, 'http://x');
    weights.push({ path: `${url.pathname}${url.search}`, kind, ...size });
    byKind[kind] = { count: byKind[kind].count + 1, ...add(byKind[kind], size) };
    if (kind === 'html') documents.push(Buffer.from(resource.body).toString('utf8'));
  }
  const parts = documents.map(toInlineParts);
  const inline = {
    svg: inlineSize(parts.flatMap((p) => p.svg)),
    css: inlineSize(parts.flatMap((p) => p.css)),
    js: inlineSize(parts.flatMap((p) => p.js)),
  };
  const total = RESOURCE_KINDS.reduce<Size>((sum, kind) => add(sum, byKind[kind]), { raw: 0, gzip: 0 });
  return {
    requests,
    resources: weights,
    byKind,
    inline,
    css: add(byKind.css, inline.css),
    js: add(byKind.js, inline.js),
    total,
  };
}
