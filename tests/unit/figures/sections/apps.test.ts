import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppRankingsRow } from '../../../../src/lib/api/app-rankings.ts';
import { writeManifest, writeSnapshot } from '../../../../src/lib/archive/write.ts';
import { checkCatalogue } from '../../../../src/lib/figures/catalogue.ts';
import { boardRouteParams, type BoardView } from '../../../../src/lib/figures/routes.ts';
import { FigureSchema, type FigureInput } from '../../../../src/lib/figures/schema.ts';
import { allBoardViews, boardOf, scopeNavOf } from '../../../../src/lib/figures/sections/apps-data.ts';
import { appsHub, boardPage } from '../../../../src/lib/figures/sections/apps-pages.ts';
import { appsCsvFiles, appsFigures } from '../../../../src/lib/figures/sections/apps.ts';
import { readSiteData, type SiteData } from '../../../../src/lib/figures/site-data.ts';
import { openRouterCitation } from '../../../../src/lib/transform/citation.ts';

const META = { as_of: '2026-05-11T03:00:00Z', version: 'v1', start_date: '2026-04-11', end_date: '2026-05-10' };
const WINDOW = '11 Apr 2026 – 10 May 2026';

/** `count` ranked apps, tokens falling with rank; `excess` adds the trending field. */
function apps(count: number, excess = false): AppRankingsRow[] {
  return Array.from({ length: count }, (_, i) => ({
    rank: i + 1,
    app_id: i + 1,
    app_name: i === 0 ? '<b>Cline</b>' : `App ${i + 1}`,
    total_tokens: String(1_000_000 * (count - i)),
    total_requests: 10 * (count - i),
    ...(excess ? { excess_tokens: String(1000 * (count - i)) } : {}),
  }));
}

/** A fixture archive: popular/all has 60 ranks (two pages), popular coding none ranked, and no CLI agent board. */
async function writeApps(dir: string): Promise<void> {
  const response = (key: string, data: AppRankingsRow[]) => ({ key, query: {}, body: { data, meta: META } });
  await writeSnapshot(dir, {
    dataset: 'app-rankings',
    date: '2026-05-11',
    fetched_at: '2026-05-11T03:00:00.000Z',
    synthetic: false,
    responses: [
      response('popular/all', apps(60)),
      response('trending/all', apps(3, true)),
      response('popular/category/coding', []),
      response('trending/category/coding', apps(2)),
    ],
  });
  await writeManifest(dir, {
    format: 1,
    synthetic: false,
    datasets: {
      'app-rankings': { fetched_at: 'f', as_of: META.as_of, files: ['app-rankings/2026-05-11.json'] },
    },
  });
}

let dir = '';
let empty = '';
let data: SiteData;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-apps-'));
  empty = mkdtempSync(join(tmpdir(), 'atlas-apps-empty-'));
  await writeApps(dir);
  data = readSiteData(dir);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(empty, { recursive: true, force: true });
});

const ALL = { kind: 'all' } as const;
const CODING = { kind: 'category', category: 'coding' } as const;
const CLI = { kind: 'subcategory', subcategory: 'cli-agent' } as const;

function figureOf(id: string): FigureInput {
  const figure = appsFigures(data).find((f) => f.id === id);
  if (!figure) throw new Error(`no figure ${id}`);
  return figure;
}

describe(appsFigures, () => {
  it('draws every board page with ranked apps, and nothing for an empty or missing board', () => {
    expect(appsFigures(data).map((f) => f.id)).toEqual([
      'apps-popular-all',
      'apps-popular-all-p2',
      'apps-trending-all',
      'apps-trending-coding',
    ]);
    expect(appsFigures(readSiteData(empty))).toEqual([]);
  });

  it('freezes page 1 of a board and makes a later page a live re-cut of it', () => {
    expect(figureOf('apps-popular-all').embed).toEqual({ card: true, frozen: { kind: 'own' } });
    expect(figureOf('apps-popular-all-p2').embed).toEqual({
      card: true,
      frozen: { kind: 'variant', of: 'apps-popular-all' },
    });
    expect(() => checkCatalogue(appsFigures(data).map((f) => FigureSchema.parse(f)))).not.toThrow();
  });

  it('names the ranks of a later page in its standalone title only', () => {
    const second = figureOf('apps-popular-all-p2');
    expect(second.heading).toBe(`Popular apps, ${WINDOW}`);
    expect(second.title).toBe(`Popular apps, ranks 51–60, ${WINDOW}`);
    expect(figureOf('apps-popular-all').title).toBe(`Popular apps, ${WINDOW}`);
  });

  it('links each chart to its page, CSV and exports under /apps/', () => {
    expect(figureOf('apps-popular-all-p2').links).toEqual({
      page: '/apps/popular/2/#apps-popular-all-p2',
      csv: '/apps/apps-popular-all-p2.csv',
      exports: '/apps/apps-popular-all-p2',
    });
    expect(figureOf('apps-trending-coding').links.page).toBe('/apps/trending/coding/#apps-trending-coding');
  });

  it('tables the charted rows only, keeping the untrusted name as plain text', () => {
    const table = FigureSchema.parse(figureOf('apps-popular-all')).table;
    expect(table.rows).toHaveLength(15);
    expect(table.rows[0]?.[1]).toBe('<b>Cline</b>');
    expect(table.caption).toBe(`Popular apps, ranks 1–15, ${WINDOW}`);
  });

  it('toggles between the sorts of the same scope, marking the current one', () => {
    expect(figureOf('apps-trending-coding').variants).toEqual([
      {
        label: 'Sort',
        options: [
          { label: 'Popular', href: '/apps/popular/coding/', current: false },
          { label: 'Trending', href: '/apps/trending/coding/', current: true },
        ],
      },
    ]);
  });

  it('says when a trending board falls back to window volume', () => {
    expect(figureOf('apps-trending-coding').notes?.join(' ')).toMatch(/does not include it/);
    expect(figureOf('apps-trending-all').notes?.join(' ')).toMatch(/excess growth: tokens in the window minus/);
    expect(figureOf('apps-popular-all').notes).toHaveLength(1);
  });
});

describe(appsCsvFiles, () => {
  const csv = (path: string) =>
    appsCsvFiles(data)
      .find((f) => f.path === path)
      ?.body.trim()
      .split(/\r?\n/);

  it('writes each page, the hub charts, and a header-only file for a board that ranks no app', () => {
    expect(csv('/apps/apps-popular-all.csv')).toHaveLength(51);
    expect(csv('/apps/apps-popular-all-p2.csv')).toHaveLength(11);
    expect(csv('/apps/apps-popular-all-top.csv')).toHaveLength(16);
    expect(csv('/apps/apps-popular-coding.csv')).toHaveLength(1);
    expect(csv('/apps/apps-popular-cli-agent.csv')).toBeUndefined();
  });

  it('adds the excess column where the board measures excess growth', () => {
    expect(csv('/apps/apps-trending-all.csv')?.[0]).toContain('excess_tokens');
    expect(csv('/apps/apps-trending-coding.csv')?.[0]).not.toContain('excess_tokens');
  });
});

describe(allBoardViews, () => {
  it('builds page 1 of every sort and scope, and page 2 only where a board has more than 50 ranks', () => {
    const views = allBoardViews(data);
    expect(views.filter((v) => v.page === 2)).toEqual([{ sort: 'popular', scope: ALL, page: 2 }]);
    expect(views.filter((v) => v.page === 1).length).toBe(allBoardViews(readSiteData(empty)).length);
  });
});

describe(boardOf, () => {
  it('cites the board with its as_of, and is null for a board the snapshot lacks', () => {
    expect(boardOf(data, 'popular', ALL)?.attribution).toBe(openRouterCitation(META.as_of));
    expect(boardOf(data, 'popular', CLI)).toBeNull();
  });
});

describe(boardPage, () => {
  it('titles a later page by its ranks and links every page, marking the current one', () => {
    const page = boardPage(data, { sort: 'popular', scope: ALL, page: 2 });
    expect(page.title).toBe('Popular apps, ranks 51–60');
    expect(page.pageTitle).toBe('Apps: popular apps, ranks 51–60');
    expect(page.figureId).toBe('apps-popular-all-p2');
    expect(page.leaderboard?.heading).toBe('Leaderboard, ranks 51–60');
    expect(page.leaderboard?.table.rows).toHaveLength(10);
    expect(page.leaderboard?.pages).toEqual([
      { label: 'Ranks 1–50', href: '/apps/popular/', current: false },
      { label: 'Ranks 51–60', href: '/apps/popular/2/', current: true },
    ]);
  });

  it('explains a fetched board that ranks no app, and names a board the snapshot lacks', () => {
    const emptyBoard = boardPage(data, { sort: 'popular', scope: CODING, page: 1 });
    expect(emptyBoard).toMatchObject({ figureId: null, leaderboard: null, missing: null });
    expect(emptyBoard.emptyMessage).toBe(`No coding apps ranked in this window (${WINDOW}).`);
    const missing = boardPage(data, { sort: 'popular', scope: CLI, page: 1 });
    expect(missing).toMatchObject({ missing: 'this leaderboard (popular cli agent apps)', emptyMessage: null });
    expect(boardPage(readSiteData(empty), { sort: 'popular', scope: ALL, page: 1 }).missing).toBe('app rankings');
  });

  it('leads a subcategory back to its sort and group, and marks its scope in the navigation', () => {
    const page = boardPage(data, { sort: 'trending', scope: CLI, page: 1 });
    expect(page.crumbs).toEqual([
      { label: 'Apps', href: '/apps/' },
      { label: 'Trending', href: '/apps/trending/' },
      { label: 'Coding', href: '/apps/trending/coding/' },
    ]);
    expect(page.label).toBe('CLI agent');
    const marked = page.scopeNav.groups.flatMap((g) => [g.link, ...g.subcategories]).filter((l) => l.current);
    expect(marked).toEqual([{ label: 'CLI agent', href: '/apps/trending/coding/cli-agent/', current: true }]);
  });
});

describe(scopeNavOf, () => {
  it('marks nothing without a current scope', () => {
    const nav = scopeNavOf('popular', 'Popular apps by category');
    expect(nav.all).toEqual({ label: 'All apps', href: '/apps/popular/', current: false });
    expect(nav.groups.every((g) => !g.link.current && g.subcategories.every((s) => !s.current))).toBe(true);
  });
});

describe(appsHub, () => {
  it("shows the all-apps board's chart under the hub's title, with the CSV of the charted rows", () => {
    const [popular] = appsHub(data).sections;
    expect(popular?.figure).toMatchObject({
      id: 'apps-popular-all',
      anchor: 'popular-apps',
      heading: `Most popular apps, ${WINDOW}`,
      links: { csv: '/apps/apps-popular-all-top.csv', exports: '/apps/apps-popular-all' },
      variants: [],
    });
    expect(popular?.full).toEqual({ label: 'Full popular leaderboard, ranks 1–60', href: '/apps/popular/' });
  });

  it('says so when the archive has no app rankings', () => {
    const hub = appsHub(readSiteData(empty));
    expect(hub).toMatchObject({ hasSnapshot: false, asOf: null });
    expect(hub.sections.every((s) => !s.figure && !s.missing && !s.emptyMessage)).toBe(true);
  });
});

describe(boardRouteParams, () => {
  it.each<[BoardView, { sort: string; path: string | undefined }]>([
    [
      { sort: 'popular', scope: ALL, page: 1 },
      { sort: 'popular', path: undefined },
    ],
    [
      { sort: 'popular', scope: ALL, page: 2 },
      { sort: 'popular', path: '2' },
    ],
    [
      { sort: 'trending', scope: CLI, page: 2 },
      { sort: 'trending', path: 'coding/cli-agent/2' },
    ],
  ])('gives the route params of %o', (view, params) => {
    expect(boardRouteParams(view)).toEqual(params);
  });
});
