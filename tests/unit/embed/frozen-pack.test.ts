import { describe, expect, it } from 'vitest';
import { addToPack, newPack, packDates, toCopyParts, toSection } from '../../../src/lib/embed/frozen-pack.ts';

/** A one-copy frozen embed as the build renders it (src/layouts/Embed.astro), trimmed. */
function copyHtml(date: string, body = `<p>drawn on ${date}</p>`, title = `Share, ${date}`): string {
  return (
    `<!DOCTYPE html><html lang="en" data-chart="model-share-share-30d" data-as-of="${date}" data-frozen="${date}">` +
    `<head><meta charset="utf-8"><title>${title} · Token Atlas</title>` +
    `<meta name="token-atlas-drawn" content="hash-${date}"><script>frame()</script><style>.a{}</style></head>` +
    `<body><main><article class="ta-embed">${body}</article></main></body></html>`
  );
}

describe(toCopyParts, () => {
  it('reads the chart, date, edition, title, drawn hash and content of a copy', () => {
    const parts = toCopyParts(copyHtml('2026-11-26'), 'x');
    expect(parts).toMatchObject({
      chart: 'model-share-share-30d',
      date: '2026-11-26',
      edition: '2026-11-26',
      title: 'Share, 2026-11-26 · Token Atlas',
      drawn: 'hash-2026-11-26',
      main: '<article class="ta-embed"><p>drawn on 2026-11-26</p></article>',
    });
    expect(parts.head.endsWith('<body>')).toBe(true);
  });

  it('throws one line naming the file when it is not a frozen embed', () => {
    expect(() => toCopyParts('<html><main></main></html>', 'dist/embed/x/2026-W48/index.html')).toThrow(
      /^freeze: dist\/embed\/x\/2026-W48\/index\.html is not a frozen embed/,
    );
  });

  it('refuses a copy that links a build asset the next build renames (its stylesheet must be inline)', () => {
    const linked = copyHtml('2026-11-26').replace(
      '<style>.a{}</style>',
      '<link rel="stylesheet" href="/base/_astro/Embed.Bx1.css">',
    );
    expect(() => toCopyParts(linked, 'dist/embed/x/index.html')).toThrow(
      /^freeze: dist\/embed\/x\/index\.html links \/_astro\/Embed\.Bx1\.css, a build asset/,
    );
  });
});

describe(newPack, () => {
  it("keeps the first copy's head, moves its dates to its section and adds the :target style", () => {
    const pack = newPack(toCopyParts(copyHtml('2026-11-26'), 'x'), '2026-W48');
    expect(pack).toContain('<html lang="en" data-chart="model-share-share-30d" data-pack="2026-W48">');
    expect(pack).not.toContain('data-frozen="2026-11-26">');
    expect(pack).toContain('<script>frame()</script><style>.a{}</style><style>.ta-copy{display:none}');
    expect(pack).toContain(
      '<section class="ta-copy" id="2026-11-26" data-as-of="2026-11-26" data-frozen="2026-11-26" ' +
        'data-title="Share, 2026-11-26 · Token Atlas"><article class="ta-embed"><p>drawn on 2026-11-26</p></article></section>',
    );
    expect(packDates(pack)).toEqual(['2026-11-26']);
  });
});

describe(addToPack, () => {
  const first = newPack(toCopyParts(copyHtml('2026-11-26'), 'x'), '2026-W48');

  it('adds a copy after the others and leaves every byte before it as it was', () => {
    const next = addToPack(first, toCopyParts(copyHtml('2026-11-27', '<p>new</p>', 'Changed title'), 'x'));
    const end = first.lastIndexOf('</main>');
    expect(next.startsWith(first.slice(0, end))).toBe(true);
    expect(next.endsWith(first.slice(end))).toBe(true);
    expect(packDates(next)).toEqual(['2026-11-26', '2026-11-27']);
    expect(next).toContain(toSection(toCopyParts(copyHtml('2026-11-27', '<p>new</p>', 'Changed title'), 'x')));
  });

  it('keeps the copies in date order when an earlier date comes late', () => {
    const later = addToPack(first, toCopyParts(copyHtml('2026-11-28'), 'x'));
    expect(packDates(addToPack(later, toCopyParts(copyHtml('2026-11-27'), 'x')))).toEqual([
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
    ]);
  });

  it('refuses a second copy of a date', () => {
    expect(() => addToPack(first, toCopyParts(copyHtml('2026-11-26', '<p>other</p>'), 'x'))).toThrow(
      /already holds 2026-11-26/,
    );
  });
});
