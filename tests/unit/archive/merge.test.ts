import { describe, expect, it } from 'vitest';
import type { RankingsDailyRow } from '../../../src/lib/api/rankings-daily.ts';
import type { RankingsPartition, RankingsViewPartition } from '../../../src/lib/archive/format.ts';
import {
  mergeRankings,
  mergeRankingsView,
  newestRankingsDate,
  type RankingsBatch,
} from '../../../src/lib/archive/merge.ts';

const row = (date: string, model_permaslug: string, total_tokens = '1'): RankingsDailyRow => ({
  date,
  model_permaslug,
  total_tokens,
});
const meta = (as_of: string) => ({ as_of, version: 'v1' as const, start_date: '2026-01-01', end_date: '2026-12-31' });
const partition = (month: string, data: RankingsDailyRow[], as_of = 'old'): RankingsPartition => ({
  dataset: 'rankings-daily',
  month,
  synthetic: false,
  meta: meta(as_of),
  data,
});
const batch = (rows: RankingsDailyRow[], as_of = 'new', synthetic = false): RankingsBatch => ({
  rows,
  meta: meta(as_of),
  synthetic,
});
/** `date model` pairs of a partition's rows, in order. */
const pairs = (p: RankingsPartition | undefined) => p?.data.map((r) => `${r.date} ${r.model_permaslug}`);

describe(mergeRankings, () => {
  it('splits fetched rows into one partition per month, dates ascending', () => {
    const merged = mergeRankings([], [batch([row('2026-04-30', 'a'), row('2026-05-01', 'a'), row('2026-06-01', 'a')])]);
    expect(merged.map((p) => p.month)).toEqual(['2026-04', '2026-05', '2026-06']);
    expect(pairs(merged[1])).toEqual(['2026-05-01 a']);
  });

  it('replaces every archived row of a re-fetched date, so a model that left the top 50 leaves the date', () => {
    const archived = partition('2026-05', [
      row('2026-05-09', 'a'),
      row('2026-05-10', 'a', '5'),
      row('2026-05-10', 'gone'),
      row('2026-05-10', 'other'),
    ]);
    const merged = mergeRankings(
      [archived],
      [batch([row('2026-05-10', 'b', '9'), row('2026-05-10', 'a', '7'), row('2026-05-10', 'other')])],
    );
    expect(pairs(merged[0])).toEqual(['2026-05-09 a', '2026-05-10 b', '2026-05-10 a', '2026-05-10 other']);
    expect(merged[0]?.data.find((r) => r.model_permaslug === 'a' && r.date === '2026-05-10')?.total_tokens).toBe('7');
  });

  it("keeps the API's order within a date, other last even when it is largest", () => {
    const merged = mergeRankings(
      [],
      [batch([row('2026-05-01', 'z', '3'), row('2026-05-01', 'a', '2'), row('2026-05-01', 'other', '99')])],
    );
    expect(pairs(merged[0])).toEqual(['2026-05-01 z', '2026-05-01 a', '2026-05-01 other']);
  });

  it('keeps archived rows of dates the fetch has no rows for, and sorts new dates in', () => {
    const archived = partition('2026-05', [row('2026-05-02', 'a'), row('2026-05-05', 'a')]);
    const merged = mergeRankings([archived], [batch([row('2026-05-03', 'b'), row('2026-05-06', 'b')])]);
    expect(pairs(merged[0])).toEqual(['2026-05-02 a', '2026-05-03 b', '2026-05-05 a', '2026-05-06 b']);
  });

  it('returns only the months the fetch touched, with the meta and flag of the batch that supplied them', () => {
    const archived = [partition('2026-04', [row('2026-04-30', 'a')]), partition('2026-05', [row('2026-05-01', 'a')])];
    const merged = mergeRankings(archived, [
      batch([row('2026-05-02', 'a')], 'first'),
      batch([row('2026-05-03', 'a')], 'second', true),
    ]);
    expect(merged.map((p) => p.month)).toEqual(['2026-05']);
    expect(merged[0]?.meta.as_of).toBe('second');
    expect(merged[0]?.synthetic).toBe(true);
    expect(pairs(merged[0])).toEqual(['2026-05-01 a', '2026-05-02 a', '2026-05-03 a']);
  });

  it('keeps a token count above 2^53 and additive row fields exactly', () => {
    const huge = { ...row('2026-05-01', 'huge', '9007199254740993'), rank_hint: 1 };
    expect(mergeRankings([], [batch([huge])])[0]?.data[0]).toEqual(huge);
  });

  it('does not mutate the archived partitions', () => {
    const archived = partition('2026-05', [row('2026-05-01', 'a')]);
    const copy = structuredClone(archived);
    mergeRankings([archived], [batch([row('2026-05-01', 'b')])]);
    expect(archived).toEqual(copy);
  });
});

describe(newestRankingsDate, () => {
  it('finds the newest archived date, or null for none', () => {
    expect(newestRankingsDate([])).toBeNull();
    expect(
      newestRankingsDate([
        partition('2026-04', [row('2026-04-30', 'a')]),
        partition('2026-05', [row('2026-05-02', 'a')]),
      ]),
    ).toBe('2026-05-02');
  });
});

describe(mergeRankingsView, () => {
  const target = { dataset: 'rankings-category', view: 'marketing/seo', estimate: true } as const;
  const viewPartition = (view: string, month: string, data: RankingsDailyRow[]): RankingsViewPartition => ({
    dataset: 'rankings-category',
    view,
    period: 'week',
    estimate: true,
    month,
    synthetic: false,
    meta: meta('old'),
    data,
  });

  it('files each week under the month of its Monday, as a partition of the view', () => {
    const merged = mergeRankingsView([], target, [batch([row('2026-04-27', 'a'), row('2026-05-04', 'a')])]);
    expect(merged.map((p) => [p.month, p.view, p.period, p.estimate, p.dataset])).toEqual([
      ['2026-04', 'marketing/seo', 'week', true, 'rankings-category'],
      ['2026-05', 'marketing/seo', 'week', true, 'rankings-category'],
    ]);
  });

  it('replaces a re-fetched week whole and keeps older weeks of the same view only', () => {
    const archived = [
      viewPartition('marketing/seo', '2026-05', [row('2026-05-04', 'a'), row('2026-05-11', 'gone')]),
      viewPartition('marketing', '2026-05', [row('2026-05-04', 'not-mine')]),
    ];
    const merged = mergeRankingsView(archived, target, [batch([row('2026-05-11', 'b'), row('2026-05-11', 'other')])]);
    expect(merged.map((p) => p.data.map((r) => `${r.date} ${r.model_permaslug}`))).toEqual([
      ['2026-05-04 a', '2026-05-11 b', '2026-05-11 other'],
    ]);
    expect(merged[0]?.meta.as_of).toBe('new');
  });

  it('keeps a month whose rows came back unchanged as it was, meta included, so its file is not rewritten', () => {
    const settled = viewPartition('marketing/seo', '2026-04', [row('2026-04-27', 'a', '5')]);
    const merged = mergeRankingsView([settled], target, [batch([row('2026-04-27', 'a', '5'), row('2026-05-04', 'a')])]);
    expect(merged[0]).toBe(settled);
    expect(merged[1]?.meta.as_of).toBe('new');
  });
});
