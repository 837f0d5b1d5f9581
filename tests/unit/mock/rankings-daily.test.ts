import { describe, expect, it } from 'vitest';
import { parseWith } from '../../../src/lib/api/parse.ts';
import { type RankingsDailyRow, RankingsDailyResponseSchema } from '../../../src/lib/api/rankings-daily.ts';
import { rankDay, rankingsDaily } from '../../../src/mock/rankings-daily.ts';
import { WORLD_MODELS } from '../../../src/mock/world-models.ts';
import { call, type CallOptions, NOW, refusal, TODAY, YESTERDAY } from '../../fakes/mock-harness.ts';

const D = '2026-05-01';

/** `n` models `m001`… with the given totals. */
const totals = (values: readonly bigint[]) =>
  values.map((tokens, i) => ({ slug: `m${String(i + 1).padStart(3, '0')}`, tokens }));

/** The rankings body for a query, validated by the client's schema. */
function rankings(query: Record<string, string> = {}, options: CallOptions = {}) {
  return parseWith(RankingsDailyResponseSchema, call(rankingsDaily, query, options), 'rankings-daily response');
}

function byDate(rows: readonly RankingsDailyRow[]): Map<string, RankingsDailyRow[]> {
  const days = new Map<string, RankingsDailyRow[]>();
  for (const row of rows) days.set(row.date, [...(days.get(row.date) ?? []), row]);
  return days;
}

describe(rankDay, () => {
  it('drops models with zero tokens before ranking, so they take no slot', () => {
    const rows = rankDay(D, [
      { slug: 'a/zero', tokens: 0n },
      { slug: 'b/small', tokens: 5n },
      { slug: 'c/big', tokens: 9n },
    ]);
    expect(rows.map((r) => r.model_permaslug)).toEqual(['c/big', 'b/small']);
  });

  it('breaks ties alphabetically by permaslug, whatever the input order', () => {
    const input = [
      { slug: 'z/model', tokens: 7n },
      { slug: 'a/model:free', tokens: 7n },
      { slug: 'a/model', tokens: 7n },
      { slug: 'm/model', tokens: 8n },
    ];
    const expected = ['m/model', 'a/model', 'a/model:free', 'z/model'];
    expect(rankDay(D, input).map((r) => r.model_permaslug)).toEqual(expected);
    expect(rankDay(D, input.toReversed()).map((r) => r.model_permaslug)).toEqual(expected);
  });

  it('keeps the top 50 and sums the rest into one other row, exactly, past 2^53', () => {
    const big = 2n ** 53n;
    const values = Array.from({ length: 60 }, (_, i) => big + BigInt(1000 - i));
    const rows = rankDay(D, totals(values));
    expect(rows).toHaveLength(51);
    expect(rows.slice(0, 50).map((r) => r.total_tokens)).toEqual(values.slice(0, 50).map(String));
    const rest = values.slice(50).reduce((a, b) => a + b, 0n);
    expect(rows[50]).toEqual({ date: D, model_permaslug: 'other', total_tokens: rest.toString() });
  });

  it('pins other last even when it is larger than every listed model', () => {
    const rows = rankDay(D, totals(Array.from({ length: 200 }, () => 10n)));
    expect(rows.at(-1)?.model_permaslug).toBe('other');
    expect(rows.at(-1)?.total_tokens).toBe('1500');
    expect(BigInt(rows.at(-1)?.total_tokens ?? 0)).toBeGreaterThan(BigInt(rows[0]?.total_tokens ?? 0));
  });

  it.each([[50], [49], [1]])('omits other when there are only %d models', (n) => {
    const rows = rankDay(D, totals(Array.from({ length: n }, (_, i) => BigInt(i + 1))));
    expect(rows).toHaveLength(n);
    expect(rows.some((r) => r.model_permaslug === 'other')).toBe(false);
  });

  it('omits other when the models past 50 all have zero tokens', () => {
    const values = [...Array.from({ length: 50 }, () => 3n), 0n, 0n];
    expect(rankDay(D, totals(values)).map((r) => r.model_permaslug)).not.toContain('other');
  });

  it('returns no rows for a day without traffic', () => {
    expect(rankDay(D, totals([0n, 0n]))).toEqual([]);
  });
});

describe(rankingsDaily, () => {
  it('answers the default window (30 days before yesterday) with meta, marker included', () => {
    const body = rankings();
    expect(body.meta).toEqual({
      as_of: NOW.toISOString(),
      version: 'v1',
      start_date: '2026-04-10',
      end_date: YESTERDAY,
      synthetic: true,
    });
    expect([...byDate(body.data).keys()]).toHaveLength(31);
  });

  it('sorts rows by date, each day by tokens descending with other last', () => {
    const body = rankings({ start_date: '2026-01-01', end_date: '2026-03-31' });
    const dates = body.data.map((r) => r.date);
    expect(dates).toEqual(dates.toSorted());
    for (const rows of byDate(body.data).values()) {
      const models = rows.filter((r) => r.model_permaslug !== 'other');
      expect(models.length).toBeLessThanOrEqual(50);
      const tokens = models.map((r) => BigInt(r.total_tokens));
      expect(tokens.every((t, i) => i === 0 || t <= (tokens[i - 1] ?? 0n))).toBe(true);
      expect(rows.findIndex((r) => r.model_permaslug === 'other')).toBeOneOf([-1, rows.length - 1]);
    }
  });

  it('never lists image, embedding or audio models: their zero-token days are dropped', () => {
    const body = rankings({ start_date: '2025-05-12', end_date: '2026-05-11' });
    const zeroKinds = new Set(WORLD_MODELS.filter((m) => m.kind !== 'text').map((m) => m.slug));
    expect(zeroKinds.size).toBeGreaterThan(3);
    expect(body.data.filter((r) => zeroKinds.has(r.model_permaslug))).toEqual([]);
    expect(body.data.every((r) => BigInt(r.total_tokens) > 0n)).toBe(true);
  });

  it('has other on most days, and models entering and leaving the top 50 over a year', () => {
    const days = byDate(rankings({ start_date: '2025-05-12', end_date: '2026-05-11' }).data);
    const withOther = [...days.values()].filter((rows) => rows.at(-1)?.model_permaslug === 'other');
    expect(withOther.length / days.size).toBeGreaterThan(0.9);
    const topOf = (date: string) => new Set(days.get(date)?.map((r) => r.model_permaslug));
    const [first, last] = [topOf('2025-05-12'), topOf('2026-05-11')];
    expect([...last].filter((slug) => !first.has(slug)).length).toBeGreaterThan(5);
    expect([...first].filter((slug) => !last.has(slug)).length).toBeGreaterThan(5);
  });

  it('answers today with partial totals that grow during the day', () => {
    const at = (iso: string) => rankings({ start_date: TODAY, end_date: TODAY }, { now: new Date(iso) });
    const sum = (rows: readonly RankingsDailyRow[]) => rows.reduce((acc, r) => acc + BigInt(r.total_tokens), 0n);
    const morning = sum(at(`${TODAY}T06:00:00Z`).data);
    const evening = sum(at(`${TODAY}T18:00:00Z`).data);
    const full = sum(rankings({ start_date: TODAY, end_date: TODAY }, { now: new Date('2026-05-12T12:00:00Z') }).data);
    expect(morning).toBeGreaterThan(0n);
    expect(morning).toBeLessThan(evening);
    expect(evening).toBeLessThan(full);
    // A quarter of the day has passed at 06:00: each total is the full one scaled and floored.
    expect(Number(morning) / Number(full)).toBeCloseTo(0.25, 6);
  });

  it('keeps complete days identical whatever the time of day', () => {
    const query = { start_date: '2026-05-01', end_date: YESTERDAY };
    expect(rankings(query, { now: new Date(`${TODAY}T01:00:00Z`) }).data).toEqual(
      rankings(query, { now: new Date(`${TODAY}T23:00:00Z`) }).data,
    );
  });

  it('echoes a start clamped to 2025-01-01 and serves the first days', () => {
    const body = rankings({ start_date: '2024-11-01', end_date: '2025-01-05' });
    expect(body.meta.start_date).toBe('2025-01-01');
    expect(body.data[0]?.date).toBe('2025-01-01');
    expect(byDate(body.data).size).toBe(5);
  });

  it.each([
    [{ start_date: '2026-02-30' }, /start_date must be a calendar-valid/],
    [{ start_date: '2026-05-02', end_date: '2026-05-01' }, /after end_date/],
    [{ start_date: '2025-01-01', end_date: '2026-01-03' }, /maximum is 366/],
    [{ end_date: '2024-12-31' }, /before the dataset begins/],
    [{ end_date: '2026-05-12' }, /in the future/],
  ])('refuses %o with a 400 naming the rule', (query, message) => {
    expect(refusal(rankingsDaily, query)).toMatch(message);
  });

  it('with huge-tokens, lifts each day’s leader past 2^53 (odd, so no float holds it) and leaves other exact', () => {
    const query = { start_date: '2026-05-01', end_date: '2026-05-03' };
    const plain = byDate(rankings(query).data);
    const huge = byDate(rankings(query, { hugeTokens: true }).data);
    for (const [date, rows] of huge) {
      const leader = BigInt(rows[0]?.total_tokens ?? 0);
      expect(leader).toBeGreaterThan(2n ** 53n);
      expect(leader % 2n).toBe(1n);
      expect(BigInt(Number(leader))).not.toBe(leader);
      expect(rows[0]?.model_permaslug).toBe(plain.get(date)?.[0]?.model_permaslug);
      expect(rows.slice(1)).toEqual(plain.get(date)?.slice(1));
    }
  });
});
