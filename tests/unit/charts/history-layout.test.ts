import { describe, expect, it } from 'vitest';
import { columnScale, gapBands, toHistoryLayout, toSegments } from '../../../src/lib/charts/history-layout.ts';

const columns = (gaps: boolean[]) => gaps.map((gapBefore, i) => ({ date: `2026-11-${String(10 + i)}`, gapBefore }));

describe(toSegments, () => {
  it.each([
    ['one unbroken line', [false, false, false], [true, true, true], [0, 0, 0]],
    ['a missing value splits the line', [false, false, false], [true, false, true], [0, null, 1]],
    ['a gap splits the line', [false, false, true, false], [true, true, true, true], [0, 0, 1, 1]],
    ['a gap after a missing value splits once more', [false, false, true], [true, false, true], [0, null, 2]],
  ])('%s', (_name, gaps, present, expected) => {
    expect(toSegments(columns(gaps), present)).toEqual(expected);
  });
});

describe(toHistoryLayout, () => {
  it('uses larger type and fewer ticks below 560 px, and room for names only when asked', () => {
    expect(toHistoryLayout({ width: 375, height: 300 }, true)).toMatchObject({ narrow: true, fontSize: 14, xTicks: 4 });
    expect(toHistoryLayout({ width: 880, height: 400 }, false)).toMatchObject({
      narrow: false,
      fontSize: 12,
      xTicks: 8,
    });
    const named = toHistoryLayout({ width: 375, height: 300 }, true).marginRight;
    expect(named).toBeGreaterThan(toHistoryLayout({ width: 375, height: 300 }, false).marginRight);
  });
});

describe(columnScale, () => {
  const layout = toHistoryLayout({ width: 375, height: 300 }, false);
  it.each([
    [['2026-11-17', '2026-11-20'], 'day'],
    [['2026-10-20', '2026-11-20'], '2 weeks'],
    [['2026-05-20', '2026-11-20'], '3 months'],
    [['2025-01-20', '2026-11-20'], '6 months'],
    [['2023-11-20', '2026-11-20'], 'year'],
  ])('ticks %j every %s on a narrow chart', (dates, interval) => {
    expect(
      columnScale(
        dates.map((date) => ({ date })),
        layout,
      ),
    ).toEqual({
      type: 'utc',
      label: null,
      ticks: interval,
      domain: dates.map((date) => new Date(`${date}T00:00:00Z`)),
    });
  });

  it('spans every column even when no line is drawn at the first ones', () => {
    const scale = columnScale([{ date: '2024-12-30' }, { date: '2025-06-02' }, { date: '2026-11-16' }], layout);
    expect(scale.domain).toEqual([new Date('2024-12-30T00:00:00Z'), new Date('2026-11-16T00:00:00Z')]);
  });
});

describe(gapBands, () => {
  it('draws one band per gap and nothing without gaps', () => {
    expect(gapBands(columns([false, true, false, true]))).toHaveLength(1); // one mark holding both bands
    expect(gapBands(columns([false, false]))).toEqual([]);
  });
});
