import { describe, expect, it } from 'vitest';
import { isolatedPoints, modelRankChart } from '../../../src/lib/charts/model-rank.ts';
import { SIZES } from '../../../src/lib/charts/theme.ts';
import { toModelHistory } from '../../../src/lib/transform/model-history.ts';
import { toModelPeriods } from '../../../src/lib/transform/model-history-weekly.ts';
import { day, days } from '../../fakes/model-rows.ts';
import { smallestTextAt, tickLabels } from './svg-checks.ts';
import { prettySvg } from '../../fakes/svg-snapshot.ts';

// a/x ranks 2, 1, 3, then drops out of the top 50, returns alone for a day, drops out again, and ranks 2.
const rows = [
  ...day('2026-11-18', { 'b/y': 90, 'a/x': 50, 'c/z': 10 }),
  ...day('2026-11-19', { 'a/x': 95, 'b/y': 90 }),
  ...day('2026-11-20', { 'b/y': 90, 'c/z': 60, 'a/x': 30 }),
  ...day('2026-11-21', { 'b/y': 90 }, 40),
  ...day('2026-11-22', { 'b/y': 90, 'a/x': 20 }),
  ...day('2026-11-23', { 'b/y': 90 }, 40),
  ...day('2026-11-24', { 'b/y': 90, 'a/x': 70 }),
];
const history = toModelPeriods(toModelHistory(rows, 'a/x'));

describe(modelRankChart, () => {
  it('draws rank over time, rank 1 on top, with gaps outside the top 50', async () => {
    const svg = modelRankChart('model-rank', history, { color: '#332288', size: { width: 640, height: 240 } });
    await expect(prettySvg(svg)).toMatchFileSnapshot('./__snapshots__/model-rank.svg');
  });

  it('marks where weekly median ranks give way to daily ranks with a dashed line', () => {
    const long = days('2025-01-01', 429, (i) => (i % 2 === 0 ? { 'a/x': 2, 'b/y': 1 } : { 'b/y': 2, 'a/x': 1 }));
    const periods = toModelPeriods(toModelHistory(long, 'a/x'));
    expect(periods.dailyFrom).toBe('2025-03-03');
    const svg = modelRankChart('model-rank', periods, { color: '#332288', size: { width: 640, height: 240 } });
    expect(svg.match(/stroke-dasharray="4 3"/g)).toHaveLength(1);
    expect(
      modelRankChart('model-rank', history, { color: '#332288', size: { width: 640, height: 240 } }),
    ).not.toContain('stroke-dasharray');
  });
});

describe('modelRankChart, narrow', () => {
  const narrow = modelRankChart('model-rank', history, { color: '#332288', size: SIZES.narrow });

  it('draws the narrow rank chart', async () =>
    await expect(prettySvg(narrow)).toMatchFileSnapshot('./__snapshots__/model-rank-narrow.svg'));

  it('ticks ranks 1, 25 and 50 and dates ending on the newest day', () => {
    expect(tickLabels(narrow, 'y')).toEqual(['1', '25', '50']);
    expect(tickLabels(narrow, 'x').at(-1)).toBe('24 Nov');
  });

  it('keeps its text at 11 px or more in a 254 px box', () =>
    expect(smallestTextAt(narrow, 254)).toBeGreaterThanOrEqual(11));
});

describe(isolatedPoints, () => {
  it('finds the days a line cannot show: ranked between two gaps or the series edge', () => {
    const date = (d: number) => new Date(Date.UTC(2026, 10, d));
    const points = [
      { date: date(1), value: 1 },
      { date: date(2), value: undefined },
      { date: date(3), value: 5 },
      { date: date(4), value: undefined },
      { date: date(5), value: 2 },
      { date: date(6), value: 3 },
    ];
    expect(isolatedPoints(points)).toEqual([
      { date: date(1), value: 1 },
      { date: date(3), value: 5 },
    ]);
  });
});
