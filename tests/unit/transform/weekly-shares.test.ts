import { describe, expect, it } from 'vitest';
import { OTHER_KEY } from '../../../src/lib/transform/shares.ts';
import { toWeekRange, toWeeklyShareSeries, toWholeWeeks } from '../../../src/lib/transform/weekly-shares.ts';
import { day } from '../../fakes/model-rows.ts';

/** `count` weekly rows from the Monday `start`, each built by `models(index)`, `other` last. */
function weeks(start: string, count: number, models: (i: number) => Record<string, number>, other = 0) {
  const base = Date.parse(`${start}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => {
    const monday = new Date(base + i * 7 * 86_400_000).toISOString().slice(0, 10);
    return day(monday, models(i), other);
  }).flat();
}

describe(toWholeWeeks, () => {
  it('leaves out the week whose Sunday is not over at as_of, and says so', () => {
    const rows = weeks('2026-11-02', 3, () => ({ 'a/x': 5 }));
    const whole = toWholeWeeks(rows, '2026-11-20T12:00:00Z');
    expect([...new Set(whole.rows.map((r) => r.date))]).toEqual(['2026-11-02', '2026-11-09']);
    expect(whole.inProgress).toEqual(['2026-11-16']);
  });

  it('keeps a week whose Sunday ended before as_of', () => {
    const rows = weeks('2026-11-09', 1, () => ({ 'a/x': 5 }));
    expect(toWholeWeeks(rows, '2026-11-16T02:00:00Z').inProgress).toEqual([]);
  });

  it('leaves out a first week that starts before the data does', () => {
    const rows = weeks('2024-12-30', 2, () => ({ 'a/x': 5 }));
    const whole = toWholeWeeks(rows, '2026-11-20T12:00:00Z');
    expect(whole.leading).toEqual(['2024-12-30']);
    expect(whole.rows.every((r) => r.date === '2025-01-06')).toBe(true);
  });

  it('treats the newest week as in progress when as_of cannot be read', () =>
    expect(
      toWholeWeeks(
        weeks('2026-11-02', 2, () => ({ 'a/x': 1 })),
        'soon',
      ).inProgress,
    ).toEqual(['2026-11-09']));

  it('returns nothing for no rows', () =>
    expect(toWholeWeeks([], '2026-11-20T12:00:00Z')).toEqual({ rows: [], inProgress: [], leading: [] }));
});

describe(toWeekRange, () => {
  it.each([
    [12, { start: '2026-08-24', end: '2026-11-15', days: 84, grain: 'week' }],
    [52, { start: '2025-11-17', end: '2026-11-15', days: 364, grain: 'week' }],
    [null, { start: '2025-01-06', end: '2026-11-15', days: 679, grain: 'week' }],
    [200, { start: '2025-01-06', end: '2026-11-15', days: 679, grain: 'week' }],
  ])('covers the last %s weeks to the newest Sunday, clipped to the first week', (count, expected) =>
    expect(toWeekRange('2025-01-06', '2026-11-09', count)).toEqual(expected),
  );

  it('is null when the first week is after the last', () =>
    expect(toWeekRange('2026-11-09', '2026-11-02', 4)).toBeNull());
});

describe(toWeeklyShareSeries, () => {
  const rows = weeks('2026-01-05', 20, (i) => ({ 'a/x': 60 - i, 'b/y': 20 + i, 'c/z': 10 }), 10);

  it('has one period per week, dated by Monday, at the week grain', () => {
    const series = toWeeklyShareSeries(rows, { window: '12w' });
    expect(series?.range.grain).toBe('week');
    expect(series?.periods).toHaveLength(12);
    expect(series?.periods[0]).toBe('2026-03-02');
    expect(series?.periods.at(-1)).toBe('2026-05-18');
  });

  it('keeps the top keys and puts Other last, folding the API other and the keys outside the top', () => {
    const series = toWeeklyShareSeries(rows, { window: 'all', topN: 2 });
    expect(series?.keys).toEqual(['a/x', 'b/y', OTHER_KEY]);
    const firstWeek = series?.points.filter((p) => p.period === '2026-01-05');
    expect(firstWeek?.map((p) => [p.key, p.tokens])).toEqual([
      ['a/x', 60n],
      ['b/y', 20n],
      [OTHER_KEY, 20n],
    ]);
  });

  it("sums each week's shares to 1", () => {
    const series = toWeeklyShareSeries(rows, { window: '52w' });
    for (const period of series?.periods ?? []) {
      const sum = (series?.points ?? []).filter((p) => p.period === period).reduce((s, p) => s + p.share, 0);
      expect(sum).toBeCloseTo(1, 12);
    }
  });

  it('totals each key over the window, and the window exactly', () => {
    const series = toWeeklyShareSeries(rows, { window: 'all' });
    expect(series?.total).toBe(2000n);
    expect(series?.totals.find((t) => t.key === 'c/z')).toEqual({ key: 'c/z', tokens: 200n, share: 0.1 });
  });

  it('is null without rows', () => expect(toWeeklyShareSeries([], { window: '12w' })).toBeNull());
});
