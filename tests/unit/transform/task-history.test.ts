import { describe, expect, it } from 'vitest';
import { toTaskShareHistory } from '../../../src/lib/transform/task-history.ts';
import { taskSnapshot } from './snapshot-fixtures.ts';

const snapshots = [
  taskSnapshot(
    '2026-11-13',
    [
      ['code:gen', 'Code Generation', 'code', 0.5],
      ['general:chat', 'Chat', 'general', 0.3],
      ['agent:web', 'Web Search', 'agent', 0.2],
    ],
    [
      ['code', 'Code', 0.5],
      ['general', 'General', 0.3],
      ['agent', 'Agent', 0.2],
    ],
  ),
  taskSnapshot(
    '2026-11-20',
    [
      ['code:gen', 'Code Generation', 'code', 0.4],
      ['agent:web', '', 'agent', 0.35],
      ['general:chat', 'Chat', 'general', 0.25],
    ],
    [
      ['code', 'Code', 0.4],
      ['agent', 'Agent', 0.35],
      ['general', 'General', 0.25],
    ],
  ),
];

describe(toTaskShareHistory, () => {
  it('draws the largest tasks of the newest snapshot, largest first, with their share at each snapshot', () => {
    const history = toTaskShareHistory(snapshots, { measure: 'usage', top: 2 });
    if (history.kind !== 'history') throw new Error('expected history');
    expect(history.series.map((s) => [s.key, s.label, s.points.map((p) => p.value)])).toEqual([
      ['code:gen', 'Code Generation', [0.5, 0.4]],
      ['agent:web', 'agent:web', [0.2, 0.35]], // an empty display name falls back to the tag
    ]);
    // Weekly snapshots within the daily-retention tier: six nights missing in between.
    expect(history.columns.map((c) => [c.spacingDays, c.gapBefore])).toEqual([
      [null, false],
      [7, true],
    ]);
  });

  it('uses token shares for the token measure', () => {
    const history = toTaskShareHistory(snapshots, { measure: 'token', top: 1 });
    expect(history.kind === 'history' && history.series[0]?.points.map((p) => p.value)).toEqual([0.25, 0.2]);
  });

  it('draws every macro-category at the macro level', () => {
    const history = toTaskShareHistory(snapshots, { measure: 'usage', level: 'macro', top: 1 });
    expect(history.kind === 'history' && history.series.map((s) => [s.label, s.points.map((p) => p.value)])).toEqual([
      ['Code', [0.5, 0.4]],
      ['Agent', [0.2, 0.35]],
      ['General', [0.3, 0.25]],
    ]);
  });

  it('is null where a task is missing from a snapshot, and honest about a single snapshot', () => {
    const later = taskSnapshot('2026-11-21', [['data:sql', 'SQL', 'data', 1]]);
    const history = toTaskShareHistory([...snapshots, later], { measure: 'usage', top: 1 });
    expect(history.kind === 'history' && history.series[0]?.points.map((p) => p.value)).toEqual([null, null, 1]);
    expect(toTaskShareHistory(snapshots.slice(0, 1), { measure: 'usage' })).toMatchObject({
      kind: 'not-enough-history',
      snapshots: 1,
    });
  });
});
