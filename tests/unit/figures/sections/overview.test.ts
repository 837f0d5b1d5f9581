import { describe, expect, it } from 'vitest';
import { overviewOf } from '../../../../src/lib/figures/sections/overview.ts';
import { RTL_CATALOGUE_FIXTURE, RTL_NAMES } from '../../../fakes/catalogue-fixture.ts';
import { fixtureSiteData, type DatedSnapshot } from '../../../fakes/fixture-archive.ts';
import { appBoard, taskSnapshot } from '../../transform/snapshot-fixtures.ts';
import { rankingDays } from './history-fixtures.ts';

// 28 days (13 Oct – 9 Nov): 21 × 1,500 + 7 × 1,900 = 44,800 tokens, One 28,000 of them (62.5%).
const rankings = rankingDays(28, (i) => ({ 'a/one': 1000, 'b/two': i >= 21 ? 800 : 400, other: 100 }));
const apps = Array.from({ length: 7 }, (_, i): [number, string, number] => [i + 1, `App ${i + 1}`, 700 - i * 100]);
const dated: DatedSnapshot[] = [
  { dataset: 'app-rankings', date: '2026-11-09', bodies: { 'popular/all': appBoard('2026-11-09', apps).body } },
  {
    dataset: 'task-classifications',
    date: '2026-11-09',
    bodies: {
      '7d': taskSnapshot('2026-11-09', [
        ['code:gen', 'Code Generation', 'code', 0.5],
        ['chat:talk', 'Chat', 'chat', 0.25],
      ]).body,
    },
  },
];

describe(overviewOf, () => {
  it('leads with the 30-day share chart, then the week’s movers, then the top apps and tasks', async () => {
    const overview = overviewOf(await fixtureSiteData({ rankings, dated }));
    expect(overview.shareFigureId).toBe('model-share-share-30d');
    expect(overview.movers).toEqual({ kind: 'figure', id: 'models-movers-7d' });
    expect(overview.topApps?.table.rows.map((r) => r[1])).toEqual(['App 1', 'App 2', 'App 3', 'App 4', 'App 5']);
    expect(overview.topTasks?.table.rows.map((r) => r.slice(0, 2))).toEqual([
      ['1', 'Code Generation'],
      ['2', 'Chat'],
    ]);
    expect(overview.summary).toBe(
      '1.90K tokens on 9 Nov 2026, the latest complete day, and 44.8K over the 30 days 13 Oct 2026 – 9 Nov 2026. ' +
        'One led the 30 days with 62.5% of tokens.',
    );
  });

  it('bidi-isolates a right-to-left name in its summary', async () => {
    const overview = overviewOf(await fixtureSiteData(RTL_CATALOGUE_FIXTURE));
    expect(overview.summary).toMatch(
      new RegExp(` ${RTL_NAMES.topIsolated} led the 30 days with [0-9.]+% of tokens\\.$`),
    );
  });

  it('shows the movers’ honest empty state on a short archive and nothing for an empty one', async () => {
    const short = overviewOf(await fixtureSiteData({ rankings: rankingDays(3, () => ({ 'a/one': 1 })) }));
    expect(short.movers?.kind).toBe('not-enough');
    const empty = overviewOf(await fixtureSiteData({}));
    expect(empty).toMatchObject({ shareFigureId: null, movers: null, topApps: null, topTasks: null, summary: null });
  });
});
