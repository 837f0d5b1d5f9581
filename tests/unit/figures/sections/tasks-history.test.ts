import { describe, expect, it } from 'vitest';
import {
  taskHistoryFigure,
  tasksHistoryBuilt,
  tasksHistoryCsvFiles,
} from '../../../../src/lib/figures/sections/tasks-history.ts';
import { csvRows, fixtureSiteData, type DatedSnapshot } from '../../../fakes/fixture-archive.ts';
import { addDays } from '../../../../src/lib/api/dates.ts';
import { MAX_HISTORY_COLUMNS } from '../../../../src/lib/transform/snapshot-history.ts';
import { taskSnapshot } from '../../transform/snapshot-fixtures.ts';
import { cellTexts, figureOf } from './history-fixtures.ts';

/** Two nights: Code Generation grows, SQL is not listed on the first night. */
const nights = [
  taskSnapshot('2026-11-08', [['code:gen', 'Code Generation', 'code', 0.3]]),
  taskSnapshot('2026-11-09', [
    ['code:gen', 'Code Generation', 'code', 0.4],
    ['data:sql', 'SQL', 'data', 0.2],
  ]),
];
const dated: DatedSnapshot[] = nights.map(({ date, body }) => ({
  dataset: 'task-classifications',
  date,
  bodies: { '7d': body },
}));

describe(taskHistoryFigure, () => {
  it('draws each task’s share per snapshot; a task a snapshot does not list has no value there', async () => {
    const data = await fixtureSiteData({ dated });
    const figure = figureOf(taskHistoryFigure(data, 'usage'));
    expect(figure.id).toBe('tasks-share-history-usage');
    expect(figure.links.page).toBe('/tasks/#tasks-share-history-usage');
    expect(figure.table.columns).toEqual([
      'Snapshot',
      'Gap before',
      { label: 'Code Generation', numeric: true },
      { label: 'SQL', numeric: true },
    ]);
    expect(cellTexts(figure)).toEqual([
      ['8 Nov 2026', '', '30.0%', '—'],
      ['9 Nov 2026', '', '40.0%', '20.0%'],
    ]);
    expect(figure.variants[0]?.options.map((o) => [o.href, o.current])).toEqual([
      ['/tasks/#tasks-share-history-usage', true],
      ['/tasks/tokens/#tasks-share-history-token', false],
    ]);
  });

  it(`draws the newest ${MAX_HISTORY_COLUMNS} snapshots of a longer archive`, async () => {
    // 65 nights from 1 Aug 2026: the chart keeps 6 Aug to 4 Oct.
    const many: DatedSnapshot[] = Array.from({ length: MAX_HISTORY_COLUMNS + 5 }, (_, i) => {
      const { date, body } = taskSnapshot(addDays('2026-08-01', i), [['code:gen', 'Code Generation', 'code', 0.3]]);
      return { dataset: 'task-classifications', date, bodies: { '7d': body } };
    });
    const figure = figureOf(taskHistoryFigure(await fixtureSiteData({ dated: many }), 'usage'));
    const rows = cellTexts(figure);
    expect(rows).toHaveLength(MAX_HISTORY_COLUMNS);
    expect(rows[0]?.[0]).toBe('6 Aug 2026');
    expect(rows.at(-1)?.[0]).toBe('4 Oct 2026');
  });

  it('writes the token shares of the token page to its own CSV, empty where unlisted', async () => {
    const data = await fixtureSiteData({ dated });
    const csv = csvRows(tasksHistoryCsvFiles(data).find((f) => f.path.endsWith('-token.csv'))?.body ?? '');
    expect(csv).toEqual([
      ['snapshot_date', 'tag', 'name', 'token_share', 'gap_before'],
      ['2026-11-08', 'code:gen', 'Code Generation', '0.15', ''],
      ['2026-11-09', 'code:gen', 'Code Generation', '0.2', ''],
      ['2026-11-08', 'data:sql', 'SQL', '', ''],
      ['2026-11-09', 'data:sql', 'SQL', '0.1', ''],
    ]);
  });

  it('shows the honest empty state with one snapshot, and nothing without classifications', async () => {
    const single = await fixtureSiteData({ dated: dated.slice(1) });
    expect(tasksHistoryBuilt(single).map((b) => b.kind)).toEqual(['not-enough', 'not-enough']);
    expect(tasksHistoryCsvFiles(single)).toEqual([]);
    const empty = await fixtureSiteData({});
    expect(tasksHistoryBuilt(empty)).toEqual([]);
  });
});
