import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { CARD_SIZE, toCardSvg, toCitedSvg, type ExportText } from '../../../src/lib/embed/cited-svg.ts';
import { svgSize, wrapText } from '../../../src/lib/embed/svg-text.ts';

const CHART =
  '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360" fill="currentColor">' +
  '<rect x="10" y="10" width="100" height="50"/><text x="20" y="300">axis</text></svg>';

const TEXT: ExportText = {
  title: 'Popular <b>apps</b> & "friends"',
  attribution: 'Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-20T02:00:00Z.',
  warning: false,
  source: 'Token Atlas · https://x.io/apps/popular/#apps-popular-all',
};

/** Every text drawn in an SVG, as a reader (or a search in the file) would see it. */
function textsOf(svg: string): string[] {
  const { document } = parseHTML(`<html><body>${svg}</body></html>`);
  return [...document.querySelectorAll('text')].map((t) => t.textContent ?? '');
}

describe(toCitedSvg, () => {
  const cited = toCitedSvg(CHART, TEXT);

  it('draws the title above the chart and the citation and source below it', () => {
    const texts = textsOf(cited.svg);
    expect(texts[0]).toBe(TEXT.title);
    expect(texts.join(' ')).toContain(TEXT.attribution);
    expect(texts.at(-1)).toBe(TEXT.source);
    expect(texts).toContain('axis');
  });

  it('escapes the text, so a name can never add markup', () => {
    expect(cited.svg).not.toContain('<b>');
    expect(cited.svg).toContain('Popular &lt;b&gt;apps&lt;/b&gt; &amp; &quot;friends&quot;');
  });

  it('is a standalone SVG whose size leaves room for the text', () => {
    expect(cited.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" /);
    expect(svgSize(cited.svg)).toEqual({ width: cited.width, height: cited.height });
    expect(cited.width).toBeGreaterThan(640);
    expect(cited.height).toBeGreaterThan(360 + 60);
  });

  it('draws the synthetic notice on a warning background', () => {
    const warned = toCitedSvg(CHART, { ...TEXT, warning: true });
    expect(warned.svg).toContain('fill="#fff3d1"');
    expect(cited.svg).not.toContain('fill="#fff3d1"');
  });

  it('wraps a long citation onto more lines instead of cutting it', () => {
    const long = {
      ...TEXT,
      attribution: `${'Artificial Analysis (artificialanalysis.ai) '.repeat(6)}as of 2026-11-20.`,
    };
    const wrapped = toCitedSvg(CHART, long);
    expect(wrapped.height).toBeGreaterThan(cited.height);
    expect(textsOf(wrapped.svg).join(' ')).toContain('as of 2026-11-20.');
  });
});

describe(toCardSvg, () => {
  it('is 1200×630 with the title and the citation', () => {
    const card = toCardSvg(CHART, TEXT);
    expect(svgSize(card.svg)).toEqual(CARD_SIZE);
    expect(textsOf(card.svg)).toContain(TEXT.title);
    expect(textsOf(card.svg).join(' ')).toContain('as of 2026-11-20T02:00:00Z.');
  });
});

describe(wrapText, () => {
  it('breaks at spaces to fit the width', () => {
    expect(wrapText('aaaa bbbb cccc', 60, 10)).toEqual(['aaaa bbbb', 'cccc']);
  });

  it('cuts a word longer than a line', () => {
    expect(wrapText('a'.repeat(20), 48, 10)).toEqual(['a'.repeat(8), 'a'.repeat(8), 'a'.repeat(4)]);
  });

  it('ends the last kept line in an ellipsis when lines run out', () => {
    const lines = wrapText('one two three four five six seven eight', 60, 10, { maxLines: 2 });
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
  });
});

describe(svgSize, () => {
  it('reads the root width and height', () => {
    expect(svgSize(CHART)).toEqual({ width: 640, height: 360 });
  });

  it('throws one line for an SVG without a size', () => {
    expect(() => svgSize('<svg viewBox="0 0 1 1"></svg>')).toThrow(/no numeric width and height/);
  });
});
