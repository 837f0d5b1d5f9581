import { describe, expect, it } from 'vitest';
import { modelMixChart } from '../../../src/lib/charts/model-mix.ts';
import { contrastRatio } from '../../../src/lib/transform/colors.ts';
import type { MixRow } from '../../../src/lib/transform/model-mix.ts';
import { markTexts, readingOrder, smallestTextAt } from './svg-checks.ts';
import { prettySvg } from '../../fakes/svg-snapshot.ts';

const range = { start: '2026-10-26', end: '2026-11-22', days: 28, grain: 'week' as const };
const row = (category: string, share: number, rank: number | null): MixRow => ({
  category,
  range,
  tokens: BigInt(Math.round(share * 1e9)),
  share,
  rank,
  total: 1_000_000_000n,
});
const MIX = [row('programming', 0.31, 1), row('roleplay', 0.12, 4), row('legal', 0, null)];
const label = (category: string) => category.charAt(0).toUpperCase() + category.slice(1);

/** The bar fill of a bar chart. */
const barFill = (svg: string) => /<g[^>]*fill="(#[0-9A-Fa-f]{6})"[^>]*aria-label="bar"/.exec(svg)?.[1] ?? '';

describe(modelMixChart, () => {
  it('draws the categories where the model ranked, with share and rank', () => {
    const svg = modelMixChart('model-categories', MIX, label, '#0072B2');
    expect(svg.match(/<rect/g)).toHaveLength(2);
    expect(markTexts(svg)).toEqual(['31.0% · #1', '12.0% · #4']);
  });

  it('draws a pale model colour in a shade that reaches 3:1 on light and dark pages', () => {
    const fill = barFill(modelMixChart('model-categories', MIX, label, '#EEDD88'));
    expect(contrastRatio(fill, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(fill, '#101217')).toBeGreaterThanOrEqual(3);
  });

  it('draws the narrow chart: names above bars, text 11 px or more in a 254 px box', async () => {
    const narrow = modelMixChart('model-categories', MIX, label, '#0072B2', 'narrow');
    expect(readingOrder(narrow)).toEqual(['Programming', '31.0% · #1', 'Roleplay', '12.0% · #4']);
    expect(smallestTextAt(narrow, 254)).toBeGreaterThanOrEqual(11);
    await expect(prettySvg(narrow)).toMatchFileSnapshot('__snapshots__/model-categories-narrow.svg');
  });
});
