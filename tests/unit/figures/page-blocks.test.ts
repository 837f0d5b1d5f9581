import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allFigures } from '../../../src/lib/figures/catalogue.ts';
import {
  aaHistoryBlock,
  boardHistoryBlocks,
  modelsHistoryBlocks,
  taskHistoryBlock,
  toBlock,
} from '../../../src/lib/figures/page-blocks.ts';
import { allBoardViews } from '../../../src/lib/figures/sections/apps-data.ts';
import { readSiteData, type SiteData } from '../../../src/lib/figures/site-data.ts';
import { AA_METRICS } from '../../../src/lib/transform/benchmarks.ts';
import { buildSiteArchive, removeSiteArchive } from '../../fakes/site-archive.ts';

// One night of the local Data API: the rankings come with their history (the API keeps it), every snapshot
// dataset has a single snapshot.
const DAY = '2026-05-11';
let dir = '';
let data: SiteData;

beforeAll(async () => {
  dir = await buildSiteArchive(DAY);
  data = readSiteData(dir);
  // Building every figure of a whole archive (hundreds of model pages) is the slow part: once, here.
  allFigures(data);
}, 300_000);

afterAll(() => removeSiteArchive(dir));

const NOT_ENOUGH = `Not enough history yet: the archive holds 1 snapshot (11 May 2026), and a chart over time needs at least 2.`;

describe('history blocks of a single-day archive', () => {
  it('give every app board, task and benchmark history the honest empty state, never a chart', () => {
    const boards = allBoardViews(data).filter((view) => view.page === 1);
    expect(boards.length).toBeGreaterThan(10);
    for (const view of boards)
      for (const block of boardHistoryBlocks(data, view)) expect(block).toMatchObject({ message: NOT_ENOUGH });
    for (const measure of ['usage', 'token'] as const)
      expect(taskHistoryBlock(data, measure)).toMatchObject({ kind: 'not-enough', message: NOT_ENOUGH });
    for (const metric of AA_METRICS)
      expect(aaHistoryBlock(data, metric)).toMatchObject({ kind: 'not-enough', message: NOT_ENOUGH });
  });

  it('draw the movers and ranks from the rankings’ own history, as the catalogue’s figures', () => {
    const { movers, ranks } = modelsHistoryBlocks(data);
    expect([...movers, ...ranks].map((b) => (b.kind === 'figure' ? b.figure.id : b.kind))).toEqual([
      'models-movers-7d',
      'models-movers-30d',
      'models-bump-6m',
      'models-bump-all',
    ]);
  });
});

describe(toBlock, () => {
  it('resolves a figure slot against the catalogue and refuses an id it does not have', () => {
    const block = toBlock(data, { kind: 'figure', id: 'models-movers-7d' });
    expect(block.kind === 'figure' && block.figure.attribution).toMatch(/Synthetic demo data/);
    expect(() => toBlock(data, { kind: 'figure', id: 'no-such-chart' })).toThrow(/no figure "no-such-chart"/);
  });
});
