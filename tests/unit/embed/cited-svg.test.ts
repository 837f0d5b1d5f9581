import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { CARD_SIZE, standalone, toCardSvg, toCitedSvg, type ExportText } from '../../../src/lib/embed/cited-svg.ts';
import { fitText, legendRows, svgSize, wrapText } from '../../../src/lib/embed/svg-text.ts';
import type { LegendKey } from '../../../src/lib/charts/theme.ts';

const CHART =
  '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360" fill="currentColor">' +
  '<rect x="10" y="10" width="100" height="50"/><text x="20" y="300">axis</text></svg>';

const TEXT: ExportText = {
  title: 'Popular <b>apps</b> & "friends"',
  attribution: 'Source: OpenRouter (openrouter.ai/rankings), as of 2026-11-20T02:00:00Z.',
  warning: false,
  source: 'Token Atlas · https://x.io/apps/popular/#apps-popular-all',
  legend: [],
};

const LEGEND: LegendKey[] = [
  { label: 'anthropic/claude-sonnet-4 <b>', color: '#0072B2' },
  { label: 'openai/gpt-4o', color: '#EE7733' },
  { label: 'Other', color: '#9a9a9a' },
];
const SYMBOLS: LegendKey[] = [
  { label: 'In the rankings', color: '#0072B2', kind: 'dot-filled' },
  { label: 'Not in the rankings', color: '#0072B2', kind: 'dot-hollow' },
  { label: 'Cost/score frontier', color: '#D55E00', kind: 'line' },
];

/** Every text drawn in an SVG, as a reader (or a search in the file) would see it. */
function textsOf(svg: string): string[] {
  return placedTexts(svg).map((t) => t.text);
}

/** Every text drawn in an SVG with the position of its <text> element. */
function placedTexts(svg: string): { x: number; y: number; text: string }[] {
  const { document } = parseHTML(`<html><body>${svg}</body></html>`);
  return [...document.querySelectorAll('text')].map((t) => ({
    x: Number(t.getAttribute('x')),
    y: Number(t.getAttribute('y')),
    text: t.textContent ?? '',
  }));
}

describe(standalone, () => {
  it('resolves CSS variables to their light fallbacks, which resvg can draw', () => {
    const halo =
      '<text stroke="var(--color-page, #ffffff)" fill="currentColor">A</text><path stroke="var(--ta-bg, white)"/>';
    expect(standalone(halo)).toBe('<text stroke="#ffffff" fill="currentColor">A</text><path stroke="white"/>');
  });

  it('leaves a chart without variables as it is', () => expect(standalone(CHART)).toBe(CHART));

  it('draws halos in the cited SVG and the card', () => {
    const chart = CHART.replace('</svg>', '<text stroke="var(--color-page, #ffffff)">x</text></svg>');
    for (const svg of [toCitedSvg(chart, TEXT).svg, toCardSvg(chart, TEXT).svg]) {
      expect(svg).not.toContain('var(');
      expect(svg).toContain('stroke="#ffffff"');
    }
  });
});

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

  it('draws every legend entry between the chart and the citation, in order, each with its colour', () => {
    const keyed = toCitedSvg(CHART, { ...TEXT, legend: LEGEND });
    const texts = textsOf(keyed.svg);
    const at = (text: string) => texts.indexOf(text);
    expect(at('anthropic/claude-sonnet-4 <b>')).toBeGreaterThan(at('axis'));
    expect(at('openai/gpt-4o')).toBeGreaterThan(at('anthropic/claude-sonnet-4 <b>'));
    expect(at('Other')).toBeLessThan(texts.findIndex((t) => t.includes('Source: OpenRouter')));
    for (const item of LEGEND) expect(keyed.svg).toContain(`fill="${item.color}"`);
    expect(keyed.svg).not.toContain('<b>');
    expect(keyed.height).toBeGreaterThan(cited.height);
  });

  it('draws the symbol key as the chart draws it: filled and hollow dots and a line', () => {
    const keyed = toCitedSvg(CHART, { ...TEXT, legend: SYMBOLS }).svg;
    expect(keyed).toMatch(/<circle [^>]*fill="#0072B2" fill-opacity="0.55"/);
    expect(keyed).toMatch(/<circle [^>]*fill="none" stroke="#0072B2"/);
    expect(keyed).toMatch(/<line [^>]*stroke="#D55E00"/);
    expect(textsOf(keyed)).toEqual(expect.arrayContaining(SYMBOLS.map((s) => s.label)));
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

  it('draws the legend in a column beside the chart', () => {
    const card = toCardSvg(CHART, { ...TEXT, legend: SYMBOLS }).svg;
    const keys = placedTexts(card).filter((t) => SYMBOLS.some((k) => k.label === t.text));
    expect(keys.map((k) => k.text)).toEqual(SYMBOLS.map((k) => k.label));
    expect(new Set(keys.map((k) => k.x)).size).toBe(1); // one column…
    expect(keys[0]?.x).toBeGreaterThan(CARD_SIZE.width / 2); // …right of the chart
  });

  it('fits 16 entries with long names inside the card', () => {
    const many = Array.from({ length: 16 }, (_, i) => ({
      label: `provider/a-rather-long-model-name-${i}`,
      color: '#0072B2',
    }));
    const card = toCardSvg(CHART, { ...TEXT, legend: many }).svg;
    const ys = placedTexts(card)
      .filter((t) => t.text.startsWith('provider/'))
      .map((t) => t.y);
    expect(ys.length).toBeGreaterThanOrEqual(16);
    expect(Math.max(...ys)).toBeLessThan(CARD_SIZE.height - 48 - 26); // above the citation
  });
});

describe(legendRows, () => {
  const at = { x: 10, y: 20, width: 200, size: 10, lineHeight: 16 };

  it('flows entries left to right and wraps to a new row when the next would overflow', () => {
    const block = legendRows(LEGEND, at);
    const ys = placedTexts(block.svg).map((t) => t.y);
    expect(ys[0]).toBe(20);
    expect(ys.at(-1)).toBeGreaterThan(20);
    expect(block.height).toBe(16 * new Set(ys).size);
  });

  it('puts one entry per row in a column, wrapping a long label onto a second line', () => {
    const block = legendRows([{ label: 'word '.repeat(12).trim(), color: '#000000' }, LEGEND[1]!], {
      ...at,
      column: true,
    });
    expect([...block.svg.matchAll(/<text /g)]).toHaveLength(3);
  });

  it('is empty for no entries', () => expect(legendRows([], at)).toEqual({ svg: '', height: 0 }));
});

describe(fitText, () => {
  it('keeps text that fits and cuts text that does not with an ellipsis', () => {
    expect(fitText('abc', 100, 10)).toBe('abc');
    expect(fitText('abcdefghij', 30, 10)).toBe('abcd…');
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
