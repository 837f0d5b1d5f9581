import { describe, expect, it } from 'vitest';
import {
  appsHistoryCsvFiles,
  appsHistoryFigures,
  boardHistoryBuilt,
} from '../../../../src/lib/figures/sections/apps-history.ts';
import { csvRows, fixtureSiteData, type DatedSnapshot } from '../../../fakes/fixture-archive.ts';
import { appBoard } from '../../transform/snapshot-fixtures.ts';
import { cellTexts, figureOf } from './history-fixtures.ts';

const HUGE = 2n ** 60n + 1n; // beyond 2^53: exact only as a BigInt

/** The popular board on three nights, a week apart then nightly: Beta overtakes Alpha, Gamma enters. */
const popular = [
  appBoard('2026-11-01', [
    [1, 'Alpha', 900],
    [2, 'Beta', 500],
  ]),
  appBoard('2026-11-08', [
    [2, 'Beta', 1000],
    [1, 'Alpha', 800],
  ]),
  appBoard('2026-11-09', [
    [2, 'Beta', HUGE],
    [1, 'Alpha', 700],
    [3, 'Gamma', 10],
  ]),
];

/** The trending board exists only in the newest snapshot. */
const dated: DatedSnapshot[] = popular.map(({ date, body }, i) => ({
  dataset: 'app-rankings',
  date,
  bodies: { 'popular/all': body, ...(i === 2 ? { 'trending/all': appBoard(date, [[3, 'Gamma', 10]]).body } : {}) },
}));

const POPULAR = { sort: 'popular', scope: { kind: 'all' } } as const;
const TRENDING = { sort: 'trending', scope: { kind: 'all' } } as const;

describe(boardHistoryBuilt, () => {
  it('draws a board’s ranks at each snapshot, marking the missing nights before the second', async () => {
    const data = await fixtureSiteData({ dated });
    const [ranks] = boardHistoryBuilt(data, POPULAR);
    const figure = figureOf(ranks);
    expect(figure.id).toBe('apps-popular-all-ranks');
    expect(figure.links.page).toBe('/apps/popular/#apps-popular-all-ranks');
    expect(figure.table.columns.slice(2)).toEqual([
      { label: 'Beta', numeric: true },
      { label: 'Alpha', numeric: true },
      { label: 'Gamma', numeric: true },
    ]);
    expect(cellTexts(figure)).toEqual([
      ['1 Nov 2026', '', '#2', '#1', '—'],
      ['8 Nov 2026', 'yes', '#1', '#2', '—'],
      ['9 Nov 2026', '', '#1', '#2', '#3'],
    ]);
    expect(figure.notes.join(' ')).toContain('Shaded: a stretch where the archive misses snapshots');
    expect(figure.embed.frozen).toEqual({ kind: 'none' });
  });

  it('gives popular boards their top apps’ tokens, exact in the table and the CSV', async () => {
    const data = await fixtureSiteData({ dated });
    const tokens = figureOf(boardHistoryBuilt(data, POPULAR)[1]);
    expect(tokens.id).toBe('apps-popular-all-tokens');
    const beta = tokens.table.rows[2]?.[2];
    expect(beta).toEqual({ text: '1,153P', title: `${HUGE.toLocaleString('en-US')} tokens` });
    const csv = csvRows(
      appsHistoryCsvFiles(data).find((f) => f.path === '/apps/apps-popular-all-tokens.csv')?.body ?? '',
    );
    expect(csv[0]).toEqual(['snapshot_date', 'app_id', 'name', 'rank', 'window_tokens', 'gap_before']);
    expect(csv.filter((r) => r[1] === '2')).toEqual([
      ['2026-11-01', '2', 'Beta', '2', '500', ''],
      ['2026-11-08', '2', 'Beta', '1', '1000', 'yes'],
      ['2026-11-09', '2', 'Beta', '1', HUGE.toString(), ''],
    ]);
  });

  it('shows the honest empty state for a board archived once, and only figures go to the catalogue', async () => {
    const data = await fixtureSiteData({ dated });
    const [trending] = boardHistoryBuilt(data, TRENDING);
    expect(trending).toMatchObject({ kind: 'not-enough', anchor: 'apps-trending-all-ranks' });
    expect(trending?.kind === 'not-enough' && trending.message).toContain('holds 1 snapshot (9 Nov 2026)');
    expect(boardHistoryBuilt(data, TRENDING)).toHaveLength(1); // trending boards have no token history
    expect(appsHistoryFigures(data).map((f) => f.id)).toEqual(['apps-popular-all-ranks', 'apps-popular-all-tokens']);
    expect(appsHistoryCsvFiles(data).map((f) => f.path)).toEqual([
      '/apps/apps-popular-all-ranks.csv',
      '/apps/apps-popular-all-tokens.csv',
    ]);
  });
});
