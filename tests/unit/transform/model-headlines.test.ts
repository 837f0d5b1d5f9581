import { describe, expect, it } from 'vitest';
import { toModelHeadlines } from '../../../src/lib/transform/model-headlines.ts';
import { days } from '../../fakes/model-rows.ts';

// 40 days to 24 Nov 2026; on the last day b/y overtakes a/x, though a/x leads the 30 days.
const rows = days(
  '2026-10-16',
  40,
  (i) => (i === 39 ? { 'b/y': 300, 'a/x': 200 } : i >= 33 ? { 'a/x': 200, 'b/y': 150 } : { 'a/x': 200, 'b/y': 100 }),
  () => 100,
);

describe(toModelHeadlines, () => {
  it('gives the latest day and the last 30 days, each with its total and top model', () => {
    const headlines = toModelHeadlines(rows)!;
    expect(headlines.latestDay).toEqual({
      range: { start: '2026-11-24', end: '2026-11-24', days: 1, grain: 'day' },
      total: 600n,
      top: { key: 'b/y', tokens: 300n, share: 0.5 },
    });
    expect(headlines.last30Days.range).toEqual({ start: '2026-10-26', end: '2026-11-24', days: 30, grain: 'day' });
    expect(headlines.last30Days.top?.key).toBe('a/x');
    expect(headlines.last30Days.total).toBe(23n * 400n + 6n * 450n + 600n);
  });

  it('is null for an empty archive', () => expect(toModelHeadlines([])).toBeNull());
});
