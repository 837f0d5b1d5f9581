import { describe, expect, it } from 'vitest';
import { moversBuilt, moversCsvFiles, moversFigure } from '../../../../src/lib/figures/sections/movers.ts';
import { SYNTHETIC_NOTICE } from '../../../../src/lib/transform/citation.ts';
import { csvRows, fixtureSiteData } from '../../../fakes/fixture-archive.ts';
import { cellTexts, figureOf, rankingDays } from './history-fixtures.ts';

// 28 complete days: enough for 7 days and their three baseline weeks, not for 30 days (120 needed).
// b/rise doubles in the last week, c/fall halves, a/flat stays, d/new joins the top 50 in the last week.
const rankings = rankingDays(28, (i) => ({
  'a/flat': 1000,
  'b/rise': i >= 21 ? 800 : 400,
  'c/fall': i >= 21 ? 300 : 600,
  ...(i >= 21 ? { 'd/new': 50 } : {}),
  other: 100,
}));

describe(moversFigure, () => {
  it('draws the largest risers, then the largest fallers, with the table and CSV of exactly those rows', async () => {
    const data = await fixtureSiteData({ rankings });
    const figure = figureOf(moversFigure(data, '7d'));
    expect(figure.id).toBe('models-movers-7d');
    expect(figure.links).toEqual({
      page: '/models/#movers-7d',
      csv: '/models/models-movers-7d.csv',
      exports: '/models/models-movers-7d',
      png: true,
    });
    const rows = cellTexts(figure);
    // Excess: b +2,800 (7×400), d +350, c −2,100; a/flat did not move and is not drawn.
    expect(rows.map((r) => r[0])).toEqual(['Rise', 'New', 'Fall']);
    expect(rows.map((r) => r[1])).toEqual(['+2.80K', '+350', '−2.10K']);
    expect(rows[1]?.[5]).toBe('new');
    expect(figure.takeaway).toContain('Rise rose most');
    expect(figure.svg).toContain('>Rise<');

    const csv = csvRows(moversCsvFiles(data).find((f) => f.path === figure.links.csv)?.body ?? '');
    expect(csv[0]?.slice(0, 5)).toEqual([
      'model_permaslug',
      'name',
      'window_tokens',
      'baseline_mean_tokens',
      'excess_tokens',
    ]);
    expect(csv.slice(1).map((r) => [r[0], r[4]])).toEqual([
      ['b/rise', '2800'],
      ['d/new', '350'],
      ['c/fall', '-2100'],
    ]);
  });

  it('says how many complete days a window needs when the archive holds fewer', async () => {
    const data = await fixtureSiteData({ rankings });
    const built = moversFigure(data, '30d');
    expect(built).toMatchObject({ kind: 'not-enough', anchor: 'movers-30d', heading: 'Movers, last 30 days' });
    expect(built?.kind === 'not-enough' && built.message).toContain('needs 120 complete days');
    expect(moversCsvFiles(data).map((f) => f.path)).toEqual(['/models/models-movers-7d.csv']);
  });

  it('labels synthetic archives and builds nothing without rankings', async () => {
    const synthetic = await fixtureSiteData({ rankings, synthetic: true });
    expect(figureOf(moversFigure(synthetic, '7d')).attribution).toBe(SYNTHETIC_NOTICE);
    const empty = await fixtureSiteData({});
    expect(moversBuilt(empty)).toEqual([]);
    expect(moversCsvFiles(empty)).toEqual([]);
  });
});
