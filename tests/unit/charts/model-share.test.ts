import { describe, expect, it } from 'vitest';
import { modelShareChart } from '../../../src/lib/charts/model-share.ts';
import { toShareSeries } from '../../../src/lib/transform/shares.ts';
import { authorOf } from '../../../src/lib/transform/model-slugs.ts';
import { days } from '../../fakes/model-rows.ts';

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

/** The fill of each area path, in drawing order. */
function areaFills(svg: string): string[] {
  const area = /<g aria-label="area">(.*?)<\/g>/s.exec(svg)?.[1] ?? '';
  return [...area.matchAll(/fill="([^"]+)"/g)].map((m) => m[1] ?? '');
}

describe(modelShareChart, () => {
  it('draws the share variant', async () => {
    const svg = modelShareChart('model-share-30d-share', series, { variant: 'share', colors, size });
    await expect(svg).toMatchFileSnapshot('./__snapshots__/model-share-30d-share.svg');
  });

  it('draws the absolute variant in human token units', async () => {
    const svg = modelShareChart('model-share-30d-absolute', series, { variant: 'absolute', colors, size });
    expect(svg).toContain('>1K<');
    await expect(svg).toMatchFileSnapshot('./__snapshots__/model-share-30d-absolute.svg');
  });

  it('draws Other last, on top, in its grey', () => {
    const svg = modelShareChart('model-share-order', series, { variant: 'share', colors, size });
    expect(areaFills(svg)).toEqual(colors);
  });

  it('draws by author with the same folding', () => {
    const byAuthor = toShareSeries(rows, { window: '30d', topN: 1, keyOf: authorOf })!;
    const svg = modelShareChart('author-share', byAuthor, { variant: 'share', colors: ['#117733', '#9a9a9a'], size });
    expect(areaFills(svg)).toEqual(['#117733', '#9a9a9a']);
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

  it('keeps the SVG lean: no per-point titles, no Plot legend', () => {
    const svg = modelShareChart('model-share-lean', series, { variant: 'share', colors, size });
    expect(svg).not.toContain('<title');
    expect(svg).not.toContain('legend');
  });
});
