import { describe, expect, it } from 'vitest';
import {
  type AllSourcesBenchmarksResponse,
  AllSourcesBenchmarksResponseSchema,
  type ArtificialAnalysisResponse,
  ArtificialAnalysisResponseSchema,
  type DesignArenaResponse,
  DesignArenaResponseSchema,
  type OpenRouterBenchmarksResponse,
  OpenRouterBenchmarksResponseSchema,
} from '../../../src/lib/api/benchmarks.ts';
import { parseWith } from '../../../src/lib/api/parse.ts';
import { benchmarks } from '../../../src/mock/benchmarks.ts';
import { DA_CATEGORIES, perToken } from '../../../src/mock/world-benchmarks.ts';
import { WORLD_MODELS } from '../../../src/mock/world-models.ts';
import { call, refusal } from '../../fakes/mock-harness.ts';

function aa(query: Record<string, string> = {}): ArtificialAnalysisResponse {
  const body = call(benchmarks, { source: 'artificial-analysis', max_results: '100', ...query });
  return parseWith(ArtificialAnalysisResponseSchema, body, 'benchmarks response');
}

function da(query: Record<string, string> = {}): DesignArenaResponse {
  const body = call(benchmarks, { source: 'design-arena', max_results: '100', ...query });
  return parseWith(DesignArenaResponseSchema, body, 'benchmarks response');
}

/** Descending with nulls last. */
function isDescending(values: readonly (number | null)[]): boolean {
  const firstNull = values.indexOf(null);
  const numbers = (firstNull < 0 ? values : values.slice(0, firstNull)) as number[];
  return (
    (firstNull < 0 || values.slice(firstNull).every((v) => v === null)) &&
    numbers.every((v, i) => i === 0 || v <= (numbers[i - 1] ?? 0))
  );
}

describe(benchmarks, () => {
  it('lists 50–100 Artificial Analysis models by intelligence, with the spec’s meta strings', () => {
    const body = aa();
    expect(body.data.length).toBeGreaterThanOrEqual(50);
    expect(isDescending(body.data.map((i) => i.intelligence_index))).toBe(true);
    expect(body.meta).toEqual({
      as_of: '2026-05-11T12:00:00.000Z',
      version: 'v1',
      source: 'artificial-analysis',
      source_url: 'https://artificialanalysis.ai',
      citation: 'Source: Artificial Analysis (artificialanalysis.ai) via OpenRouter (openrouter.ai/rankings).',
      model_count: body.data.length,
      task_type: null,
      synthetic: true,
    });
  });

  it('defaults max_results to 50 and honours a smaller one', () => {
    expect(
      parseWith(ArtificialAnalysisResponseSchema, call(benchmarks, { source: 'artificial-analysis' }), 'aa').data,
    ).toHaveLength(50);
    expect(aa({ max_results: '7' }).data).toHaveLength(7);
  });

  it.each([
    ['coding', 'coding_index'],
    ['agentic', 'agentic_index'],
    ['intelligence', 'intelligence_index'],
  ] as const)('with task_type=%s keeps only models scored on it, best first', (taskType, index) => {
    const all = aa();
    const body = aa({ task_type: taskType });
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.data.every((item) => item[index] !== null)).toBe(true);
    expect(isDescending(body.data.map((item) => item[index]))).toBe(true);
    expect(body.meta.task_type).toBe(taskType);
    if (taskType !== 'intelligence') expect(all.data.some((item) => item[index] === null)).toBe(true);
  });

  it('ignores arena and category for Artificial Analysis', () => {
    expect(aa({ arena: 'agents', category: 'website' }).data).toEqual(aa().data);
  });

  it('names models by base slug for some and dated permaslug for others, plus models not in the rankings', () => {
    const slugs = aa().data.map((i) => i.model_permaslug);
    const ranked = new Set(WORLD_MODELS.map((m) => m.slug));
    const bases = new Set(WORLD_MODELS.map((m) => m.base));
    expect(slugs.some((s) => /-20\d{6}$/.test(s))).toBe(true);
    expect(slugs.some((s) => !ranked.has(s) && bases.has(s))).toBe(true);
    expect(slugs.some((s) => !ranked.has(s) && !bases.has(s))).toBe(true);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('writes prices as per-token decimal strings, and null for models OpenRouter does not serve', () => {
    const items = aa().data;
    expect(items.some((i) => i.pricing === null)).toBe(true);
    for (const { pricing } of items) {
      if (pricing) expect(Number(pricing.prompt)).toBeLessThan(0.0001);
    }
  });

  it('hides models launched after today', () => {
    const early = parseWith(
      ArtificialAnalysisResponseSchema,
      call(
        benchmarks,
        { source: 'artificial-analysis', max_results: '100' },
        { now: new Date('2025-03-01T12:00:00Z') },
      ),
      'aa',
    );
    expect(early.data.length).toBeLessThan(aa().data.length);
    expect(early.data.map((i) => i.model_permaslug)).not.toContain('openai/gpt-5');
  });

  it('revises a few models’ scores every four weeks and none within a round, as archived snapshots show', () => {
    const on = (day: string) =>
      new Map(
        parseWith(
          ArtificialAnalysisResponseSchema,
          call(
            benchmarks,
            { source: 'artificial-analysis', max_results: '100' },
            { now: new Date(`${day}T12:00:00Z`) },
          ),
          'aa',
        ).data.map((i) => [i.model_permaslug, i.intelligence_index]),
      );
    const changed = (a: Map<string, number | null>, b: Map<string, number | null>) =>
      [...a].filter(([slug, value]) => b.has(slug) && b.get(slug) !== value).length;
    // Day 672 (4 Nov 2026) starts round 24: 2 and 4 Nov differ, 4 and 20 Nov (one round) do not.
    expect(changed(on('2026-11-02'), on('2026-11-04'))).toBeGreaterThan(0);
    expect(changed(on('2026-11-04'), on('2026-11-20'))).toBe(0);
  });

  it('lists the models arena by default, ELO best first, across its categories', () => {
    const body = da();
    expect(body.data.every((i) => i.arena === 'models')).toBe(true);
    const elos = body.data.map((i) => i.elo);
    expect(isDescending(elos)).toBe(true);
    expect(new Set(body.data.map((i) => i.category)).size).toBeGreaterThan(3);
    expect(body.meta.model_count).toBe(new Set(body.data.map((i) => i.model_permaslug)).size);
    expect(body.meta.model_count).toBeLessThan(body.data.length);
    expect(body.meta).toMatchObject({
      source: 'design-arena',
      source_url: 'https://www.designarena.ai',
      citation: 'Source: Design Arena (www.designarena.ai) via OpenRouter (openrouter.ai/rankings).',
      synthetic: true,
    });
  });

  it.each(Object.entries(DA_CATEGORIES))('serves every category of the %s arena', (arena, categories) => {
    for (const category of categories) {
      const body = da({ arena, category });
      expect(body.data.length, `${arena}/${category}`).toBeGreaterThan(0);
      expect(body.data.every((i) => i.arena === arena && i.category === category)).toBe(true);
    }
  });

  it('keeps win rates within 0–100 and rising with ELO, and tournament places within their total', () => {
    const items = da({ category: 'website' }).data;
    for (const item of items) {
      expect(item.win_rate).toBeGreaterThanOrEqual(0);
      expect(item.win_rate).toBeLessThanOrEqual(100);
      const { first_place, second_place, third_place, fourth_place, total } = item.tournament_stats;
      expect((first_place ?? 0) + (second_place ?? 0) + (third_place ?? 0) + (fourth_place ?? 0)).toBe(total);
      if (item.avg_generation_time_ms !== null) {
        expect(item.avg_generation_time_ms).toBeGreaterThanOrEqual(1000);
        expect(item.avg_generation_time_ms).toBeLessThanOrEqual(60000);
      }
    }
    const rates = items.map((i) => i.win_rate);
    expect(isDescending(rates)).toBe(true);
  });

  it('maps task_type=coding to codecategories, and intelligence or agentic to no items', () => {
    const coding = da({ task_type: 'coding' });
    expect(coding.data.length).toBeGreaterThan(0);
    expect(coding.data.every((i) => i.category === 'codecategories')).toBe(true);
    expect(coding.meta.task_type).toBe('coding');
    expect(da({ task_type: 'intelligence' }).data).toEqual([]);
    expect(da({ task_type: 'agentic', arena: 'agents' }).data).toEqual([]);
    expect(da({ task_type: 'coding', arena: 'builders' }).data).toEqual([]);
  });

  it.each([
    [{ source: 'lmarena' }, /source must be one of artificial-analysis, design-arena, openrouter; got "lmarena"/],
    [{ source: 'artificial-analysis', task_type: 'search' }, /task_type must be one of coding, intelligence, agentic/],
    [{ source: 'artificial-analysis', max_results: '0' }, /max_results must be an integer from 1 to 100/],
    [{ source: 'design-arena', max_results: '101' }, /max_results must be an integer from 1 to 100/],
    [{ source: 'design-arena', arena: 'battles' }, /arena must be one of models, builders, agents/],
    [
      { source: 'design-arena', arena: 'builders', category: 'gamedev' },
      /category "gamedev" is not in the builders arena/,
    ],
    [
      { source: 'design-arena', task_type: 'coding', category: 'website' },
      /task_type coding does not match category website/,
    ],
  ])('refuses %o with a 400 naming the rule', (query, message) => {
    expect(refusal(benchmarks, query)).toMatch(message);
  });
});

describe(perToken, () => {
  it.each([
    ['3', '0.000003'],
    ['15', '0.000015'],
    ['0.075', '0.000000075'],
    ['0.0375', '0.0000000375'],
    ['1.25', '0.00000125'],
    ['0', '0'],
    ['120', '0.00012'],
  ])('$%s per million -> %s per token', (perMillion, expected) => {
    expect(perToken(perMillion)).toBe(expected);
  });
});

describe('benchmarks: the newer source rules (SDK 1.3.x)', () => {
  const all = (query: Record<string, string> = {}): AllSourcesBenchmarksResponse =>
    parseWith(AllSourcesBenchmarksResponseSchema, call(benchmarks, query), 'benchmarks response');
  const or = (query: Record<string, string> = {}): OpenRouterBenchmarksResponse =>
    parseWith(OpenRouterBenchmarksResponseSchema, call(benchmarks, { source: 'openrouter', ...query }), 'or');
  const sourcesOf = (body: AllSourcesBenchmarksResponse) => [...new Set(body.data.map((item) => item.source))];

  it('without source, mixes every source’s items, with meta source, source_url and citation null', () => {
    const body = all({ max_results: '100' });
    expect(sourcesOf(body)).toEqual(['artificial-analysis', 'design-arena', 'openrouter']);
    expect(body.meta).toMatchObject({ source: null, source_url: null, citation: null, task_type: null });
    expect(body.meta.model_count).toBe(new Set(body.data.map((item) => item.model_permaslug)).size);
  });

  it('caps each source at max_results (default 50), so no source crowds out another', () => {
    const counts = (body: AllSourcesBenchmarksResponse) =>
      sourcesOf(body).map((source) => body.data.filter((item) => item.source === source).length);
    expect(Math.max(...counts(all()))).toBe(50);
    expect(counts(all({ max_results: '3' }))).toEqual([3, 3, 3]);
  });

  it('lists openrouter items grouped by benchmark, best accuracy first, with its own meta', () => {
    const body = or({ max_results: '100' });
    const types = body.data.map((item) => item.benchmark_type);
    expect([...new Set(types)]).toEqual(['gpqa_diamond', 'tau_bench_verified_airline']);
    for (const type of new Set(types)) {
      expect(isDescending(body.data.filter((i) => i.benchmark_type === type).map((i) => i.accuracy))).toBe(true);
    }
    expect(body.meta).toMatchObject({ source: 'openrouter', citation: expect.stringContaining('OpenRouter') });
  });

  it('narrows openrouter items with benchmark_type and leaves the other sources as they are', () => {
    const narrowed = all({ benchmark_type: 'tau_bench_verified_airline', max_results: '100' });
    const full = all({ max_results: '100' });
    const orTypes = narrowed.data.flatMap((item) => (item.source === 'openrouter' ? [item.benchmark_type] : []));
    expect(new Set(orTypes)).toEqual(new Set(['tau_bench_verified_airline']));
    expect(narrowed.data.filter((item) => item.source !== 'openrouter')).toEqual(
      full.data.filter((item) => item.source !== 'openrouter'),
    );
    expect(aa({ benchmark_type: 'gpqa_diamond' }).data).toEqual(aa().data);
  });

  it.each([
    [{ benchmark_type: 'search_hle' }, /^benchmark_type search_hle: OpenRouter's search benchmarks are not served/],
    [{ benchmark_type: 'mmlu' }, /^benchmark_type must be one of gpqa_diamond, tau_bench_verified_airline/],
    [{ task_type: 'search' }, /^task_type must be one of coding, intelligence, agentic; got "search" \(search/],
  ])('refuses %o with a 400 naming the rule', (query, message) => {
    expect(refusal(benchmarks, query)).toMatch(message);
  });

  it.each([
    [{}, /^source is required: use one of artificial-analysis, design-arena$/],
    [{ source: 'openrouter' }, /^source must be one of artificial-analysis, design-arena; got "openrouter"$/],
    [{ source: 'design-arena', benchmark_type: 'gpqa_diamond' }, /^unknown parameter benchmark_type/],
  ])('as a legacy server, refuses %o as the older spec does', (query, message) => {
    expect(refusal(benchmarks, query, { legacy: true })).toMatch(message);
  });

  it('as a legacy server, still answers the older sources', () => {
    expect(call(benchmarks, { source: 'design-arena' }, { legacy: true })).toEqual(
      call(benchmarks, { source: 'design-arena' }),
    );
  });
});
