import { describe, expect, it } from 'vitest';
import {
  modelsBumpBuilt,
  modelsBumpCsvFiles,
  modelsBumpFigure,
} from '../../../../src/lib/figures/sections/model-ranks.ts';
import { csvRows, fixtureSiteData } from '../../../fakes/fixture-archive.ts';
import { cellTexts, figureOf, rankingDays } from './history-fixtures.ts';

// Three weeks to Mon 9 Nov 2026 (15 days: Mon 26 Oct to Mon 9 Nov): b/two overtakes a/one in the second week.
const rankings = rankingDays(15, (i) => ({ 'a/one': 500, 'b/two': i >= 7 ? 700 : 300, other: 10 }));

describe(modelsBumpFigure, () => {
  it('ranks the models week by week, the newest week ranked over the days it has', async () => {
    const data = await fixtureSiteData({ rankings });
    const figure = figureOf(modelsBumpFigure(data, '6m'));
    expect(figure.id).toBe('models-bump-6m');
    expect(figure.table.columns.slice(0, 2)).toEqual(['Week of', 'Gap before']);
    expect(figure.legend.map((l) => l.label)).toEqual(['Two', 'One']);
    expect(cellTexts(figure)).toEqual([
      ['26 Oct 2026', '', '#2', '#1'],
      ['2 Nov 2026', '', '#1', '#2'],
      ['9 Nov 2026', '', '#1', '#2'],
    ]);
    expect(figure.notes[0]).toContain('ranked over its 1 complete day so far');
    expect(figure.embed).toEqual({ card: true, frozen: { kind: 'own' } });
    expect(figureOf(modelsBumpFigure(data, 'all')).embed.frozen).toEqual({ kind: 'variant', of: 'models-bump-6m' });
  });

  it('ranks every archived month once the archive spans more than two years, and says so', async () => {
    // 800 days to Mon 9 Nov 2026 (from Tue 1 Sep 2024): b/two leads from the 400th day on.
    const long = rankingDays(800, (i) => ({ 'a/one': 500, 'b/two': i >= 400 ? 700 : 300, other: 10 }));
    const data = await fixtureSiteData({ rankings: long });
    const all = figureOf(modelsBumpFigure(data, 'all'));
    expect(all.heading).toBe('Ranks over time, every archived month');
    expect(all.title).toMatch(/^Top 10 models by month, 1 Sept 2024 – 1 Nov 2026$/);
    expect(all.table.columns[0]).toBe('Month from');
    expect(cellTexts(all)).toHaveLength(27);
    expect(all.notes[0]).toMatch(/^The archive spans more than two years, so this chart ranks by calendar month/);
    expect(all.notes[0]).toContain('The newest month, from 1 Nov 2026, is ranked over its 9 complete days so far.');
    expect(all.alt).toMatch(/^Ranks 1–10 over 27 months/);
    const csv = csvRows(modelsBumpCsvFiles(data).find((f) => f.path === '/models/models-bump-all.csv')?.body ?? '');
    expect(
      csv
        .slice(1)
        .filter((r) => r[1] === 'b/two')
        .map((r) => r[0]),
    ).toHaveLength(27);
    // The last 26 weeks stay weekly.
    const sixMonths = figureOf(modelsBumpFigure(data, '6m'));
    expect(sixMonths.table.columns[0]).toBe('Week of');
    expect(cellTexts(sixMonths)).toHaveLength(26);
  });

  it('writes one CSV row per model and week drawn', async () => {
    const data = await fixtureSiteData({ rankings });
    const csv = csvRows(modelsBumpCsvFiles(data).find((f) => f.path === '/models/models-bump-6m.csv')?.body ?? '');
    expect(csv[0]).toEqual(['date', 'model_permaslug', 'name', 'rank']);
    expect(csv.slice(1).filter((r) => r[1] === 'a/one')).toEqual([
      ['2026-10-26', 'a/one', 'One', '1'],
      ['2026-11-02', 'a/one', 'One', '2'],
      ['2026-11-09', 'a/one', 'One', '2'],
    ]);
  });

  it('shows the honest empty state when the archive holds a single week', async () => {
    const data = await fixtureSiteData({ rankings: rankingDays(1, () => ({ 'a/one': 1 })) });
    const built = modelsBumpBuilt(data);
    expect(built.map((b) => b.kind)).toEqual(['not-enough', 'not-enough']);
    expect(built[0]?.kind === 'not-enough' && built[0].message).toBe(
      'Not enough history yet: the archive holds 1 week (9 Nov 2026), and a chart over time needs at least 2.',
    );
    expect(modelsBumpCsvFiles(data)).toEqual([]);
  });
});
