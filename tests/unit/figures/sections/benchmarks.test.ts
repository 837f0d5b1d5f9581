import { beforeAll, describe, expect, it } from 'vitest';
import { parseWith } from '../../../../src/lib/api/parse.ts';
import { FigureSchema, type Figure, type TableCell } from '../../../../src/lib/figures/schema.ts';
import {
  benchmarksCsvFiles,
  benchmarksFigures,
  benchmarksPage,
  benchmarksPageTitle,
} from '../../../../src/lib/figures/sections/benchmarks.ts';
import type { SiteData } from '../../../../src/lib/figures/site-data.ts';
import { aaItem, csvRows, daItem, fixtureSiteData, type Fixture } from '../../../fakes/fixture-archive.ts';

const days = (from: number, to: number, tokens: Record<string, string>) =>
  Object.fromEntries(
    Array.from({ length: to - from + 1 }, (_, i) => [`2026-11-${String(from + i).padStart(2, '0')}`, tokens]),
  );

const SCORED = [
  aaItem('a/cheap', 40, '0.000001'),
  aaItem('b/mid', 55, '0.000003'),
  aaItem('c/best', 70, '0.00001'),
  aaItem('d/dominated', 30, '0.000008'),
];

/** Intelligence scores (frontier: cheap, mid, best), Design Arena's models arena in two categories, builders in one. */
const BENCHMARKS_FIXTURE: Fixture = {
  rankings: days(1, 10, { 'a/cheap': '100', 'c/best': '1000', other: '50' }),
  benchmarks: {
    'artificial-analysis/intelligence': SCORED,
    'artificial-analysis': [
      ...SCORED,
      aaItem('e/unscored', null, '0.000002'),
      aaItem('f/free', 50, '0'),
      aaItem('g/unpriced', 60, null),
    ],
    'design-arena/models': [
      daItem('w/one', 'models', 'website', 1200, '0.000002'),
      daItem('w/two', 'models', 'website', 1100, '0.000001'),
      daItem('w/three', 'models', 'website', 1000, '0.000005'),
      daItem('i/one', 'models', 'image', 1300, '0.000003'),
    ],
    'design-arena/builders': [
      daItem('b/one', 'builders', 'website', 1200, '0.000002'),
      daItem('b/two', 'builders', 'website', 1000, '0.000004'),
    ],
  },
};

let data: SiteData;
let figures: Figure[];
beforeAll(async () => {
  data = await fixtureSiteData(BENCHMARKS_FIXTURE);
  figures = benchmarksFigures(data).map((input) => parseWith(FigureSchema, input, input.id));
});

const figure = (id: string) => {
  const found = figures.find((f) => f.id === id);
  if (!found) throw new Error(`no figure ${id}`);
  return found;
};
const cellText = (cell: TableCell | undefined) => (typeof cell === 'string' ? cell : cell?.text);

describe('a right-to-left model name in a scatterplot', () => {
  it('is bidi-isolated in the tooltip, the takeaway and the alt text; Latin names are not', async () => {
    const named = [...SCORED.slice(0, 2), { ...aaItem('c/best', 70, '0.00001'), display_name: 'مساعد' }];
    const rtl = await fixtureSiteData({ benchmarks: { 'artificial-analysis/intelligence': named } });
    const [scatter] = benchmarksFigures(rtl);
    const isolated = '\u2068مساعد\u2069';
    expect(scatter?.svg).toContain(`<title>${isolated}: intelligence index 70,`);
    expect(scatter?.takeaway).toMatch(new RegExp(`^Highest intelligence index: ${isolated} \\(70\\)`));
    expect(scatter?.alt).toContain(`Highest intelligence index: ${isolated} (70)`);
    expect(scatter?.svg).toContain('<title>cheap: intelligence index 40,');
  });
});

describe(benchmarksFigures, () => {
  it('draws every index, then both charts of each arena the snapshot holds', () =>
    expect(figures.map((f) => f.id)).toEqual([
      'benchmarks-aa-intelligence',
      'benchmarks-aa-coding',
      'benchmarks-aa-agentic',
      'benchmarks-da-models-elo',
      'benchmarks-da-models-speed',
      'benchmarks-da-builders-elo',
      'benchmarks-da-builders-speed',
    ]));

  it('links each chart to its page, anchored by its id, and its downloads under /benchmarks/', () => {
    expect(figure('benchmarks-aa-intelligence').links).toEqual({
      page: '/benchmarks/#benchmarks-aa-intelligence',
      csv: '/benchmarks/benchmarks-aa-intelligence.csv',
      exports: '/benchmarks/benchmarks-aa-intelligence',
      png: true,
    });
    expect(figure('benchmarks-aa-coding').links.page).toBe(
      '/benchmarks/artificial-analysis/coding/#benchmarks-aa-coding',
    );
    expect(figure('benchmarks-da-builders-speed').links.page).toBe(
      '/benchmarks/design-arena/builders/#benchmarks-da-builders-speed',
    );
    expect(figure('benchmarks-da-models-elo').anchor).toBe('benchmarks-da-models-elo');
  });

  it('names the source in the standalone title and not in the page heading', () => {
    const aa = figure('benchmarks-aa-intelligence');
    expect([aa.heading, aa.title, aa.level]).toEqual([
      'Intelligence index against price',
      'Artificial Analysis: Intelligence index against price',
      3,
    ]);
    const da = figure('benchmarks-da-models-elo');
    expect([da.heading, da.title]).toEqual([
      'Models arena: ELO against price',
      'Design Arena, models arena: ELO against price',
    ]);
  });

  it('gives every index a card, and an arena a card only where its ELO chart opens the page', () =>
    expect(Object.fromEntries(figures.map((f) => [f.id, f.embed.card]))).toEqual({
      'benchmarks-aa-intelligence': true,
      'benchmarks-aa-coding': true,
      'benchmarks-aa-agentic': true,
      'benchmarks-da-models-elo': false,
      'benchmarks-da-models-speed': false,
      'benchmarks-da-builders-elo': true,
      'benchmarks-da-builders-speed': false,
    }));

  it('freezes copies of every chart', () => expect(figures.every((f) => f.embed.frozen.kind === 'own')).toBe(true));

  it('toggles the index and the arena, landing on their sections', () => {
    expect(figure('benchmarks-aa-coding').variants).toEqual([
      {
        label: 'Index',
        options: [
          { label: 'Intelligence', href: '/benchmarks/#artificial-analysis', current: false },
          { label: 'Coding', href: '/benchmarks/artificial-analysis/coding/#artificial-analysis', current: true },
          { label: 'Agentic', href: '/benchmarks/artificial-analysis/agentic/#artificial-analysis', current: false },
        ],
      },
    ]);
    const arenas = figure('benchmarks-da-builders-speed').variants[0];
    expect(arenas?.label).toBe('Arena');
    expect(arenas?.options.find((o) => o.current)?.href).toBe('/benchmarks/design-arena/builders/#design-arena');
  });

  it("says which category an arena's charts show in one note, the same on both charts", () => {
    const note =
      "Design Arena rates models per category; this chart shows the website category, the one with the most models in this arena's snapshot. The snapshot also rates: image.";
    expect(figure('benchmarks-da-models-elo').notes.at(-1)).toBe(note);
    expect(figure('benchmarks-da-models-speed').notes.at(-1)).toBe(note);
    expect(figure('benchmarks-da-builders-elo').notes.at(-1)).toMatch(/shows the website category[^.]*\.$/);
  });

  it('counts what was left out and sizes dots by recent usage', () => {
    const notes = figure('benchmarks-aa-intelligence').notes;
    expect(notes).toContain('Left out: 1 without a price, 1 free (a log scale has no zero), 1 without a score.');
    expect(notes.some((n) => n.startsWith('Filled dots are models in the OpenRouter rankings'))).toBe(true);
  });

  it('cites the response and dates the chart by its as_of', () => {
    const aa = figure('benchmarks-aa-intelligence');
    expect(aa.attribution).toContain('Source: artificial-analysis/intelligence');
    expect(aa.asOf).toBe('2026-11-10T12:00:00.000Z');
  });

  it('is empty for an archive without a benchmarks snapshot', async () =>
    expect(benchmarksFigures(await fixtureSiteData({}))).toEqual([]));
});

describe(benchmarksCsvFiles, () => {
  it("writes one CSV per chart, at the chart's CSV link", () =>
    expect(benchmarksCsvFiles(data).map((f) => f.path)).toEqual(figures.map((f) => f.links.csv)));

  it('marks the frontier in every CSV exactly as the table does', () => {
    const files = new Map(benchmarksCsvFiles(data).map((f) => [f.path, f.body]));
    for (const f of figures) {
      const [header, ...rows] = csvRows(files.get(f.links.csv) ?? '');
      const frontierColumn = header?.indexOf('on_frontier') ?? -1;
      const tableColumn = f.table.columns.indexOf('Frontier');
      expect(rows.map((row) => [row[1], row[frontierColumn]])).toEqual(
        f.table.rows.map((row) => [cellText(row[0]), cellText(row[tableColumn])]),
      );
    }
  });

  it('lists the points by score with the cost/score frontier marked yes', () => {
    const body = benchmarksCsvFiles(data).find((f) => f.path === '/benchmarks/benchmarks-aa-intelligence.csv')?.body;
    expect(csvRows(body ?? '')).toEqual([
      [
        'model_permaslug',
        'display_name',
        'blended_usd_per_1m',
        'intelligence_index',
        'on_frontier',
        'recent_openrouter_tokens',
      ],
      ['c/best', 'best', '10', '70', 'yes', '9000'],
      ['b/mid', 'mid', '3', '55', 'yes', ''],
      ['a/cheap', 'cheap', '1', '40', 'yes', '900'],
      ['d/dominated', 'dominated', '8', '30', 'no', ''],
    ]);
  });
});

describe(benchmarksPageTitle, () => {
  it.each([
    [{ aa: 'intelligence', da: 'models' } as const, 'Benchmarks'],
    [{ aa: 'coding' } as const, 'Benchmarks: coding index'],
    [{ da: 'agents' } as const, 'Benchmarks: Design Arena agents arena'],
  ])('%o -> %s', (view, title) => expect(benchmarksPageTitle(view)).toBe(title));
});

describe(benchmarksPage, () => {
  it('says whether the archive has a snapshot', async () => {
    expect(benchmarksPage(data)).toEqual({ hasSnapshot: true, synthetic: false });
    expect(benchmarksPage(await fixtureSiteData({}))).toEqual({ hasSnapshot: false, synthetic: false });
  });
});
