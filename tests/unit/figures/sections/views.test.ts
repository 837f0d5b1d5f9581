import { beforeAll, describe, expect, it } from 'vitest';
import { parseWith } from '../../../../src/lib/api/parse.ts';
import { SERIES_PALETTE } from '../../../../src/lib/charts/theme.ts';
import { FigureSchema, type Figure } from '../../../../src/lib/figures/schema.ts';
import {
  ESTIMATE_NOTE,
  loadedViews,
  viewsCsvFiles,
  viewsFigures,
  viewsPage,
} from '../../../../src/lib/figures/sections/views.ts';
import type { SiteData } from '../../../../src/lib/figures/site-data.ts';
import { fixtureSiteData, type Fixture, type ViewFixture } from '../../../fakes/fixture-archive.ts';

/** alpha leads every view; beta leads the daily rankings. The week of 9 Nov is in progress on 10 Nov. */
const weeks = (mondays: string[]) =>
  Object.fromEntries(mondays.map((monday) => [monday, { 'a/alpha': '700', 'b/beta': '200', other: '100' }]));
const VIEWS: ViewFixture[] = [
  {
    dataset: 'rankings-category',
    view: 'programming',
    weeks: weeks(['2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09']),
  },
  { dataset: 'rankings-category', view: 'legal', weeks: weeks(['2026-11-09']) },
  { dataset: 'rankings-modality', view: 'tool_calling', weeks: weeks(['2026-10-26', '2026-11-02']) },
];
const FIXTURE: Fixture = {
  rankings: { '2026-11-08': { 'a/alpha': '1', 'b/beta': '9' }, '2026-11-09': { 'b/beta': '9' } },
  views: VIEWS,
};

let data: SiteData;
let figures: Figure[];
beforeAll(async () => {
  data = await fixtureSiteData(FIXTURE);
  figures = viewsFigures(data).map((input) => parseWith(FigureSchema, input, input.id));
});

const figure = (id: string) => {
  const found = figures.find((f) => f.id === id);
  if (!found) throw new Error(`no figure ${id}`);
  return found;
};

describe(loadedViews, () => {
  it('keeps whole weeks of each archived view and names the week in progress', () => {
    const views = loadedViews(data, 'rankings-category');
    expect([...views.keys()]).toEqual(['programming', 'legal']);
    const programming = views.get('programming');
    expect(programming?.inProgress).toEqual(['2026-11-09']);
    expect(programming?.rows.at(-1)?.date).toBe('2026-11-02');
    expect(programming?.estimate).toBe(true);
  });

  it('is empty for a dataset the archive lacks', () => expect(loadedViews(data, 'rankings-context').size).toBe(0));
});

describe(viewsFigures, () => {
  it('draws every window of each view with a whole week, the default view first', () =>
    expect(figures.map((f) => f.id)).toEqual([
      'models-categories-programming-12w',
      'models-categories-programming-52w',
      'models-categories-programming-all',
      'models-modalities-tool-calling-12w',
      'models-modalities-tool-calling-52w',
      'models-modalities-tool-calling-all',
    ]));

  it('freezes the default window weekly and makes the other windows its variants', () => {
    const main = figure('models-categories-programming-52w');
    expect([main.embed, main.weeksThrough]).toEqual([{ card: true, frozen: { kind: 'own' } }, '2026-11-08']);
    expect(figure('models-categories-programming-12w').embed).toEqual({
      card: false,
      frozen: { kind: 'variant', of: 'models-categories-programming-52w' },
    });
  });

  it('links the page at the view anchor and the downloads under /models/views/', () => {
    expect(figure('models-categories-programming-52w').links).toEqual({
      page: '/models/categories/#view-share',
      csv: '/models/views/models-categories-programming-52w.csv',
      exports: '/models/views/models-categories-programming-52w',
      png: true,
    });
    expect(figure('models-modalities-tool-calling-all').links.page).toBe(
      '/models/modalities/tool-calling/all/#view-share',
    );
    expect(figure('models-categories-programming-all').anchor).toBe('view-share');
  });

  it('says estimate in the title and notes of a sampled view only', () => {
    const category = figure('models-categories-programming-52w');
    expect(category.heading).toBe('Programming: share of weekly tokens by model (estimate)');
    expect(category.title).toBe('Programming: share of weekly tokens by model, last 52 weeks (estimate)');
    expect(category.notes[0]).toBe(ESTIMATE_NOTE);
    expect(category.takeaway).toMatch(/^Estimate: /);
    const modality = figure('models-modalities-tool-calling-52w');
    expect(modality.title).toBe('Tool calling: share of weekly tokens by model, last 52 weeks');
    expect(modality.notes).not.toContain(ESTIMATE_NOTE);
    expect(modality.notes).toContain('Only traffic that made at least one tool call.');
  });

  it('notes the week in progress that is left out', () =>
    expect(figure('models-categories-programming-52w').notes).toContain(
      'The week of 9 Nov 2026 is in progress (its totals still grow) and not shown.',
    ));

  it("toggles the section's views in this window, then the windows of this view", () => {
    const [views, windows] = figure('models-categories-programming-12w').variants;
    expect(views?.label).toBe('Category');
    expect(views?.options).toHaveLength(12);
    expect(views?.options.find((o) => o.label === 'Legal')?.href).toBe('/models/categories/legal/12w/#view-share');
    expect(windows?.options).toEqual([
      { label: '12 weeks', href: '/models/categories/programming/12w/#view-share', current: true },
      { label: '52 weeks', href: '/models/categories/#view-share', current: false },
      { label: 'All', href: '/models/categories/programming/all/#view-share', current: false },
    ]);
  });

  it("keeps each model's site colour from the daily rankings, named from the slug without a catalogue", () =>
    expect(figure('models-categories-programming-52w').legend.slice(0, 2)).toEqual([
      { label: 'Alpha', color: SERIES_PALETTE[1] },
      { label: 'Beta', color: SERIES_PALETTE[0] },
    ]));

  it('colours by the views themselves without daily rankings', async () => {
    const [first] = viewsFigures(await fixtureSiteData({ views: VIEWS }));
    expect(first?.legend?.slice(0, 2)).toEqual([
      { label: 'Alpha', color: SERIES_PALETTE[0] },
      { label: 'Beta', color: SERIES_PALETTE[1] },
    ]);
  });
});

describe(viewsCsvFiles, () => {
  it("writes one CSV per figure, at the figure's CSV link", () =>
    expect(viewsCsvFiles(data).map((f) => f.path)).toEqual(figures.map((f) => f.links.csv)));

  it('holds the whole weeks drawn, not the week in progress', () => {
    const lines = (viewsCsvFiles(data)[0]?.body ?? '').split('\r\n');
    expect(lines[0]).toBe('week_start,model,name,tokens,share');
    expect(lines).toContain('2026-11-02,a/alpha,Alpha,700,0.700000');
    expect(lines.some((line) => line.startsWith('2026-11-09'))).toBe(false);
  });
});

describe(viewsPage, () => {
  it("titles a section's default page by the section alone and the others by view and window", () => {
    expect(viewsPage(data, { section: 'categories', view: 'programming', window: '52w' }).pageTitle).toBe(
      'Models by use case',
    );
    expect(viewsPage(data, { section: 'categories', view: 'legal', window: '12w' }).pageTitle).toBe(
      'Models by use case: Legal, 12 weeks',
    );
  });

  it('dates a view the archive holds even without a whole week, and not one it lacks', () => {
    expect(viewsPage(data, { section: 'categories', view: 'legal', window: '52w' }).asOf).toBe(
      '2026-11-10T12:00:00.000Z',
    );
    expect(viewsPage(data, { section: 'categories', view: 'finance', window: '52w' }).asOf).toBeNull();
  });

  it('offers the view toggle for a page without a figure', () => {
    const page = viewsPage(data, { section: 'context', view: '1K', window: '52w' });
    expect(page.viewOptions.map((o) => o.href)).toEqual([
      '/models/context/1k/#view-share',
      '/models/context/10k/#view-share',
      '/models/context/#view-share',
      '/models/context/1m/#view-share',
      '/models/context/10m/#view-share',
    ]);
    expect(page.viewOptions.find((o) => o.current)?.label).toBe('Up to 1K');
  });
});
