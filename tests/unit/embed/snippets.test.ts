import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  EMBED_FRAME_ATTRIBUTE,
  escapeHtml,
  estimateEmbedHeight,
  iframeSnippet,
  imageSnippet,
  markdownSnippet,
} from '../../../src/lib/embed/snippets.ts';

/** The elements of an HTML snippet, parsed as a browser would. */
function parse(html: string): Document {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;
}

const HOSTILE = 'Apps "best" <script>alert(1)</script> & co\'s';

describe(escapeHtml, () => {
  it('escapes the five characters that end attributes or open tags', () => {
    expect(escapeHtml(`a "b" <c> & 'd'`)).toBe('a &quot;b&quot; &lt;c&gt; &amp; &#39;d&#39;');
  });
});

describe(iframeSnippet, () => {
  const html = iframeSnippet({
    src: 'https://x.io/atlas/embed/model-share-share-30d/',
    title: HOSTILE,
    height: 612.4,
    resizeScript: 'https://x.io/atlas/embed/resize.js',
  });

  it('is one marked iframe with its title intact, then the resize script', () => {
    const doc = parse(html);
    const frame = doc.querySelector('iframe');
    expect(doc.querySelectorAll('iframe')).toHaveLength(1);
    expect(frame?.getAttribute('src')).toBe('https://x.io/atlas/embed/model-share-share-30d/');
    expect(frame?.getAttribute('title')).toBe(HOSTILE);
    expect(frame?.hasAttribute(EMBED_FRAME_ATTRIBUTE)).toBe(true);
    expect(frame?.getAttribute('height')).toBe('612');
    expect([...doc.querySelectorAll('script')].map((s) => s.getAttribute('src'))).toEqual([
      'https://x.io/atlas/embed/resize.js',
    ]);
  });

  it('puts the script on its own line, so it can be left out', () => {
    expect(html.split('\n')).toHaveLength(2);
    expect(html.split('\n')[1]).toMatch(/^<script /);
  });
});

describe(imageSnippet, () => {
  it('links the image to the chart and keeps the alt text whole', () => {
    const doc = parse(
      imageSnippet({ src: 'https://x.io/a.png', href: 'https://x.io/apps/#a', alt: HOSTILE, width: 912, height: 534 }),
    );
    const img = doc.querySelector('a > img');
    expect(doc.querySelector('a')?.getAttribute('href')).toBe('https://x.io/apps/#a');
    expect(img?.getAttribute('alt')).toBe(HOSTILE);
    expect(img?.getAttribute('width')).toBe('912');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
  });
});

describe(markdownSnippet, () => {
  it('writes a linked image', () => {
    expect(markdownSnippet({ src: 'https://x.io/a.png', href: 'https://x.io/b/', title: 'Tasks' })).toBe(
      '[![Tasks](https://x.io/a.png)](https://x.io/b/)',
    );
  });

  it('escapes brackets in the text and parentheses in URLs', () => {
    expect(markdownSnippet({ src: 'https://x.io/a(1).png', href: 'https://x.io/b/', title: 'a [b]\nc' })).toBe(
      '[![a \\[b\\] c](https://x.io/a%281%29.png)](https://x.io/b/)',
    );
  });
});

describe(estimateEmbedHeight, () => {
  it('adds room for the text around the chart, more with a legend', () => {
    expect(estimateEmbedHeight({ height: 420 }, false)).toBeGreaterThan(420);
    expect(estimateEmbedHeight({ height: 420 }, true)).toBeGreaterThan(estimateEmbedHeight({ height: 420 }, false));
  });
});
