import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/lib/api/dates.ts';
import { parseWith } from '../../../src/lib/api/parse.ts';
import { type RankingsDailyRow, RankingsDailyResponseSchema } from '../../../src/lib/api/rankings-daily.ts';
import { CONTEXT_BUCKETS } from '../../../src/lib/api/rankings-views.ts';
import { rankingsDaily } from '../../../src/mock/rankings-daily.ts';
import { readViewQuery } from '../../../src/mock/rankings-views.ts';
import { isQueryError } from '../../../src/mock/route.ts';
import { WORLD_MODELS } from '../../../src/mock/world-models.ts';
import { IMAGE_OUTPUT_MODELS, takesInput } from '../../../src/mock/world-surfaces.ts';
import { call, type CallOptions, NOW, refusal, world } from '../../fakes/mock-harness.ts';

/** The rankings body for a query, validated by the client's schema. */
function rankings(query: Record<string, string>, options: CallOptions = {}) {
  return parseWith(RankingsDailyResponseSchema, call(rankingsDaily, query, options), 'rankings-daily response');
}

function byDate(rows: readonly RankingsDailyRow[]): Map<string, RankingsDailyRow[]> {
  const days = new Map<string, RankingsDailyRow[]>();
  for (const row of rows) days.set(row.date, [...(days.get(row.date) ?? []), row]);
  return days;
}

const sum = (rows: readonly RankingsDailyRow[]) => rows.reduce((acc, r) => acc + BigInt(r.total_tokens), 0n);
const isMonday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() === 1;
const slugsOf = (rows: readonly RankingsDailyRow[]) => new Set(rows.map((r) => r.model_permaslug));

/** A complete month (the harness's "today" is 2026-05-11) and its Mondays. */
const APRIL = { start_date: '2026-03-30', end_date: '2026-04-26' };

describe(readViewQuery, () => {
  const read = (query: Record<string, string>, legacy = false) => readViewQuery(new URLSearchParams(query), legacy);
  const refusalOf = (query: Record<string, string>, legacy = false) => {
    try {
      read(query, legacy);
    } catch (error) {
      if (isQueryError(error)) return error.message;
      throw error;
    }
    throw new Error('expected a 400');
  };

  it.each([
    [{}, 'day'],
    [{ category: 'legal' }, 'week'],
    [{ language_type: 'natural' }, 'week'],
    [{ category: 'legal', period: 'month' }, 'month'],
    [{ modality: 'audio' }, 'day'],
    [{ context_bucket: '1M', period: 'week' }, 'week'],
  ])('resolves the period of %o to %s', (query, period) => {
    expect(read(query).period).toBe(period);
  });

  it('allows modality with context_bucket: the SDK only forbids combining them with the sampled filters', () => {
    expect(read({ modality: 'image', context_bucket: '100K' })).toEqual({
      period: 'day',
      sampled: null,
      exact: { modality: 'image', contextBucket: '100K' },
    });
  });

  it.each([
    [{ category: 'legal', period: 'day' }, /^period=day is not available with category: it is aggregated weekly/],
    [{ language_type: 'natural', period: 'day' }, /^period=day is not available with language_type/],
    [{ category: 'legal', language_type: 'natural' }, /^category cannot be combined with language_type/],
    [{ category: 'legal', modality: 'text' }, /^category cannot be combined with modality/],
    [{ category: 'legal', context_bucket: '1K' }, /^category cannot be combined with context_bucket/],
    [{ language_type: 'natural', modality: 'audio' }, /^language_type cannot be combined with modality/],
    [{ language_type: 'programming', context_bucket: '10M' }, /^language_type cannot be combined with context/],
    [{ period: 'year' }, /^period must be one of day, week, month; got "year"/],
    [{ category: 'coding' }, /^category must be one of programming, roleplay, .*; got "coding"/],
    [{ language_type: 'python' }, /^language_type must be one of natural, programming; got "python"/],
    [{ modality: 'video' }, /^modality must be one of text, image, image_output, audio, tool_calling; got "video"/],
    [{ context_bucket: '1k' }, /^context_bucket must be one of 1K, 10K, 100K, 1M, 10M; got "1k"/],
  ])('refuses %o with a 400 naming the rule', (query, message) => {
    expect(refusalOf(query)).toMatch(message);
  });

  it.each([
    ['period', 'week'],
    ['category', 'legal'],
    ['language_type', 'natural'],
    ['modality', 'text'],
    ['context_bucket', '1K'],
  ])('as a legacy server, refuses %s as an unknown parameter', (name, value) => {
    expect(refusalOf({ [name]: value }, true)).toBe(
      `unknown parameter ${name}: rankings-daily takes start_date and end_date only`,
    );
  });
});

describe('rankingsDaily with a period', () => {
  it('sums each ISO week of the main dataset exactly, top 50 and other per week', () => {
    const daily = byDate(rankings(APRIL).data);
    const weekly = byDate(rankings({ ...APRIL, period: 'week' }).data);
    expect([...weekly.keys()]).toEqual(['2026-03-30', '2026-04-06', '2026-04-13', '2026-04-20']);
    for (const [week, rows] of weekly) {
      const days = Array.from({ length: 7 }, (_, i) => daily.get(addDays(week, i)) ?? []);
      expect(sum(rows)).toBe(sum(days.flat()));
      expect(rows.filter((r) => r.model_permaslug !== 'other')).toHaveLength(50);
      expect(rows.at(-1)?.model_permaslug).toBe('other');
    }
  });

  it('buckets months by their first day, the window’s days only', () => {
    const query = { start_date: '2026-02-15', end_date: '2026-04-10' };
    const monthly = byDate(rankings({ ...query, period: 'month' }).data);
    expect([...monthly.keys()]).toEqual(['2026-02-01', '2026-03-01', '2026-04-01']);
    const daily = rankings(query).data;
    expect(sum(monthly.get('2026-02-01') ?? [])).toBe(sum(daily.filter((r) => r.date < '2026-03-01')));
    expect(sum([...monthly.values()].flat())).toBe(sum(daily));
  });

  it('dates a partial first week by its Monday, before start_date, with only the window’s days', () => {
    const weekly = byDate(rankings({ start_date: '2026-04-08', end_date: '2026-04-12', period: 'week' }).data);
    const daily = rankings({ start_date: '2026-04-08', end_date: '2026-04-12' }).data;
    expect([...weekly.keys()]).toEqual(['2026-04-06']);
    expect(sum(weekly.get('2026-04-06') ?? [])).toBe(sum(daily));
  });
});

describe('rankingsDaily sampled views (category, language_type)', () => {
  it('answers weekly estimates by default: Monday rows in whole units of 1000, top 50 and other', () => {
    const body = rankings({ ...APRIL, category: 'programming' });
    const weeks = byDate(body.data);
    expect([...weeks.keys()].every(isMonday)).toBe(true);
    expect(weeks.size).toBe(4);
    expect(body.data.every((r) => BigInt(r.total_tokens) % 1000n === 0n)).toBe(true);
    for (const rows of weeks.values()) expect(rows.at(-1)?.model_permaslug).toBe('other');
  });

  it('gives each category its own leaders: coders lead programming, role-play models lead roleplay', () => {
    const leader = (category: string) =>
      WORLD_MODELS.find((m) => m.slug === rankings({ ...APRIL, category }).data[0]?.model_permaslug);
    expect(leader('programming')?.traits).toContain('code');
    expect(leader('roleplay')?.traits).toContain('rp');
  });

  it('is an estimate: the categories do not add up to the exact weekly total', () => {
    const exact = sum(rankings({ ...APRIL, period: 'week' }).data);
    const languages = ['natural', 'programming'].map((type) => sum(rankings({ ...APRIL, language_type: type }).data));
    const tagged = (languages[0] ?? 0n) + (languages[1] ?? 0n);
    expect(tagged).toBeLessThan(exact);
    expect(Number(tagged) / Number(exact)).toBeGreaterThan(0.7);
  });

  it('keeps marketing/seo inside marketing', () => {
    expect(sum(rankings({ ...APRIL, category: 'marketing/seo' }).data)).toBeLessThan(
      sum(rankings({ ...APRIL, category: 'marketing' }).data),
    );
  });

  it('with period=month, buckets each whole week by the month of its Monday', () => {
    const weekly = byDate(rankings({ start_date: '2026-03-02', end_date: '2026-04-26', category: 'legal' }).data);
    const monthly = byDate(
      rankings({ start_date: '2026-03-02', end_date: '2026-04-26', category: 'legal', period: 'month' }).data,
    );
    expect([...monthly.keys()]).toEqual(['2026-03-01', '2026-04-01']);
    // The week of 30 March runs into April but counts for March.
    const march = [...weekly].filter(([week]) => week < '2026-04-01').flatMap(([, rows]) => rows);
    expect(sum(monthly.get('2026-03-01') ?? [])).toBe(sum(march));
  });

  it('counts the whole trailing week, past end_date, up to now', () => {
    const now = new Date('2026-05-14T12:00:00Z'); // a Thursday
    const query = { start_date: '2026-05-04', category: 'programming' };
    const toTuesday = byDate(rankings({ ...query, end_date: '2026-05-12' }, { now }).data);
    const toToday = byDate(rankings({ ...query, end_date: '2026-05-14' }, { now }).data);
    expect(toTuesday.get('2026-05-11')).toEqual(toToday.get('2026-05-11'));
    const tuesday = new Date('2026-05-12T12:00:00Z');
    const earlier = byDate(rankings({ ...query, end_date: '2026-05-12' }, { now: tuesday }).data);
    expect(sum(toTuesday.get('2026-05-11') ?? [])).toBeGreaterThan(sum(earlier.get('2026-05-11') ?? []));
  });

  it('keeps complete weeks identical from one night to the next', () => {
    const query = { ...APRIL, language_type: 'programming' };
    expect(rankings(query, { now: new Date('2026-05-11T03:00:00Z') }).data).toEqual(
      rankings(query, { now: new Date('2026-05-12T03:00:00Z') }).data,
    );
  });
});

describe('rankingsDaily exact views (modality, context_bucket)', () => {
  const WEEK = { start_date: '2026-04-20', end_date: '2026-04-26' };

  it('modality=text is the main dataset itself', () => {
    expect(rankings({ ...WEEK, modality: 'text' }).data).toEqual(rankings(WEEK).data);
  });

  it('splits every day exactly across the five context buckets', () => {
    const main = byDate(rankings(WEEK).data);
    const buckets = CONTEXT_BUCKETS.map((bucket) => byDate(rankings({ ...WEEK, context_bucket: bucket }).data));
    for (const [date, rows] of main) {
      expect(
        buckets.reduce((acc, days) => acc + sum(days.get(date) ?? []), 0n),
        date,
      ).toBe(sum(rows));
    }
    expect(slugsOf([...(buckets[4]?.values() ?? [])].flat()).size).toBeLessThan(15);
  });

  it('keeps only vision models for modality=image and audio models for modality=audio', () => {
    for (const modality of ['image', 'audio'] as const) {
      const slugs = slugsOf(rankings({ ...WEEK, modality, period: 'week' }).data);
      slugs.delete('other');
      expect(slugs.size).toBeGreaterThan(5);
      for (const slug of slugs) {
        const model = WORLD_MODELS.find((m) => m.slug === slug);
        expect(model && takesInput(model, modality), slug).toBe(true);
      }
    }
  });

  it('ranks token-counted image-output models that the main dataset does not list', () => {
    const slugs = slugsOf(rankings({ ...WEEK, modality: 'image_output' }).data);
    const imageOutput = new Set(IMAGE_OUTPUT_MODELS.map((m) => m.slug));
    expect([...slugs].filter((slug) => !imageOutput.has(slug))).toEqual([]);
    expect(slugs.size).toBeGreaterThanOrEqual(3);
    const main = slugsOf(rankings(WEEK).data);
    expect([...slugs].filter((slug) => main.has(slug))).toEqual([]);
  });

  it('counts part of each model’s tokens for tool_calling, none for pure role-play models', () => {
    const week = { ...WEEK, period: 'week' };
    const tools = new Map(rankings({ ...week, modality: 'tool_calling' }).data.map((r) => [r.model_permaslug, r]));
    const all = rankings(week).data.filter((r) => r.model_permaslug !== 'other');
    const busy = world.modelTotals('2026-04-22', NOW).filter((t) => t.tokens > 0n);
    const roleplay = WORLD_MODELS.filter((m) => m.traits.join() === 'rp' && busy.some((t) => t.slug === m.slug));
    expect(roleplay.length).toBeGreaterThan(5);
    for (const model of roleplay) expect(tools.has(model.slug), model.slug).toBe(false);
    for (const row of all) {
      const part = tools.get(row.model_permaslug);
      if (part) expect(BigInt(part.total_tokens)).toBeLessThan(BigInt(row.total_tokens));
    }
  });

  it('combines modality and context_bucket: vision models in one context bucket', () => {
    const both = rankings({ ...WEEK, modality: 'image', context_bucket: '100K', period: 'week' }).data;
    expect(sum(both)).toBeLessThan(sum(rankings({ ...WEEK, modality: 'image', period: 'week' }).data));
    expect(sum(both)).toBeLessThan(sum(rankings({ ...WEEK, context_bucket: '100K', period: 'week' }).data));
  });

  it('as a legacy server, still answers the plain window', () => {
    expect(rankings(WEEK, { legacy: true }).data).toEqual(rankings(WEEK).data);
    expect(refusal(rankingsDaily, { ...WEEK, modality: 'text' }, { legacy: true })).toMatch(/unknown parameter/);
  });
});
