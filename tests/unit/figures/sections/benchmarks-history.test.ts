import { describe, expect, it } from 'vitest';
import {
  aaHistoryFigure,
  benchmarksHistoryBuilt,
  benchmarksHistoryCsvFiles,
} from '../../../../src/lib/figures/sections/benchmarks-history.ts';
import { csvRows, fixtureSiteData, type DatedSnapshot } from '../../../fakes/fixture-archive.ts';
import { aaSnapshot } from '../../transform/snapshot-fixtures.ts';
import { cellTexts, figureOf } from './history-fixtures.ts';

/** Three nights: b/two's score is revised, c/three is added last; a/one never changes. */
const nights = [
  aaSnapshot('2026-11-07', [
    ['a/one', 'One', 60],
    ['b/two', 'Two', 50],
  ]),
  aaSnapshot('2026-11-08', [
    ['a/one', 'One', 60],
    ['b/two', 'Two', 52.5],
  ]),
  aaSnapshot('2026-11-09', [
    ['a/one', 'One', 60],
    ['b/two', 'Two', 52.5],
    ['c/three', 'Three', 40],
  ]),
];
const dated: DatedSnapshot[] = nights.map(({ date, body }) => ({
  dataset: 'benchmarks',
  date,
  bodies: { 'artificial-analysis/intelligence': body },
}));

describe(aaHistoryFigure, () => {
  it('draws the models whose score changed, newest change first, and tells the changes', async () => {
    const data = await fixtureSiteData({ dated });
    const figure = figureOf(aaHistoryFigure(data, 'intelligence'));
    expect(figure.id).toBe('benchmarks-aa-intelligence-history');
    expect(figure.links.page).toBe('/benchmarks/#benchmarks-aa-intelligence-history');
    expect(figure.legend.map((l) => l.label)).toEqual(['Three', 'Two']);
    expect(cellTexts(figure)).toEqual([
      ['7 Nov 2026', '', '—', '50'],
      ['8 Nov 2026', '', '—', '52.5'],
      ['9 Nov 2026', '', '40', '52.5'],
    ]);
    expect(figure.takeaway).toBe(
      '2 changes to the intelligence index across the 3 archived snapshots (7 Nov 2026 – 9 Nov 2026); the newest, on 9 Nov 2026: Three added at 40.',
    );
    expect(figure.notes.join(' ')).toContain('Changes: 9 Nov 2026: Three added at 40; 8 Nov 2026: Two: 50 → 52.5.');
    const csv = csvRows(benchmarksHistoryCsvFiles(data)[0]?.body ?? '');
    expect(csv[0]).toEqual(['snapshot_date', 'model_permaslug', 'name', 'intelligence_index', 'gap_before']);
    expect(csv).toHaveLength(1 + 2 * 3);
  });

  it('draws the top scorers when no score changed', async () => {
    const steady = dated.slice(1, 2).map((s) => ({ ...s, date: '2026-11-07' }));
    const data = await fixtureSiteData({ dated: [...steady, dated[1] as DatedSnapshot] });
    const figure = figureOf(aaHistoryFigure(data, 'intelligence'));
    expect(figure.legend.map((l) => l.label)).toEqual(['One', 'Two']);
    expect(figure.takeaway).toContain("No model's intelligence index changed across the 2 archived snapshots");
  });

  it('shows the honest empty state with a single snapshot', async () => {
    const data = await fixtureSiteData({ dated: dated.slice(2) });
    const [built] = benchmarksHistoryBuilt(data);
    expect(built).toMatchObject({ kind: 'not-enough', level: 3, heading: 'Intelligence index over time' });
    expect(benchmarksHistoryCsvFiles(data)).toEqual([]);
  });
});
