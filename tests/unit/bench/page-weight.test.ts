import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  gzipBytes,
  type LoadedResource,
  toInlineParts,
  toPageWeight,
  toResourceKind,
} from '../../../src/lib/bench/page-weight.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe(gzipBytes, () => {
  it('counts what gzip at the default level makes of the content', () => {
    const text = 'token atlas '.repeat(500);
    expect(gzipBytes(text)).toBe(gzipSync(text).length);
    expect(gzipBytes(text)).toBeLessThan(text.length / 10);
  });

  it('counts the same for a string and its UTF-8 bytes', () => {
    expect(gzipBytes('Übersicht — Modelle')).toBe(gzipBytes(bytes('Übersicht — Modelle')));
  });
});

describe(toResourceKind, () => {
  it.each([
    ['text/html; charset=utf-8', '/', 'html'],
    ['text/css', '/a', 'css'],
    ['text/javascript', '/a', 'js'],
    ['application/javascript; charset=utf-8', '/a', 'js'],
    ['image/svg+xml', '/favicon.svg', 'svg'],
    ['font/woff2', '/f.woff2', 'other'],
    ['text/csv', '/models/x.csv', 'other'],
  ] as const)('reads %s as %s', (type, url, kind) => {
    expect(toResourceKind(type, url)).toBe(kind);
  });

  it('falls back to the extension when the type is missing or generic', () => {
    expect(toResourceKind(undefined, 'http://127.0.0.1/favicon.svg')).toBe('svg');
    expect(toResourceKind('application/octet-stream', '/_astro/page.abc.js')).toBe('js');
    expect(toResourceKind(undefined, '/models/?x=1')).toBe('html');
    expect(toResourceKind(undefined, '/robots.txt')).toBe('other');
  });
});

describe(toInlineParts, () => {
  it('takes each top-level inline SVG whole, nested SVG included once', () => {
    const html = '<p><svg viewBox="0 0 1 1"><svg><rect/></svg></svg></p><svg id="b"></svg>';
    expect(toInlineParts(html).svg).toEqual(['<svg viewBox="0 0 1 1"><svg><rect/></svg></svg>', '<svg id="b"></svg>']);
  });

  it('takes style elements and inline scripts, leaving out scripts with src and data blocks', () => {
    const html =
      '<style>a{}</style><script type="module">go()</script><script src="/x.js"></script>' +
      '<script type="application/ld+json">{}</script><script>run()</script>';
    const parts = toInlineParts(html);
    expect(parts.css).toEqual(['<style>a{}</style>']);
    expect(parts.js).toEqual(['<script type="module">go()</script>', '<script>run()</script>']);
  });

  it('does not mistake an svg-prefixed tag for an svg element', () => {
    expect(toInlineParts('<svgfoo></svgfoo>').svg).toEqual([]);
  });
});

describe(toPageWeight, () => {
  const html = '<html><style>body{color:red}</style><svg><path d="M0 0"/></svg><script>go()</script></html>';
  const resources: LoadedResource[] = [
    { url: 'http://h/', contentType: 'text/html', body: bytes(html) },
    { url: 'http://h/favicon.svg', contentType: 'image/svg+xml', body: bytes('<svg/>') },
    { url: 'http://h/a.js', contentType: 'text/javascript', body: bytes('console.log(1)') },
    { url: 'http://h/missing.png', contentType: undefined, body: new Uint8Array() },
  ];
  const weight = toPageWeight(resources, 5);

  it('keeps the request count it is given, failed requests included', () => {
    expect(weight.requests).toBe(5);
  });

  it('lists each response by path with its kind and size', () => {
    expect(weight.resources.map(({ path, kind, raw }) => [path, kind, raw])).toEqual([
      ['/', 'html', html.length],
      ['/favicon.svg', 'svg', 6],
      ['/a.js', 'js', 14],
      ['/missing.png', 'other', 0],
    ]);
  });

  it('sums responses by kind, each gzipped on its own, and zero for an empty body', () => {
    expect(weight.byKind.html).toEqual({ count: 1, raw: html.length, gzip: gzipBytes(html) });
    expect(weight.byKind.svg).toEqual({ count: 1, raw: 6, gzip: gzipBytes('<svg/>') });
    expect(weight.byKind.other).toEqual({ count: 1, raw: 0, gzip: 0 });
    expect(weight.total.raw).toBe(html.length + 6 + 14);
    expect(weight.total.gzip).toBe(gzipBytes(html) + gzipBytes('<svg/>') + gzipBytes('console.log(1)'));
  });

  it('reports inline SVG separately and counts inline CSS and JS into the CSS and JS totals', () => {
    expect(weight.inline.svg).toMatchObject({ count: 1, raw: '<svg><path d="M0 0"/></svg>'.length });
    expect(weight.css.raw).toBe('<style>body{color:red}</style>'.length);
    expect(weight.js.raw).toBe('<script>go()</script>'.length + 'console.log(1)'.length);
    expect(weight.js.gzip).toBe(gzipBytes('<script>go()</script>') + gzipBytes('console.log(1)'));
  });

  it('weighs nothing for a visit without responses', () => {
    const none = toPageWeight([], 0);
    expect(none.total).toEqual({ raw: 0, gzip: 0 });
    expect(none.inline.svg).toEqual({ count: 0, raw: 0, gzip: 0 });
  });
});
