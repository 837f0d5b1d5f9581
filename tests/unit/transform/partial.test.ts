import { describe, expect, it } from 'vitest';
import { asOfDate, toCompleteDays } from '../../../src/lib/transform/partial.ts';
import { day } from '../../fakes/model-rows.ts';

describe(asOfDate, () => {
  it.each([
    ['2026-11-25T10:00:00.000Z', '2026-11-25'],
    ['2026-11-25T10:00:00+02:00', '2026-11-25'],
    ['2026-11-25T01:00:00+02:00', '2026-11-24'],
    ['2026-11-25', '2026-11-25'],
    ['not a time', null],
  ])('%s -> %s', (asOf, expected) => expect(asOfDate(asOf)).toBe(expected));
});

describe(toCompleteDays, () => {
  const rows = [...day('2026-11-24', { 'a/x': 5 }, 1), ...day('2026-11-25', { 'a/x': 2 }, 1)];

  it('leaves out the day during which as_of was generated', () => {
    const result = toCompleteDays(rows, '2026-11-25T10:00:00Z');
    expect(result.inProgress).toEqual(['2026-11-25']);
    expect(result.rows.map((r) => r.date)).toEqual(['2026-11-24', '2026-11-24']);
  });

  it('keeps the newest day once as_of is on a later date', () => {
    const result = toCompleteDays(rows, '2026-11-26T02:00:00Z');
    expect(result.inProgress).toEqual([]);
    expect(result.rows).toHaveLength(4);
  });

  it('leaves out dates after as_of too (clocks that disagree)', () =>
    expect(toCompleteDays(rows, '2026-11-24T23:00:00Z').inProgress).toEqual(['2026-11-24', '2026-11-25']));

  it('assumes the newest day is in progress when as_of cannot be read', () =>
    expect(toCompleteDays(rows, 'unknown').inProgress).toEqual(['2026-11-25']));

  it('handles an empty archive', () =>
    expect(toCompleteDays([], '2026-11-25T10:00:00Z')).toEqual({ rows: [], inProgress: [] }));
});
