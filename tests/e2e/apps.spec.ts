import { expect, test } from '@playwright/test';
import {
  bodyOf,
  csvName,
  exactCells,
  fetchCsv,
  newestSnapshot,
  relative,
  shownCharts,
  SYNTHETIC_NOTICE,
  tableCells,
  urlOf,
} from './section-helpers.ts';

type AppsBody = { data: { rank: number; app_name: string; total_tokens: string }[]; meta: { as_of: string } };

/** Categories and subcategories the scope navigation links to (src/lib/api/taxonomy.ts): 4 groups, 15 subcategories. */
const SCOPE_LINKS = 1 + 4 + 15;

/** Names a browser must show as plain text: markup, quotes, very long, right-to-left. */
function isHostile(name: string): boolean {
  return /[<>"'&]/.test(name) || name.length >= 100 || /[\u0590-\u08FF]/.test(name);
}

test.describe('apps pages with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('render the popular and trending charts as SVG', async ({ page }) => {
    await page.goto(relative('/apps/'));
    for (const id of ['#popular-apps', '#trending-apps']) {
      const figure = page.locator(`figure${id}`);
      await expect(shownCharts(figure)).toHaveCount(1);
      expect(await shownCharts(figure).locator('g[aria-label="bar"] rect').count()).toBeGreaterThan(0);
    }
  });

  test('link to every category and subcategory, for both sorts, and every link works', async ({ page }) => {
    await page.goto(relative('/apps/'));
    for (const sort of ['popular', 'trending']) {
      const nav = page.getByRole('navigation', { name: new RegExp(`^${sort} apps by category$`, 'i') });
      const links = nav.getByRole('link');
      await expect(links).toHaveCount(SCOPE_LINKS);
      for (const link of await links.all()) {
        const url = await urlOf(page, link);
        expect(new URL(url).pathname).toMatch(new RegExp(`/apps/${sort}/`));
        expect((await page.request.get(url)).status(), url).toBe(200);
      }
    }
  });

  test('cite the snapshot’s as_of, or label demo data as synthetic', async ({ page }) => {
    const { synthetic } = newestSnapshot('app-rankings');
    const { meta } = bodyOf<AppsBody>('app-rankings', 'popular/all');
    const expected = synthetic ? SYNTHETIC_NOTICE : `Source: OpenRouter (openrouter.ai/rankings), as of ${meta.as_of}.`;
    await page.goto(relative('/apps/popular/'));
    const attributions = page.locator('[data-attribution]');
    expect(await attributions.count()).toBeGreaterThanOrEqual(2);
    for (const text of await attributions.allTextContents()) expect(text.trim()).toBe(expected);
  });

  test('show every app name exactly as text, hostile ones included', async ({ page }) => {
    const { data } = bodyOf<AppsBody>('app-rankings', 'popular/all');
    await page.goto(relative('/apps/popular/'));
    const rows = await tableCells(page.locator('section[aria-labelledby="leaderboard"] table'));
    expect(rows.map((r) => r[1])).toEqual(data.slice(0, 50).map((a) => a.app_name.trim()));
    // Nothing in a name became markup: no injected script, and the chart shows the names as text.
    await expect(page.locator('script', { hasText: 'alert(' })).toHaveCount(0);
    for (const name of data
      .slice(0, 15)
      .map((a) => a.app_name)
      .filter(isHostile)) {
      const shown = name.length > 30 ? name.slice(0, 10) : name;
      expect(await shownCharts(page).locator('text', { hasText: shown }).count(), name).toBeGreaterThan(0);
    }
  });

  test('toggle the sort and page through links that change the URL', async ({ page }) => {
    await page.goto(relative('/apps/popular/coding/'));
    const figure = page.locator('figure#apps-popular-coding');
    await expect(figure.getByRole('link', { name: 'Popular', exact: true })).toHaveAttribute('aria-current', 'page');
    await figure.getByRole('link', { name: 'Trending', exact: true }).click();
    await expect(page).toHaveURL(/\/apps\/trending\/coding\/$/);
    await expect(
      page.locator('figure#apps-trending-coding').getByRole('link', { name: 'Trending', exact: true }),
    ).toHaveAttribute('aria-current', 'page');

    const { data } = bodyOf<AppsBody>('app-rankings', 'popular/all');
    await page.goto(relative('/apps/popular/'));
    const pages = page.getByRole('navigation', { name: 'Leaderboard pages' });
    if (data.length <= 50) {
      await expect(pages).toHaveCount(0);
      return;
    }
    await pages.getByRole('link', { name: /^Ranks 51–/ }).click();
    await expect(page).toHaveURL(/\/apps\/popular\/2\/$/);
    const rows = await tableCells(page.locator('section[aria-labelledby="leaderboard"] table'));
    expect(rows[0]?.[0]).toBe('51');
    expect(rows.map((r) => r[1])).toEqual(data.slice(50, 100).map((a) => a.app_name.trim()));
  });

  test('offer a CSV of exactly the leaderboard shown, with exact tokens', async ({ page }) => {
    await page.goto(relative('/apps/popular/'));
    const section = page.locator('section[aria-labelledby="leaderboard"]');
    const csvUrl = await urlOf(page, section.getByRole('link', { name: /Download CSV/ }));
    expect(csvUrl).toMatch(/\/apps\/apps-popular-all\.csv$/);
    const [header, ...rows] = await fetchCsv(page, csvUrl);
    expect(header?.slice(0, 4)).toEqual(['rank', 'app', 'total_tokens', 'total_requests']);
    const shown = await tableCells(section.locator('table'));
    expect(rows.map((r) => r[0])).toEqual(shown.map((r) => r[0]));
    expect(rows.map((r) => r[1]?.trim())).toEqual(shown.map((r) => csvName(r[1] ?? '')));
    const exact = await exactCells(section, 2);
    expect(rows.map((r) => r[2])).toEqual(exact.map((t) => t.replace(/ tokens$/, '').replaceAll(',', '')));
  });

  test('offer the hub chart’s CSV and SVG', async ({ page }) => {
    await page.goto(relative('/apps/'));
    const figure = page.locator('figure#popular-apps');
    const [header, ...rows] = await fetchCsv(
      page,
      await urlOf(page, figure.getByRole('link', { name: /Download CSV/ })),
    );
    expect(header?.[1]).toBe('app');
    expect(rows).toHaveLength(await figure.locator('tbody tr').count());
    const svg = await page.request.get(await urlOf(page, figure.getByRole('link', { name: /Download SVG/ })));
    expect(await svg.text()).toMatch(/^<svg/);
  });
});

test('hostile app names never run as script', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  for (const path of ['/apps/', '/apps/popular/', '/apps/trending/']) {
    await page.goto(relative(path));
    await page.waitForLoadState('load');
  }
  expect(dialogs).toEqual([]);
});
