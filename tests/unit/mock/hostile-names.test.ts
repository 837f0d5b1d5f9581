import { describe, expect, it } from 'vitest';
import { AppRankingsResponseSchema } from '../../../src/lib/api/app-rankings.ts';
import { ArtificialAnalysisResponseSchema } from '../../../src/lib/api/benchmarks.ts';
import { parseWith } from '../../../src/lib/api/parse.ts';
import { RankingsDailyResponseSchema } from '../../../src/lib/api/rankings-daily.ts';
import { TaskClassificationsResponseSchema } from '../../../src/lib/api/task-classifications.ts';
import { appRankings } from '../../../src/mock/app-rankings.ts';
import { benchmarks } from '../../../src/mock/benchmarks.ts';
import { parseFaults } from '../../../src/mock/faults.ts';
import {
  HOSTILE_SLUG_SUFFIX,
  HOSTILE_VARIANTS,
  hostileName,
  hostilePermaslug,
  LONG_NAME_LENGTH,
  withHostileNames,
} from '../../../src/mock/hostile-names.ts';
import { rankingsDaily } from '../../../src/mock/rankings-daily.ts';
import { taskClassifications } from '../../../src/mock/task-classifications.ts';
import { call } from '../../fakes/mock-harness.ts';

/** Which hostile variant each name is (the first variant that maps `original` to `hostile`), or -1. */
function variantOf(original: string, hostile: string): number {
  return HOSTILE_VARIANTS.findIndex((variant) => variant(original) === hostile);
}

describe(hostileName, () => {
  it('is stable for an identity, and keeps three names in four', () => {
    const ids = Array.from({ length: 400 }, (_, i) => `app ${i}`);
    expect(ids.map((id) => hostileName(id, 'Kilo Code'))).toEqual(ids.map((id) => hostileName(id, 'Kilo Code')));
    const renamed = ids.filter((id) => hostileName(id, 'Kilo Code') !== 'Kilo Code');
    expect(renamed.length).toBeGreaterThan(60);
    expect(renamed.length).toBeLessThan(140);
  });

  it('makes each of the documented hostile forms', () => {
    expect(HOSTILE_VARIANTS.map((variant) => variant('Kilo Code'))).toEqual([
      'Kilo\u000bCode',
      '\u202EKilo Code',
      'Kilo Code</script><script>alert(1)</script>',
      `Kilo Code ${'W'.repeat(LONG_NAME_LENGTH - 10)}`,
      'Kilo Code 🚀👩‍💻',
      'مساعد Kilo Code',
      'Kilo Code\u0000\u0085\u2066\ud800',
      '"Kilo Code" onmouseover=\'x\' & <b>',
    ]);
    expect(HOSTILE_VARIANTS[3]?.('Kilo Code')).toHaveLength(LONG_NAME_LENGTH);
  });
});

describe(hostilePermaslug, () => {
  it('adds a hostile :variant suffix to some permaslugs, never to other, keeping author/name', () => {
    const slugs = Array.from({ length: 200 }, (_, i) => `author-${i}/model-${i}`);
    const renamed = slugs.map(hostilePermaslug).filter((slug) => slug.endsWith(HOSTILE_SLUG_SUFFIX));
    expect(renamed.length).toBeGreaterThan(3);
    expect(renamed.every((slug) => slug.split('/').length === 2)).toBe(true);
    expect(hostilePermaslug('other')).toBe('other');
  });
});

describe(withHostileNames, () => {
  it('renames apps by id, every variant met across the 100 most popular, and still matches the schema', () => {
    const body = call(appRankings, { sort: 'popular', limit: '100' }) as object;
    const hostile = parseWith(AppRankingsResponseSchema, withHostileNames('app-rankings', body), 'apps');
    const original = parseWith(AppRankingsResponseSchema, body, 'apps');
    const variants = new Set(hostile.data.map((row, i) => variantOf(original.data[i]?.app_name ?? '', row.app_name)));
    expect([...variants].filter((v) => v >= 0).sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(hostile.data.map((row) => row.app_id)).toEqual(original.data.map((row) => row.app_id));
    expect(hostile.meta).toEqual(original.meta);
  });

  it('renames task and macro-category names and the models’ permaslugs of task classifications', () => {
    const body = call(taskClassifications, { window: '7d' }) as object;
    const hostile = parseWith(TaskClassificationsResponseSchema, withHostileNames('task-classifications', body), 't');
    const original = parseWith(TaskClassificationsResponseSchema, body, 'tasks');
    const names = hostile.data.classifications.map((c, i) => [
      original.data.classifications[i]?.display_name,
      c.display_name,
    ]);
    expect(names.some(([before, after]) => before !== after)).toBe(true);
    expect(hostile.data.synthetic).toBe(true);
    const ids = hostile.data.classifications.flatMap((c) => c.models.map((m) => m.id));
    expect(ids.some((id) => id.endsWith(HOSTILE_SLUG_SUFFIX))).toBe(true);
  });

  it('renames benchmark display names and permaslugs, and rankings permaslugs the same way', () => {
    const body = call(benchmarks, { source: 'artificial-analysis', max_results: '100' }) as object;
    const original = parseWith(ArtificialAnalysisResponseSchema, body, 'benchmarks');
    const bench = parseWith(ArtificialAnalysisResponseSchema, withHostileNames('benchmarks', body), 'benchmarks');
    const names = bench.data.map((item, i) => variantOf(original.data[i]?.display_name ?? '', item.display_name));
    expect(names.filter((v) => v >= 0).length).toBeGreaterThan(10);
    const renamed = bench.data.filter((item) => item.model_permaslug.endsWith(HOSTILE_SLUG_SUFFIX));
    expect(renamed.length).toBeGreaterThan(0);
    const daily = parseWith(
      RankingsDailyResponseSchema,
      withHostileNames(
        'rankings-daily',
        call(rankingsDaily, { start_date: '2026-05-01', end_date: '2026-05-10' }) as object,
      ),
      'rankings',
    );
    const dailySlugs = new Set(daily.data.map((row) => row.model_permaslug));
    expect([...dailySlugs].filter((slug) => slug.endsWith(HOSTILE_SLUG_SUFFIX)).length).toBeGreaterThan(0);
    for (const slug of dailySlugs) expect(hostilePermaslug(slug), 'applied once only').toBe(slug);
    expect(daily.data.filter((row) => row.model_permaslug === 'other')).toHaveLength(10);
  });

  it('is switched on by name', () => {
    expect(parseFaults(['hostile-names@apps'])).toEqual([{ name: 'hostile-names', endpoint: 'app-rankings' }]);
  });
});
