import { describe, expect, it } from 'vitest';
import { atomFeedOf, feedEntriesOf, feedPathOf } from '../../../../src/lib/figures/sections/feed.ts';
import { fixtureSiteData, type DatedSnapshot } from '../../../fakes/fixture-archive.ts';
import { parseFeed } from '../../../fakes/feed-reader.ts';
import { appBoard } from '../../transform/snapshot-fixtures.ts';
import { rankingDays } from './history-fixtures.ts';

// 7, 8, 9 Nov complete, 10 Nov in progress (left out): b/two takes #1 on the 8th, c/three enters on the 9th.
const rankings = {
  ...rankingDays(3, (i) => ({
    'a/one': 500,
    'b/two': i >= 1 ? 600 : 400,
    ...(i === 2 ? { 'c/three': 50 } : {}),
    other: 10,
  })),
  '2026-11-10': { 'z/late': '9999' },
};

/** The app board's leader changes between two snapshots: an app event dated by the board's last day. */
const dated: DatedSnapshot[] = [
  appBoard('2026-11-08', [
    [1, 'Alpha', 9],
    [2, 'Beta', 5],
  ]),
  appBoard('2026-11-09', [
    [2, 'Beta', 9],
    [1, 'Alpha', 5],
  ]),
].map(({ date, body }) => ({ dataset: 'app-rankings', date, bodies: { 'popular/all': body } }));

describe(feedEntriesOf, () => {
  it('gives one entry per archive day with a change, newest first, linking site paths', async () => {
    const data = await fixtureSiteData({ rankings, dated });
    const entries = feedEntriesOf(data);
    expect(entries.map((e) => e.id)).toEqual(['day/2026-11-09', 'day/2026-11-08']);
    const [newest, older] = entries;
    expect(older?.title).toBe('8 Nov 2026: Two is the new #1 model; Beta is the new #1 app');
    expect(newest?.items.map((i) => i.kind)).toContain('entered');
    expect(newest?.items.find((i) => i.kind === 'entered')?.path).toBe('/models/c_three/');
    // The board of 9 Nov covers the 30 days to 8 Nov: its new leader is told on the 8th.
    expect(older?.items.map((i) => i.kind)).toContain('new-app-leader');
    expect(older?.links.map((l) => l.path)).toEqual(['/models/', '/apps/']);
  });
});

describe(atomFeedOf, () => {
  it('parses with a real feed parser, with absolute links under the base path and stable ids', async () => {
    const data = await fixtureSiteData({ rankings, dated });
    const where = { siteUrl: 'https://atlas.example', basePath: '/atlas/' };
    const xml = atomFeedOf(data, where);
    const { items, meta } = await parseFeed(xml);
    expect(meta.title).toBe('Token Atlas: what changed');
    expect(items.map((i) => i.guid)).toEqual([
      'tag:atlas.example,2025:atlas/day/2026-11-09',
      'tag:atlas.example,2025:atlas/day/2026-11-08',
    ]);
    expect(items[0]?.link).toBe('https://atlas.example/atlas/models/');
    expect(items[0]?.date?.toISOString()).toBe('2026-11-10T00:00:00.000Z');
    // A rebuild of the same archive gives the same bytes.
    expect(atomFeedOf(await fixtureSiteData({ rankings, dated }), where)).toBe(xml);
  });

  it('is a valid, empty feed for an empty archive', async () => {
    const { items, meta } = await parseFeed(
      atomFeedOf(await fixtureSiteData({}), { siteUrl: 'https://x.org', basePath: '/' }),
    );
    expect(items).toEqual([]);
    expect(meta.date?.toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });
});

describe(feedPathOf, () => {
  it('links sections and model pages without the base path', () => {
    expect(feedPathOf({ kind: 'tasks' })).toBe('/tasks/');
    expect(feedPathOf({ kind: 'model', permaslug: 'openai/gpt-4o' })).toBe('/models/openai_gpt-4o/');
  });
});
