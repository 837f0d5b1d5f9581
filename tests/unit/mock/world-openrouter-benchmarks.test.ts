import { describe, expect, it } from 'vitest';
import { OpenRouterBenchmarkItemSchema } from '../../../src/lib/api/benchmarks.ts';
import { openRouterItems } from '../../../src/mock/world-openrouter-benchmarks.ts';
import { WORLD_MODELS } from '../../../src/mock/world-models.ts';

describe(openRouterItems, () => {
  it('gives valid items of one benchmark, dated before today', () => {
    const items = openRouterItems('gpqa_diamond', '2026-05-11');
    expect(items.length).toBeGreaterThan(20);
    for (const item of items) {
      expect(OpenRouterBenchmarkItemSchema.parse(item)).toEqual(item);
      expect(item.benchmark_type).toBe('gpqa_diamond');
      expect(item.last_run_timestamp < '2026-05-11').toBe(true);
      expect(item.total_tasks % 198).toBe(0);
      expect(item.accuracy_stddev === null).toBe(item.total_tasks === 198);
    }
  });

  it('evaluates only agents on tau-bench', () => {
    const agents = new Set(WORLD_MODELS.filter((m) => m.traits.includes('agent')).map((m) => m.slug));
    const items = openRouterItems('tau_bench_verified_airline', '2026-05-11');
    expect(items.length).toBeGreaterThan(5);
    expect(items.every((item) => agents.has(item.model_permaslug))).toBe(true);
  });

  it('lists a model only after its first run, and accumulates runs without changing its accuracy', () => {
    const later = openRouterItems('gpqa_diamond', '2026-05-11');
    const launchOf = (slug: string) => WORLD_MODELS.find((m) => m.slug === slug)?.launch ?? '';
    const fresh = later.filter((item) => launchOf(item.model_permaslug) > '2026-01-01');
    expect(fresh.length).toBeGreaterThan(2);
    for (const { model_permaslug: slug } of fresh) {
      const onLaunch = openRouterItems('gpqa_diamond', launchOf(slug)).map((i) => i.model_permaslug);
      expect(onLaunch).not.toContain(slug);
    }
    const before = new Map(openRouterItems('gpqa_diamond', '2026-03-01').map((i) => [i.model_permaslug, i]));
    for (const item of later) {
      const old = before.get(item.model_permaslug);
      if (!old) continue;
      expect(item.accuracy).toBe(old.accuracy);
      expect(item.total_tasks).toBeGreaterThanOrEqual(old.total_tasks);
    }
  });
});
