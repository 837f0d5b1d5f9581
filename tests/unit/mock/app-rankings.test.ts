import { describe, expect, it } from 'vitest';
import { type AppRankingsResponse, AppRankingsResponseSchema } from '../../../src/lib/api/app-rankings.ts';
import { addDays, daysBetween } from '../../../src/lib/api/dates.ts';
import { parseWith } from '../../../src/lib/api/parse.ts';
import { APP_SUBCATEGORIES } from '../../../src/lib/api/taxonomy.ts';
import { appRankings, type AppScore, rankScores, trendingExcess } from '../../../src/mock/app-rankings.ts';
import { WORLD_APPS } from '../../../src/mock/world-apps.ts';
import { call, type CallOptions, refusal } from '../../fakes/mock-harness.ts';

function apps(query: Record<string, string> = {}, options: CallOptions = {}): AppRankingsResponse {
  return parseWith(AppRankingsResponseSchema, call(appRankings, query, options), 'app-rankings response');
}

const appById = new Map(WORLD_APPS.map((app) => [app.id, app]));

describe(trendingExcess, () => {
  it.each([
    [10n, [3n, 3n, 4n], 6n],
    [10n, [0n, 0n, 0n], 10n],
    [10n, [9n, 10n, 10n], 0n], // the excess is 1/3: positive, so kept, and floored to 0 when written
    [10n, [10n, 10n, 10n], null],
    [10n, [10n, 10n, 11n], null],
    [0n, [0n, 0n, 0n], null],
  ] as const)('window %s over %o -> %s', (window, previous, expected) => {
    expect(trendingExcess(window, previous)).toBe(expected);
  });

  it('is exact for totals past 2^53', () => {
    const big = 2n ** 60n;
    expect(trendingExcess(big + 3n, [big, big, big])).toBe(3n);
  });
});

describe(rankScores, () => {
  const [a, b, c] = WORLD_APPS;
  if (!a || !b || !c) throw new Error('world has apps');
  const scores: AppScore[] = [
    { app: c, tokens: 5n, excess: 9n },
    { app: b, tokens: 7n, excess: 1n },
    { app: a, tokens: 5n, excess: 9n },
  ];

  it('orders popular by tokens, ties by app id', () => {
    expect(rankScores(scores, 'popular').map((s) => s.app.id)).toEqual([b.id, a.id, c.id]);
  });

  it('orders trending by excess, ties by app id', () => {
    expect(rankScores(scores, 'trending').map((s) => s.app.id)).toEqual([a.id, c.id, b.id]);
  });
});

describe(appRankings, () => {
  it('defaults to popular, limit 50, offset 0, the 30 days before yesterday, with the marker', () => {
    const body = apps();
    expect(body.data).toHaveLength(50);
    expect(body.data.map((r) => r.rank)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(body.meta).toMatchObject({
      start_date: '2026-04-10',
      end_date: '2026-05-10',
      version: 'v1',
      synthetic: true,
    });
    const tokens = body.data.map((r) => BigInt(r.total_tokens));
    expect(tokens.every((t, i) => i === 0 || t <= (tokens[i - 1] ?? 0n))).toBe(true);
  });

  it('gives absolute ranks: offset 50 starts at rank 51, matching rows 51+ of a larger page', () => {
    const page = apps({ limit: '10', offset: '50' });
    const big = apps({ limit: '100' });
    expect(page.data[0]?.rank).toBe(51);
    expect(page.data).toEqual(big.data.slice(50, 60));
  });

  it('derives request counts from tokens at 3 000 to 20 000 tokens per request', () => {
    for (const row of apps({ limit: '100' }).data) {
      const perRequest = Number(BigInt(row.total_tokens) / BigInt(row.total_requests));
      expect(perRequest).toBeGreaterThanOrEqual(3000);
      expect(perRequest).toBeLessThanOrEqual(20000);
    }
  });

  it('filters by subcategory, renumbering ranks 1..N within it', () => {
    const body = apps({ subcategory: 'cli-agent', limit: '100' });
    expect(body.data.length).toBeGreaterThan(5);
    expect(body.data.every((r) => appById.get(r.app_id)?.subcategories.includes('cli-agent'))).toBe(true);
    expect(body.data.map((r) => r.rank)).toEqual(body.data.map((_, i) => i + 1));
  });

  it('filters by category through the apps’ subcategories', () => {
    const body = apps({ category: 'entertainment', limit: '100' });
    expect(body.data.every((r) => appById.get(r.app_id)?.categories.includes('entertainment'))).toBe(true);
    expect(body.data.length).toBeGreaterThan(20);
  });

  it('lets subcategory decide when a consistent category is given too', () => {
    expect(apps({ category: 'coding', subcategory: 'cli-agent', limit: '100' }).data).toEqual(
      apps({ subcategory: 'cli-agent', limit: '100' }).data,
    );
  });

  it('has apps in every subcategory, and shows every hostile name in some scope', () => {
    const seen = new Set<string>();
    for (const subcategory of APP_SUBCATEGORIES) {
      const rows = apps({ subcategory, limit: '100' }).data;
      expect(rows.length, subcategory).toBeGreaterThan(0);
      rows.forEach((r) => seen.add(r.app_name));
    }
    expect(seen).toContain('<script>alert("x")</script> Bot');
    expect(seen).toContain('مساعد الكتابة');
  });

  it('ranks trending by window volume minus the mean of the three preceding periods', () => {
    const [start, end] = ['2026-03-01', '2026-03-30'];
    const length = daysBetween(start, end) + 1;
    const volumeIn = (k: number) => {
      const rows = apps({
        subcategory: 'roleplay',
        limit: '100',
        start_date: addDays(start, -k * length),
        end_date: addDays(end, -k * length),
      });
      return new Map(rows.data.map((r) => [r.app_id, BigInt(r.total_tokens)]));
    };
    const [now, p1, p2, p3] = [0, 1, 2, 3].map(volumeIn);
    const trending = apps({
      subcategory: 'roleplay',
      sort: 'trending',
      limit: '100',
      start_date: start,
      end_date: end,
    });
    expect(trending.data.length).toBeGreaterThan(3);
    for (const row of trending.data) {
      const previous = [p1, p2, p3].map((m) => m?.get(row.app_id) ?? 0n);
      const sum = (previous[0] ?? 0n) + (previous[1] ?? 0n) + (previous[2] ?? 0n);
      expect(row.total_tokens).toBe(String(now?.get(row.app_id)));
      expect(row['excess_tokens']).toBe(String((3n * BigInt(row.total_tokens) - sum) / 3n));
    }
    const excess = trending.data.map((r) => BigInt(String(r['excess_tokens'])));
    expect(excess.every((e, i) => e >= 0n && (i === 0 || e <= (excess[i - 1] ?? 0n)))).toBe(true);
    // Apps without excess growth are left out, so trending lists fewer apps than popular here.
    expect(trending.data.length).toBeLessThan(now?.size ?? 0);
  });

  it('ranks trending differently from popular', () => {
    const popular = apps({ limit: '20' }).data.map((r) => r.app_id);
    const trending = apps({ sort: 'trending', limit: '20' }).data.map((r) => r.app_id);
    expect(trending).not.toEqual(popular);
  });

  it('with huge-tokens, lifts rank 1 past 2^53 and leaves other rows alone', () => {
    const plain = apps({ limit: '5' });
    const huge = apps({ limit: '5' }, { hugeTokens: true });
    expect(BigInt(huge.data[0]?.total_tokens ?? 0)).toBeGreaterThan(2n ** 53n);
    expect(huge.data.slice(1)).toEqual(plain.data.slice(1));
  });

  it.each([
    [{ sort: 'newest' }, /sort must be one of popular, trending; got "newest"/],
    [{ category: 'finance' }, /category must be one of coding, creative, entertainment, productivity/],
    [{ subcategory: 'chess' }, /subcategory must be one of/],
    [
      { category: 'creative', subcategory: 'cli-agent' },
      /subcategory cli-agent belongs to coding, not to category creative/,
    ],
    [{ limit: '0' }, /limit must be an integer from 1 to 100; got "0"/],
    [{ limit: '101' }, /limit must be an integer from 1 to 100/],
    [{ limit: '2.5' }, /limit must be an integer/],
    [{ limit: 'ten' }, /limit must be an integer/],
    [{ offset: '-1' }, /offset must be an integer from 0 to 100/],
    [{ offset: '101' }, /offset must be an integer from 0 to 100/],
    [{ start_date: '2025-01-01', end_date: '2026-05-10' }, /maximum is 366/],
    [{ end_date: '2026-02-29' }, /end_date must be a calendar-valid/],
  ])('refuses %o with a 400 naming the rule', (query, message) => {
    expect(refusal(appRankings, query)).toMatch(message);
  });
});
