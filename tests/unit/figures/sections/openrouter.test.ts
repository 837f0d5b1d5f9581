import { beforeAll, describe, expect, it } from 'vitest';
import { parseWith } from '../../../../src/lib/api/parse.ts';
import { FigureSchema, type Figure, type TableCell } from '../../../../src/lib/figures/schema.ts';
import {
  openRouterCsvFiles,
  openRouterFigures,
  openRouterPage,
} from '../../../../src/lib/figures/sections/openrouter.ts';
import type { SiteData } from '../../../../src/lib/figures/site-data.ts';
import { aaItem, csvRows, fixtureSiteData, orItem } from '../../../fakes/fixture-archive.ts';

let data: SiteData;
let figures: Figure[];
beforeAll(async () => {
  data = await fixtureSiteData({
    synthetic: true,
    openrouter: {
      'openrouter/gpqa_diamond': [
        orItem('x/cheap', 0.6, 0.002),
        orItem('x/big', 0.74, 0.09),
        orItem('x/dominated', 0.5, 0.05),
        orItem('x/unpriced', 0.7, null),
      ],
    },
  });
  figures = openRouterFigures(data).map((input) => parseWith(FigureSchema, input, input.id));
});

const cellText = (cell: TableCell | undefined) => (typeof cell === 'string' ? cell : cell?.text);

describe(openRouterFigures, () => {
  it('draws each benchmark the snapshot holds, anchored and downloaded by its id', () => {
    expect(figures.map((f) => [f.id, f.anchor, f.links])).toEqual([
      [
        'benchmarks-openrouter-gpqa-diamond',
        'benchmarks-openrouter-gpqa-diamond',
        {
          page: '/benchmarks/openrouter/#benchmarks-openrouter-gpqa-diamond',
          csv: '/benchmarks/openrouter/benchmarks-openrouter-gpqa-diamond.csv',
          exports: '/benchmarks/openrouter/benchmarks-openrouter-gpqa-diamond',
          png: true,
        },
      ],
    ]);
  });

  it('names the page in the standalone title and says what the benchmark measures first', () => {
    const [gpqa] = figures;
    expect(gpqa?.heading).toBe('GPQA Diamond: accuracy against cost per task');
    expect(gpqa?.title).toBe('OpenRouter benchmarks, GPQA Diamond: accuracy against cost per task');
    expect(gpqa?.notes[0]).toBe('Graduate-level multiple-choice questions in biology, physics and chemistry.');
  });

  it("makes the page's first chart its card and freezes its copies", () =>
    expect(figures[0]?.embed).toEqual({ card: true, frozen: { kind: 'own' } }));

  it('cites the synthetic notice for a synthetic archive', () => expect(figures[0]?.attribution).toMatch(/synthetic/i));

  it('is empty without OpenRouter benchmarks', async () =>
    expect(openRouterFigures(await fixtureSiteData({}))).toEqual([]));
});

describe(openRouterCsvFiles, () => {
  it("writes the points by accuracy with the table's frontier flags", () => {
    const [file] = openRouterCsvFiles(data);
    expect(file?.path).toBe(figures[0]?.links.csv);
    const [header, ...rows] = csvRows(file?.body ?? '');
    const frontier = header?.indexOf('on_frontier') ?? -1;
    const table = figures[0]?.table;
    const column = table?.columns.indexOf('Frontier') ?? -1;
    expect(rows.map((row) => [row[1], row[frontier]])).toEqual([
      ['big', 'yes'],
      ['cheap', 'yes'],
      ['dominated', 'no'],
    ]);
    expect(table?.rows.map((row) => [cellText(row[0]), cellText(row[column])])).toEqual(
      rows.map((row) => [row[1], row[frontier]]),
    );
  });
});

describe(openRouterPage, () => {
  it('lists a section per benchmark type with the newest as_of', () =>
    expect(openRouterPage(data)).toEqual({
      hasArchive: true,
      synthetic: true,
      asOf: '2026-11-10T12:00:00.000Z',
      sections: [
        { type: 'gpqa_diamond', name: 'GPQA Diamond', figureId: 'benchmarks-openrouter-gpqa-diamond' },
        {
          type: 'tau_bench_verified_airline',
          name: 'τ-bench Verified, airline',
          figureId: 'benchmarks-openrouter-tau-bench-verified-airline',
        },
      ],
    }));

  it("takes provenance from the benchmarks snapshot when OpenRouter's is missing", async () => {
    const page = openRouterPage(
      await fixtureSiteData({ synthetic: true, benchmarks: { 'artificial-analysis': [aaItem('a/b', 1, '1')] } }),
    );
    expect([page.hasArchive, page.synthetic, page.asOf]).toEqual([false, true, null]);
  });
});
