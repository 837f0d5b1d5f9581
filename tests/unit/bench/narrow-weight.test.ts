import { describe, expect, it } from 'vitest';
import { toNarrowWeight, withoutPairedNarrow } from '../../../src/lib/bench/narrow-weight.ts';
import { gzipBytes, type LoadedResource, toPageWeight } from '../../../src/lib/bench/page-weight.ts';

/** A chart pair as `ChartSvg.astro` writes it, with nested markup in both renderings. */
function pair(id: string, breakpoint = 600): string {
  return (
    `<div class="chart-svg chart-pair chart-pair-${breakpoint} mt-2" role="img" aria-label="Chart ${id}">` +
    `<div class="chart-wide"><svg viewBox="0 0 640 300"><g><text>wide ${id}</text></g></svg></div>` +
    `<div class="chart-narrow"><div class="legend"><div>key ${id}</div></div><svg viewBox="0 0 320 300"><text>narrow ${id}</text></svg></div>` +
    '</div>'
  );
}

/** The same pair without its narrow rendering. */
function wideOnly(id: string, breakpoint = 600): string {
  return (
    `<div class="chart-svg chart-pair chart-pair-${breakpoint} mt-2" role="img" aria-label="Chart ${id}">` +
    `<div class="chart-wide"><svg viewBox="0 0 640 300"><g><text>wide ${id}</text></g></svg></div>` +
    '</div>'
  );
}

/** A chart drawn only narrow (a task card): its one rendering. */
const NARROW_ONLY =
  '<div class="chart-svg chart-narrow" aria-hidden="true"><div><svg><text>top models</text></svg></div></div>';

describe(withoutPairedNarrow, () => {
  it('removes the narrow rendering of each pair with everything nested in it, keeping the rest byte for byte', () => {
    const html = `<main><h2>A</h2>${pair('a')}<p>between</p><section><div>${pair('b', 400)}</div></section></main>`;
    expect(withoutPairedNarrow(html)).toEqual({
      html: `<main><h2>A</h2>${wideOnly('a')}<p>between</p><section><div>${wideOnly('b', 400)}</div></section></main>`,
      removed: 2,
    });
  });

  it('keeps a chart drawn only narrow, which is its only rendering', () => {
    const html = `<main>${NARROW_ONLY}${pair('a')}<article>${NARROW_ONLY}</article></main>`;
    expect(withoutPairedNarrow(html)).toEqual({
      html: `<main>${NARROW_ONLY}${wideOnly('a')}<article>${NARROW_ONLY}</article></main>`,
      removed: 1,
    });
  });

  it('leaves a page without charts as it is', () => {
    const html = '<!doctype html><html><body><div class="prose"><p>About</p><div>x</div></div></body></html>';
    expect(withoutPairedNarrow(html)).toEqual({ html, removed: 0 });
  });

  it('reads chart-narrow as a whole class name, in any quotes, and only as a child of the pair', () => {
    const html =
      "<div class='chart-pair'><div class=\"chart-narrow-note\">n</div><div class='chart-narrow x'>N</div></div>" +
      '<div class="chart-pair"><div class="chart-wide"><div class="chart-narrow">inside wide</div></div></div>';
    expect(withoutPairedNarrow(html)).toEqual({
      html:
        '<div class=\'chart-pair\'><div class="chart-narrow-note">n</div></div>' +
        '<div class="chart-pair"><div class="chart-wide"><div class="chart-narrow">inside wide</div></div></div>',
      removed: 1,
    });
  });

  it('takes no <div> inside a comment, script or style for a tag', () => {
    const html =
      '<div class="chart-pair"><div class="chart-narrow"><script>const t = "</div>";</script>' +
      '<!-- </div> --><style>.a::after{content:"</div>"}</style>N</div></div>' +
      '<script>document.body.innerHTML = \'<div class="chart-pair"><div class="chart-narrow">\';</script>';
    expect(withoutPairedNarrow(html)).toEqual({
      html:
        '<div class="chart-pair"></div>' +
        '<script>document.body.innerHTML = \'<div class="chart-pair"><div class="chart-narrow">\';</script>',
      removed: 1,
    });
  });

  it('leaves a narrow rendering that is never closed', () => {
    const html = '<div class="chart-pair"><div class="chart-narrow"><svg></svg>';
    expect(withoutPairedNarrow(html)).toEqual({ html, removed: 0 });
  });
});

/** A response of a visit. */
function resource(url: string, contentType: string, body: string): LoadedResource {
  return { url, contentType, body: Buffer.from(body) };
}

describe(toNarrowWeight, () => {
  it('recomputes the total as total − HTML + gzip of the HTML without narrow renderings', () => {
    const page = `<!doctype html><html><body>${pair('a')}${pair('b')}</body></html>`;
    const stripped = `<!doctype html><html><body>${wideOnly('a')}${wideOnly('b')}</body></html>`;
    const resources = [
      resource('http://x/models/', 'text/html; charset=utf-8', page),
      resource('http://x/_astro/site.css', 'text/css', 'body{margin:0}'.repeat(20)),
    ];
    const weight = toPageWeight(resources, 2);
    const narrow = toNarrowWeight(resources, weight);
    expect(narrow.renderings).toBe(2);
    expect(narrow.html).toEqual({ raw: stripped.length, gzip: gzipBytes(stripped) });
    expect(narrow.total).toEqual({
      raw: weight.total.raw - page.length + stripped.length,
      gzip: weight.byKind.css.gzip + gzipBytes(stripped),
    });
    expect(narrow.total.gzip).toBeLessThan(weight.total.gzip);
  });

  it('gives the measured weight for a visit without chart pairs', () => {
    const resources = [
      resource('http://x/tasks/', 'text/html', `<main>${NARROW_ONLY}</main>`),
      resource('http://x/favicon.svg', 'image/svg+xml', '<svg/>'),
    ];
    const weight = toPageWeight(resources, 2);
    const { html } = weight.byKind;
    expect(toNarrowWeight(resources, weight)).toEqual({
      renderings: 0,
      html: { raw: html.raw, gzip: html.gzip },
      total: weight.total,
    });
  });
});
