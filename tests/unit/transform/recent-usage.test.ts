import { describe, expect, it } from 'vitest';
import type { RankingsDailyRow } from '../../../src/lib/api/rankings-daily.ts';
import { toRecentUsage } from '../../../src/lib/transform/recent-usage.ts';

const r = (date: string, model_permaslug: string, total_tokens: string): RankingsDailyRow => ({
  date,
  model_permaslug,
  total_tokens,
});

describe(toRecentUsage, () => {
  it('sums the 30 complete days before as_of per base model, leaving out the partial day and other', () => {
    const rows = [
      r('2026-04-11', 'openai/gpt-4o-2024-05-13', '1000'), // before the window
      r('2026-04-12', 'openai/gpt-4o-2024-05-13', '1'),
      r('2026-05-11', 'openai/gpt-4o-2024-05-13', '10'),
      r('2026-05-11', 'openai/gpt-4o:free', '100'),
      r('2026-05-11', 'other', '5000'),
      r('2026-05-12', 'openai/gpt-4o', '99999'), // in progress
    ];
    const usage = toRecentUsage(rows, '2026-05-12T02:00:00.000Z');
    expect(usage?.start).toBe('2026-04-12');
    expect(usage?.end).toBe('2026-05-11');
    expect([...(usage?.tokens ?? [])]).toEqual([['openai/gpt-4o', 111n]]);
  });

  it('names the permaslug that carried most of each base model’s tokens', () => {
    const rows = [
      r('2026-05-10', 'openai/gpt-4o-2024-05-13', '10'),
      r('2026-05-10', 'openai/gpt-4o:free', '6'),
      r('2026-05-11', 'openai/gpt-4o:free', '6'),
      r('2026-05-11', 'a/b', '1'),
    ];
    const usage = toRecentUsage(rows, '2026-05-12T00:00:00Z');
    expect([...(usage?.models ?? [])]).toEqual([
      ['openai/gpt-4o', 'openai/gpt-4o:free'],
      ['a/b', 'a/b'],
    ]);
  });

  it('ends on the newest complete day present when the archive is older than as_of', () => {
    const usage = toRecentUsage([r('2026-01-05', 'a/b', '7')], '2026-05-12T00:00:00Z');
    expect([usage?.start, usage?.end]).toEqual(['2025-12-07', '2026-01-05']);
  });

  it('stays exact beyond 2^53', () => {
    const rows = [r('2026-05-10', 'a/b', '9007199254740993'), r('2026-05-11', 'a/b', '1')];
    expect(toRecentUsage(rows, '2026-05-12')?.tokens.get('a/b')).toBe(9007199254740994n);
  });

  it('is null without a complete day', () => {
    expect(toRecentUsage([], '2026-05-12')).toBeNull();
    expect(toRecentUsage([r('2026-05-12', 'a/b', '1')], '2026-05-12T10:00:00Z')).toBeNull();
  });
});
