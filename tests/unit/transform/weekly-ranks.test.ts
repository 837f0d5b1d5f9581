import { describe, expect, it } from 'vitest';
import { MAX_WEEK_COLUMNS, toRankColumns, toWeeklyRankColumns } from '../../../src/lib/transform/weekly-ranks.ts';
import { day, days } from '../../fakes/model-rows.ts';

describe(toWeeklyRankColumns, () => {
  it('ranks each ISO week by summed top-50 tokens, ties alphabetical, and counts the days it holds', () => {
    const rows = [
      ...days(
        '2026-11-16',
        7,
        (i) => (i < 4 ? { 'a/x': 10, 'b/y': 5 } : { 'b/y': 30, 'a/x': 1 }),
        () => 100,
      ),
      ...day('2026-11-23', { 'c/z': 9, 'a/x': 9 }),
    ];
    const columns = toWeeklyRankColumns(rows, 'all');
    expect(columns.map((c) => [c.date, c.days, Object.fromEntries(c.ranks)])).toEqual([
      // a: 4×10 + 3×1 = 43; b: 4×5 + 3×30 = 110.
      ['2026-11-16', 7, { 'b/y': 1, 'a/x': 2 }],
      ['2026-11-23', 1, { 'a/x': 1, 'c/z': 2 }],
    ]);
    expect(columns[0]?.labels?.get('b/y')).toBe('y');
    expect(toWeeklyRankColumns(rows, 'all', (slug) => slug.toUpperCase())[0]?.labels?.get('b/y')).toBe('B/Y');
    expect(columns.every((c) => !c.ranks.has('other'))).toBe(true);
  });

  it('sums exactly beyond 2^53', () => {
    const rows = [
      ...day('2026-11-16', { 'a/x': 9007199254740993n, 'b/y': 9007199254740992n }),
      ...day('2026-11-17', { 'b/y': 2, 'a/x': 0 }),
    ];
    // a: 9007199254740993, b: 9007199254740994: b leads by one token.
    expect(Object.fromEntries(toWeeklyRankColumns(rows, 'all')[0]?.ranks ?? [])).toEqual({ 'b/y': 1, 'a/x': 2 });
  });

  it('keeps the last 26 weeks for 6m and every week for all', () => {
    const rows = days('2026-01-05', 7 * 30, () => ({ 'a/x': 1 }));
    const sixMonths = toWeeklyRankColumns(rows, '6m');
    expect(sixMonths).toHaveLength(26);
    expect(sixMonths[0]?.date).toBe('2026-02-02');
    expect(sixMonths.at(-1)?.date).toBe('2026-07-27');
    expect(toWeeklyRankColumns(rows, 'all')).toHaveLength(30);
  });

  it('marks a week with no rows between two others as a gap', () => {
    const rows = [
      ...day('2026-11-02', { 'a/x': 1 }),
      ...day('2026-11-16', { 'a/x': 1 }),
      ...day('2026-11-23', { 'a/x': 1 }),
    ];
    expect(toWeeklyRankColumns(rows, 'all').map((c) => c.gapBefore)).toEqual([false, true, false]);
  });

  it('has no columns without rows', () => {
    expect(toWeeklyRankColumns([], '6m')).toEqual([]);
  });
});

describe(toRankColumns, () => {
  it(`keeps weeks up to ${MAX_WEEK_COLUMNS} columns`, () => {
    const rows = days('2024-01-01', 7 * MAX_WEEK_COLUMNS, () => ({ 'a/x': 1 }));
    const { period, columns } = toRankColumns(rows, 'all');
    expect(period).toBe('week');
    expect(columns).toHaveLength(MAX_WEEK_COLUMNS);
  });

  it('ranks a longer span by calendar month, each over the days it holds, with missing months as gaps', () => {
    // Mon 1 Jan 2024 to Sun 8 Feb 2026 (110 weeks, 106 with rows); a leads in 2024, b from 2025; no rows in March 2025.
    const rows = days('2024-01-01', 7 * 110, (i) =>
      i < 366 ? { 'a/x': 10, 'b/y': 5 } : { 'b/y': 30, 'a/x': 1 },
    ).filter((row) => !row.date.startsWith('2025-03'));
    const { period, columns } = toRankColumns(rows, 'all', (slug) => slug.toUpperCase());
    expect(period).toBe('month');
    expect(columns.map((c) => c.date)).toEqual([
      ...Array.from({ length: 12 }, (_, m) => `2024-${String(m + 1).padStart(2, '0')}-01`),
      '2025-01-01',
      '2025-02-01',
      ...Array.from({ length: 9 }, (_, m) => `2025-${String(m + 4).padStart(2, '0')}-01`),
      '2026-01-01',
      '2026-02-01',
    ]);
    expect(columns.map((c) => c.gapBefore).filter(Boolean)).toHaveLength(1);
    expect(columns[14]).toMatchObject({ date: '2025-04-01', gapBefore: true, days: 30 });
    expect(columns[1]?.days).toBe(29);
    expect(columns.at(-1)?.days).toBe(8);
    expect(Object.fromEntries(columns[0]?.ranks ?? [])).toEqual({ 'a/x': 1, 'b/y': 2 });
    expect(Object.fromEntries(columns.at(-1)?.ranks ?? [])).toEqual({ 'b/y': 1, 'a/x': 2 });
    expect(columns[0]?.labels?.get('a/x')).toBe('A/X');
  });

  it('keeps weeks for the last 26 weeks however long the archive', () => {
    const rows = days('2020-01-06', 7 * 300, () => ({ 'a/x': 1 }));
    expect(toRankColumns(rows, '6m')).toMatchObject({ period: 'week' });
    expect(toRankColumns(rows, '6m').columns).toHaveLength(26);
  });
});
