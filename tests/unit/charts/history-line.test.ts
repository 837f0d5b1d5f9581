import { describe, expect, it } from 'vitest';
import { historyLineChart } from '../../../src/lib/charts/history-line.ts';
import { toAppHistory, toAppSeries } from '../../../src/lib/transform/app-history.ts';
import type { SnapshotHistory } from '../../../src/lib/transform/snapshot-history.ts';
import { toTaskShareHistory } from '../../../src/lib/transform/task-history.ts';
import { appBoard, taskSnapshot } from '../transform/snapshot-fixtures.ts';
import { prettySvg } from '../../fakes/svg-snapshot.ts';

// Weekly snapshots (older than 35 days), a missing week, then nightly ones with one night missing.
const dates = ['2026-09-25', '2026-10-02', '2026-10-16', '2026-11-16', '2026-11-17', '2026-11-19', '2026-11-20'];
const tasks = dates.map((date, i) =>
  taskSnapshot(date, [
    ['code:gen', 'Code Generation', 'code', 0.3 + i * 0.01],
    ['general:chat', 'Chat', 'general', 0.25 - i * 0.01],
    // SQL is not listed on 16 Oct: a break in its line, not a zero.
    ...(i === 2 ? [] : [['data:sql', 'SQL', 'data', 0.1 + (i % 3) * 0.02] as [string, string, string, number]]),
  ]),
);
const taskHistory = toTaskShareHistory(tasks, { measure: 'usage' });
if (taskHistory.kind !== 'history') throw new Error('expected history');
const colors = ['#4477AA', '#88CCEE', '#44AA99'];
const wide = { width: 880, height: 320 };

/** Paths of the line mark, each `M…L…` per segment. */
const lineSegments = (svg: string) => (svg.match(/aria-label="line"[\s\S]*?<\/g>/)?.[0].match(/M/g) ?? []).length;

describe(historyLineChart, () => {
  it('draws each task’s share at the snapshots’ real dates, shading gaps and breaking lines there', async () => {
    const svg = historyLineChart('tasks-share-history', taskHistory, {
      measure: 'share',
      yLabel: 'Share of requests',
      colors,
      size: wide,
    });
    expect(svg).toContain('>30%<');
    // Gaps: the missing week before 16 Oct, the month before 16 Nov, the night before 19 Nov.
    expect(svg.match(/<rect /g)).toHaveLength(3);
    // Each line restarts after every gap (4 pieces, one a lone point); SQL's missing value is the lone point: 4 + 4 + 3.
    expect(lineSegments(svg)).toBe(11);
    await expect(prettySvg(svg)).toMatchFileSnapshot('./__snapshots__/tasks-share-history.svg');
  });

  it('has its own narrow geometry', async () => {
    const svg = historyLineChart('tasks-share-history-narrow', taskHistory, {
      measure: 'share',
      yLabel: 'Share of requests',
      colors,
      size: { width: 375, height: 280 },
    });
    expect(svg).toContain('font-size:14px');
    await expect(prettySvg(svg)).toMatchFileSnapshot('./__snapshots__/tasks-share-history-narrow.svg');
  });

  it('draws an app’s rank with rank 1 on top and whole-rank ticks', async () => {
    const boards = dates.map((date, i) =>
      appBoard(date, [
        [i % 2 === 0 ? 1 : 2, 'A', 9],
        [i % 2 === 0 ? 2 : 1, 'B', 5],
      ]),
    );
    const app = toAppHistory(boards, 1);
    if (app?.kind !== 'history') throw new Error('expected history');
    const history: SnapshotHistory = { kind: 'history', columns: app.columns, series: [toAppSeries(app, 'rank')] };
    const svg = historyLineChart('app-rank-history', history, { measure: 'rank', yLabel: 'Rank', colors, size: wide });
    expect(svg).toContain('>#1<');
    expect(svg).toContain('>#5<');
    expect(svg).not.toMatch(/>#\d+\.\d+</);
    await expect(prettySvg(svg)).toMatchFileSnapshot('./__snapshots__/app-rank-history.svg');
  });

  it('draws no band where snapshots keep their cadence', () => {
    const nightly = toTaskShareHistory(tasks.slice(-2), { measure: 'usage' });
    if (nightly.kind !== 'history') throw new Error('expected history');
    const svg = historyLineChart('tasks-share-history', nightly, {
      measure: 'share',
      yLabel: 'Share',
      colors,
      size: wide,
    });
    expect(svg).not.toContain('<rect ');
  });
});
