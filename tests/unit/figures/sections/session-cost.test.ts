import { beforeAll, describe, expect, it } from 'vitest';
import { parseWith } from '../../../../src/lib/api/parse.ts';
import type { SessionCostCell } from '../../../../src/lib/api/session-cost.ts';
import { allCsvFiles, allFigures, checkCatalogue } from '../../../../src/lib/figures/catalogue.ts';
import { FigureSchema, type Figure, type TableCell } from '../../../../src/lib/figures/schema.ts';
import {
  modelSessionCost,
  sessionCostHarnessPage,
  sessionCostHarnessSlugs,
  sessionCostModelPage,
  sessionCostModels,
  sessionCostRangePage,
} from '../../../../src/lib/figures/sections/session-cost-pages.ts';
import { sessionCostCsvFiles, sessionCostFigures } from '../../../../src/lib/figures/sections/session-cost.ts';
import type { SiteData } from '../../../../src/lib/figures/site-data.ts';
import { SYNTHETIC_NOTICE } from '../../../../src/lib/transform/citation.ts';
import { aaItem, csvRows, fixtureSiteData, type Fixture } from '../../../fakes/fixture-archive.ts';

function cell(app: string, name: string, model: string, range: string, usd: number): SessionCostCell {
  return { app_name: name, app_slug: app, model_permaslug: model, turn_range: range, median_session_cost_usd: usd };
}

/** The newest window: three harnesses (one with a slug unfit for a URL), three models, one undocumented length. */
const NEWEST = [
  cell('aider', 'Aider', 'a/coder', '1-turn', 0.0123),
  cell('aider', 'Aider', 'a/coder', '10-49-turns', 0.4567),
  cell('aider', 'Aider', 'a/coder', '50-plus-turns', 3.21),
  cell('aider', 'Aider', 'c/plain', '10-49-turns', 0.0999),
  cell('cline', '=Cline <b>', 'a/coder', '10-49-turns', 1.2345),
  cell('cline', '=Cline <b>', 'b/chat-20250101', '10-49-turns', 0.75),
  cell('Roo/Code', 'Roo Code', 'a/coder', '2-9-turns', 0.11),
  cell('aider', 'Aider', 'a/coder', 'marathon', 99),
];
const OLDER = [cell('aider', 'Aider', 'a/coder', '10-49-turns', 0.4)];

const BASE: Fixture = {
  rankings: { '2026-11-09': { 'a/coder': '100', other: '5' }, '2026-11-10': { 'a/coder': '120', other: '5' } },
  benchmarks: { 'artificial-analysis/coding': [aaItem('a/coder', 60, '0.000001'), aaItem('b/chat', 50, '0.000002')] },
};
const ONE_WINDOW: Fixture = { ...BASE, sessionCost: [{ windowEndDate: '2026-11-15', cells: NEWEST }] };
const TWO_WINDOWS: Fixture = {
  ...BASE,
  sessionCost: [
    { windowEndDate: '2026-11-01', cells: OLDER },
    { windowEndDate: '2026-11-15', cells: NEWEST },
  ],
};

let one: SiteData;
let two: SiteData;
let none: SiteData;
let synthetic: SiteData;
beforeAll(async () => {
  [one, two, none, synthetic] = await Promise.all([
    fixtureSiteData(ONE_WINDOW),
    fixtureSiteData(TWO_WINDOWS),
    fixtureSiteData(BASE),
    fixtureSiteData({ ...ONE_WINDOW, synthetic: true }),
  ]);
});

function figuresOf(data: SiteData): Figure[] {
  return sessionCostFigures(data).map((input) => parseWith(FigureSchema, input, input.id));
}
function figureOf(data: SiteData, id: string): Figure {
  const found = figuresOf(data).find((f) => f.id === id);
  if (!found) throw new Error(`no figure ${id}`);
  return found;
}
function csvOf(data: SiteData, path: string): string[][] {
  const file = sessionCostCsvFiles(data).find((f) => f.path === path);
  if (!file) throw new Error(`no CSV ${path}`);
  return csvRows(file.body);
}
const titleOf = (c: TableCell | undefined) => (typeof c === 'object' ? c.title : undefined);
const textOf = (c: TableCell | undefined) => (typeof c === 'object' ? c.text : c);

describe(sessionCostFigures, () => {
  it('draws a grid and a coding scatterplot per session length, a figure per harness and per model, all valid', () => {
    const ids = figuresOf(one).map((f) => f.id);
    expect(ids.filter((id) => /^session-cost-(1-turn|2-9-turns|10-49-turns|50-plus-turns)$/.test(id))).toHaveLength(4);
    expect(ids).toContain('session-cost-coding-10-49-turns');
    expect(ids.filter((id) => id.startsWith('session-cost-harness-'))).toHaveLength(3);
    expect(ids.filter((id) => id.startsWith('session-cost-model-'))).toEqual([
      // By display name: Chat, Coder, Plain.
      'session-cost-model-b_chat-20250101',
      'session-cost-model-a_coder',
      'session-cost-model-c_plain',
    ]);
    expect(() => checkCatalogue(figuresOf(one))).not.toThrow();
    for (const figure of figuresOf(one)) expect(figure.narrowSvg, figure.id).toMatch(/^<svg/);
  });

  it('tables every cell of a session length with its exact median on hover and no pooled row', () => {
    const grid = figureOf(one, 'session-cost-10-49-turns');
    const rows = grid.table.rows;
    expect(rows).toHaveLength(NEWEST.filter((c) => c.turn_range === '10-49-turns').length);
    expect(rows.map((r) => titleOf(r[2])).sort()).toEqual(['$0.0999', '$0.4567', '$0.75', '$1.2345']);
    expect(rows.map((r) => textOf(r[2]))).toContain('$1.23');
    expect(grid.takeaway).toContain('from Plain in Aider, $0.10, to Coder in =Cline <b>, $1.23');
  });

  it('cites the window and as_of with the CC BY 4.0 attribution to OpenRouter, and names the window in the title', () => {
    const grid = figureOf(one, 'session-cost-1-turn');
    expect(grid.attribution).toBe(
      'Source: OpenRouter session-cost dataset (openrouter.ai), 7 days to 15 Nov 2026, as of 2026-11-16T06:00:00.000Z. Licensed CC BY 4.0.',
    );
    expect(grid.title).toContain('7 days to 15 Nov 2026');
    expect(grid.asOf).toBe('2026-11-16T06:00:00.000Z');
    expect(grid.weeksThrough).toBe('2026-11-15');
  });

  it('shows the synthetic notice instead of the citation for demo data, with the window in a note', () => {
    const grid = figureOf(synthetic, 'session-cost-1-turn');
    expect(grid.attribution).toBe(SYNTHETIC_NOTICE);
    expect(grid.notes.join(' ')).toContain('7 days to 15 Nov 2026 (published 16 Nov 2026, 06:00 UTC)');
  });

  it('leaves undocumented session lengths out of the drawing, and says so', () => {
    const grid = figureOf(one, 'session-cost-10-49-turns');
    expect(grid.notes.join(' ')).toContain('1 cells of other session lengths (marathon)');
    expect(figuresOf(one).some((f) => f.id.includes('marathon'))).toBe(false);
  });

  it('joins the coding index on the base model and notes the models without one', () => {
    const coding = figureOf(one, 'session-cost-coding-10-49-turns');
    expect(coding.table.rows.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['Coder', '55', 'Aider'],
      ['Coder', '55', '=Cline <b>'],
      ['Chat', '45', '=Cline <b>'],
    ]);
    expect(coding.notes.join(' ')).toContain('1 models with session costs have no coding index');
  });

  it('gives a model its cost in each harness (same model, different harness), with the spread between them', () => {
    const model = figureOf(one, 'session-cost-model-a_coder');
    expect(model.table.columns.map((c) => (typeof c === 'string' ? c : c.label))).toEqual([
      'Harness',
      '1 turn',
      '2–9 turns',
      '10–49 turns',
      '50+ turns',
    ]);
    expect(
      model.table.rows.map((r) => [textOf(r[0]), titleOf(r[1]), titleOf(r[2]), titleOf(r[3]), titleOf(r[4])]),
    ).toEqual([
      ['Aider', '$0.0123', undefined, '$0.4567', '$3.21'],
      ['=Cline <b>', undefined, undefined, '$1.2345', undefined],
      ['Roo Code', undefined, '$0.11', undefined, undefined],
    ]);
    expect(model.takeaway).toContain('from $0.46 in Aider to $1.23 in =Cline <b>, 2.7× as much');
  });

  it('gives a harness its models (same harness, different model), linking each to its model view', () => {
    const slug = sessionCostHarnessSlugs(one).find((s) => s.startsWith('roo-code~'));
    expect(slug).toMatch(/^roo-code~[0-9a-f]{8}$/);
    const aider = figureOf(one, 'session-cost-harness-aider');
    expect(aider.table.rows.map((r) => r[0])).toEqual([
      { text: 'Plain', href: '/session-cost/model/c_plain/' },
      { text: 'Coder', href: '/session-cost/model/a_coder/' },
    ]);
  });

  it('draws a model’s history only once two windows are archived, with the gap between them', () => {
    expect(figuresOf(one).some((f) => f.id.startsWith('session-cost-history-'))).toBe(false);
    const history = figureOf(two, 'session-cost-history-a_coder');
    expect(history.table.rows.map((r) => [r[0], r[1], r[2], titleOf(r[3])])).toEqual([
      ['=Cline <b>', '10–49 turns', 'Week to 15 Nov 2026', '$1.2345'],
      ['Aider', '1 turn', 'Week to 15 Nov 2026', '$0.0123'],
      ['Aider', '10–49 turns', 'Week to 1 Nov 2026', '$0.4'],
      ['Aider', '10–49 turns', 'Week to 15 Nov 2026', '$0.4567'],
      ['Aider', '50+ turns', 'Week to 15 Nov 2026', '$3.21'],
      ['Roo Code', '2–9 turns', 'Week to 15 Nov 2026', '$0.11'],
    ]);
    expect(history.alt).toContain('1 gaps where weekly windows are missing');
  });

  it('draws nothing without a session-cost window, and the whole catalogue still builds', () => {
    expect(sessionCostFigures(none)).toEqual([]);
    expect(sessionCostCsvFiles(none)).toEqual([]);
    expect(allFigures(none).some((f) => f.id.startsWith('session-cost'))).toBe(false);
    expect(allCsvFiles(none).some((f) => f.path.startsWith('/session-cost'))).toBe(false);
  });
});

describe(sessionCostCsvFiles, () => {
  it('holds exactly the archived medians of each session length, one row per cell', () => {
    const [header, ...rows] = csvOf(one, '/session-cost/session-cost-10-49-turns.csv');
    expect(header).toEqual([
      'harness',
      'harness_slug',
      'model',
      'model_permaslug',
      'turn_range',
      'median_session_cost_usd',
      'window_end_date',
    ]);
    const archived = NEWEST.filter((c) => c.turn_range === '10-49-turns').map((c) =>
      [c.app_slug, c.model_permaslug, String(c.median_session_cost_usd)].join(' '),
    );
    expect(rows.map((r) => [r[1], r[3], r[5]].join(' ')).sort()).toEqual(archived.sort());
    // A harness name that looks like a formula is neutralised.
    expect(rows.map((r) => r[0])).toContain("'=Cline <b>");
  });

  it('gives every figure its CSV, with the coding index beside the medians it is compared with', () => {
    const paths = sessionCostCsvFiles(two).map((f) => f.path);
    for (const figure of figuresOf(two)) expect(paths).toContain(figure.links.csv);
    const [header, ...rows] = csvOf(one, '/session-cost/session-cost-coding-10-49-turns.csv');
    expect(header?.[4]).toBe('coding_index');
    expect(rows.map((r) => [r[3], r[4], r[6]])).toEqual([
      ['a/coder', '55', '0.4567'],
      ['a/coder', '55', '1.2345'],
      ['b/chat-20250101', '45', '0.75'],
    ]);
  });
});

describe(sessionCostRangePage, () => {
  it('is an honest empty state for every session length without a window', () => {
    for (const range of ['1-turn', '2-9-turns', '10-49-turns', '50-plus-turns'] as const) {
      const page = sessionCostRangePage(none, range);
      expect(page.empty).toMatch(/no session-cost window/);
      expect([page.gridId, page.codingId, page.lists]).toEqual([null, null, []]);
    }
    expect(sessionCostHarnessSlugs(none)).toEqual([]);
    expect(sessionCostModels(none)).toEqual([]);
  });

  it('says there is no history yet with one window, and where it is with two', () => {
    expect(sessionCostRangePage(one, '1-turn').history).toMatch(/^Only one weekly window \(the week to 15 Nov 2026\)/);
    expect(sessionCostRangePage(two, '1-turn').history).toMatch(/^2 weekly windows are archived/);
  });

  it('links only to pages that are built', () => {
    const page = sessionCostRangePage(one, '10-49-turns');
    const built = new Set([
      ...sessionCostHarnessSlugs(one).map((s) => `/session-cost/harness/${s}/`),
      ...sessionCostModels(one).map((m) => `/session-cost/model/${m.replace('/', '_')}/`),
    ]);
    const hrefs = page.lists.flatMap((l) => l.links.map((link) => link.href));
    expect(hrefs).toHaveLength(6);
    for (const href of hrefs) expect(built).toContain(href);
    expect(sessionCostHarnessPage(one, 'no-such')).toBeNull();
    expect(sessionCostModelPage(one, 'no/such')).toBeNull();
  });

  it('says why the coding scatterplot is missing without benchmarks', async () => {
    const noBenchmarks = await fixtureSiteData({ sessionCost: ONE_WINDOW.sessionCost ?? [] });
    expect(sessionCostRangePage(noBenchmarks, '10-49-turns').codingMissing).toMatch(/no benchmarks snapshot/);
  });
});

describe(sessionCostModelPage, () => {
  it('links back to the model’s own page only when it has one, and holds its history once there is one', () => {
    expect(sessionCostModelPage(one, 'a/coder')?.crumbs.map((c) => c.href)).toEqual([
      '/session-cost/',
      '/models/a_coder/',
    ]);
    expect(sessionCostModelPage(one, 'c/plain')?.crumbs.map((c) => c.href)).toEqual(['/session-cost/']);
    expect(sessionCostModelPage(one, 'a/coder')?.history).toMatch(/^Only one weekly window/);
    expect(sessionCostModelPage(two, 'a/coder')?.figureIds).toEqual([
      'session-cost-model-a_coder',
      'session-cost-history-a_coder',
    ]);
  });
});

describe('a right-to-left harness name', () => {
  it('is bidi-isolated in its page’s titles and description and its figure’s title, takeaway and alt text', async () => {
    const rtl = await fixtureSiteData({
      ...BASE,
      sessionCost: [
        {
          windowEndDate: '2026-11-15',
          cells: NEWEST.map((c) => (c.app_slug === 'aider' ? { ...c, app_name: 'مساعد' } : c)),
        },
      ],
    });
    const isolated = '\u2068مساعد\u2069';
    const page = sessionCostHarnessPage(rtl, 'aider');
    expect([page?.pageTitle, page?.title]).toEqual([
      `Session cost in ${isolated}`,
      `What a session in ${isolated} costs`,
    ]);
    expect(page?.description).toContain(` in ${isolated} on OpenRouter`);
    const figure = figureOf(rtl, 'session-cost-harness-aider');
    expect(figure.title).toMatch(new RegExp(`^Median cost per session in ${isolated}, by model, `));
    expect(figure.takeaway).toMatch(new RegExp(`^In ${isolated}, a session of `));
    expect(figure.alt).toContain(` models in ${isolated} at each session length`);
    const cline = figureOf(rtl, 'session-cost-harness-cline');
    expect(cline.title).toMatch(/^Median cost per session in =Cline <b>, by model, /);
    expect([cline.title, cline.takeaway, cline.alt].join(' ')).not.toMatch(/[\u2068\u2069]/);
  });
});

describe(modelSessionCost, () => {
  it('shows the model’s figure on its page under its own anchor', () => {
    const block = modelSessionCost(one, 'a/coder');
    expect(block.figure?.id).toBe('session-cost-model-a_coder');
    expect(block.figure?.anchor).toBe('session-cost');
    expect(block.links.map((l) => l.href)).toEqual(['/session-cost/model/a_coder/', '/session-cost/']);
  });

  it('says why there is no figure, and links only to the section, which always exists', () => {
    expect(modelSessionCost(one, 'z/unused').message).toMatch(/^Not in OpenRouter’s session-cost dataset for 7 days/);
    const empty = modelSessionCost(none, 'a/coder');
    expect(empty.figure).toBeNull();
    expect(empty.message).toBe('No session-cost data in the archive yet.');
    expect(empty.links.map((l) => l.href)).toEqual(['/session-cost/']);
  });
});
