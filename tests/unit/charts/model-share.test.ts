import { describe, expect, it } from 'vitest';
import { modelShareChart, toShareTips } from '../../../src/lib/charts/model-share.ts';
import { SIZES } from '../../../src/lib/charts/theme.ts';
import { toMonthlySeries } from '../../../src/lib/transform/monthly-shares.ts';
import { toShareSeries } from '../../../src/lib/transform/shares.ts';
import { authorOf } from '../../../src/lib/transform/model-slugs.ts';
import { days } from '../../fakes/model-rows.ts';
import { smallestTextAt, svgWidth, tickLabels, tooltips } from './svg-checks.ts';
import { prettySvg } from '../../fakes/svg-snapshot.ts';

// Ten days to 24 Nov 2026: b/rise overtakes a/lead; c/small folds into Other with the API's other row.
const rows = days(
  '2026-11-15',
  10,
  (i) => ({ 'a/lead': 500 - 20 * i, 'b/rise': 200 + 40 * i, 'c/small': 50 }),
  (i) => 150 + 5 * i,
);
const series = toShareSeries(rows, { window: '30d', topN: 2 })!;
const colors = ['#332288', '#88CCEE', '#9a9a9a'];
const size = { width: 640, height: 300 };

/** The fill of each band's path, in drawing order. */
function bandFills(svg: string): string[] {
  const bands = /<g[^>]*aria-label="line"[^>]*>(.*?)<\/g>/s.exec(svg)?.[1] ?? '';
  return [...bands.matchAll(/fill="([^"]+)"/g)].map((m) => m[1] ?? '');
}

/** The highest point (smallest y) of each band's path, in drawing order. */
function bandTops(svg: string): number[] {
  const bands = /<g[^>]*aria-label="line"[^>]*>(.*?)<\/g>/s.exec(svg)?.[1] ?? '';
  return [...bands.matchAll(/ d="([^"]+)"/g)].map((m) =>
    Math.min(...[...(m[1] ?? '').matchAll(/,(-?[\d.]+)/g)].map((y) => Number(y[1]))),
  );
}

describe(modelShareChart, () => {
  it('draws the share variant', async () => {
    const svg = modelShareChart('model-share-30d-share', series, { variant: 'share', colors, size });
    await expect(prettySvg(svg)).toMatchFileSnapshot('./__snapshots__/model-share-30d-share.svg');
  });

  it('draws the absolute variant in human token units', async () => {
    const svg = modelShareChart('model-share-30d-absolute', series, { variant: 'absolute', colors, size });
    expect(svg).toContain('>1K<');
    await expect(prettySvg(svg)).toMatchFileSnapshot('./__snapshots__/model-share-30d-absolute.svg');
  });

  it('stacks Other on top in its grey: each band is drawn from zero, the topmost first, the next over it', () => {
    const svg = modelShareChart('model-share-order', series, { variant: 'share', colors, size });
    expect(bandFills(svg)).toEqual([...colors].reverse());
    const tops = bandTops(svg);
    expect(tops[0]).toBeLessThan(tops[1] ?? 0); // Other reaches highest (100%)
    expect(tops[1]).toBeLessThan(tops[2] ?? 0);
  });

  it('draws by author with the same folding', () => {
    const byAuthor = toShareSeries(rows, { window: '30d', topN: 1, keyOf: authorOf })!;
    const svg = modelShareChart('author-share', byAuthor, { variant: 'share', colors: ['#117733', '#9a9a9a'], size });
    expect(bandFills(svg)).toEqual(['#9a9a9a', '#117733']);
  });

  it('stacks a single day as one bar, Other on top', () => {
    const oneDay = toShareSeries(
      days(
        '2026-11-24',
        1,
        () => ({ 'a/lead': 5, 'b/rise': 3 }),
        () => 2,
      ),
      {
        window: '30d',
        topN: 1,
      },
    )!;
    const svg = modelShareChart('model-share-one', oneDay, { variant: 'share', colors: ['#332288', '#9a9a9a'], size });
    const fills = [...svg.matchAll(/<rect[^>]* fill="([^"]+)"/g)].map((m) => m[1]);
    expect(fills).toEqual(['#332288', '#9a9a9a']);
  });

  it('keeps the SVG lean: one tooltip per period, no per-point titles, no Plot legend', () => {
    const svg = modelShareChart('model-share-lean', series, { variant: 'share', colors, size });
    expect(tooltips(svg)).toHaveLength(series.periods.length);
    expect(svg).not.toContain('legend');
  });

  it('puts each period’s tooltip on a transparent full-height column, in date order', () => {
    const svg = modelShareChart('model-share-tips', series, { variant: 'share', colors, size, labelOf: (k) => k });
    const columns = /<g[^>]*fill="transparent"[^>]*>(.*?)<\/g>/s.exec(svg)?.[1] ?? '';
    expect(columns.match(/<rect/g)).toHaveLength(10);
    expect(tooltips(svg)[0]).toMatch(/^15 Nov 2026 · /);
    expect(tooltips(svg).at(-1)).toMatch(/^24 Nov 2026 · /);
  });
});

describe('modelShareChart, narrow', () => {
  const narrow = (variant: 'share' | 'absolute') =>
    modelShareChart('model-share-30d', series, { variant, colors, size: SIZES.narrow });

  it('draws the narrow share variant', async () => {
    await expect(prettySvg(narrow('share'))).toMatchFileSnapshot('./__snapshots__/model-share-30d-share-narrow.svg');
  });

  it('is 320 px wide with ids and class of its own, so it can sit on a page beside the wide one', () => {
    const svg = narrow('share');
    expect(svgWidth(svg)).toBe(320);
    expect(svg).toContain('class="ta-model-share-30d-narrow"');
  });

  it('keeps its text at 11 px or more in a 254 px box (a 320 px screen)', () =>
    expect(smallestTextAt(narrow('absolute'), 254)).toBeGreaterThanOrEqual(11));

  it('labels three dates, the last one the newest period', () =>
    expect(tickLabels(narrow('share'), 'x')).toEqual(['15 Nov', '19 Nov', '24 Nov']));

  it('has five share ticks, and fewer token ticks than the wide chart', () => {
    expect(tickLabels(narrow('share'), 'y')).toEqual(['0%', '25%', '50%', '75%', '100%']);
    const wide = modelShareChart('w', series, { variant: 'absolute', colors, size: SIZES.wide });
    expect(tickLabels(narrow('absolute'), 'y').length).toBeLessThan(tickLabels(wide, 'y').length);
  });

  it('draws whole-pixel coordinates', () => expect(narrow('share')).not.toMatch(/ d="[^"]*\d\.\d/));
});

describe(toShareTips, () => {
  it('names the month of a series summed by month', () => {
    const rows = days('2025-01-06', 7 * 110, () => ({ 'a/x': 3, 'b/y': 1 }));
    const weekly = toShareSeries(rows, { window: 'all' });
    if (!weekly) throw new Error('no series');
    const tips = toShareTips(toMonthlySeries(weekly));
    expect(tips[0]).toMatch(/^Weeks starting in Jan 2025 · 112 tokens\nLeading: a\/x 75\.0%$/);
    expect(toShareTips(weekly)[0]).toMatch(/^Week of 6 Jan 2025 · /);
  });

  it('names the date, the total and the leading series (never Other), with the legend’s label', () => {
    const tips = toShareTips(series, (key) => key.toUpperCase());
    expect(tips).toHaveLength(10);
    // 15 Nov: a/lead 500, b/rise 200, Other 150 + c/small 50 = 900
    expect(tips[0]).toBe('15 Nov 2026 · 900 tokens\nLeading: A/LEAD 55.6%');
    // 24 Nov: b/rise 560 overtakes a/lead 320
    expect(tips[9]).toMatch(/^24 Nov 2026 · .*\nLeading: B\/RISE /);
  });

  it('says a weekly period is a week', () => {
    const weekly = toShareSeries(
      days('2025-01-06', 120, () => ({ 'a/lead': 5, 'b/rise': 3 })),
      { window: 'all', topN: 1 },
    )!;
    expect(weekly.range.grain).toBe('week');
    expect(toShareTips(weekly)[0]).toMatch(/^Week of 6 Jan 2025 · /);
  });
});
