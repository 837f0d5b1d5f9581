import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DATA_DIR, exactCells, parseCsv, shownCharts } from './section-helpers.ts';

/** The rankings archive's citation facts: the newest partition's `as_of`, whether it is synthetic, its newest date. */
function readRankingsFacts(): { asOf: string; synthetic: boolean; newestDate: string } {
  const manifest = JSON.parse(readFileSync(join(DATA_DIR, 'manifest.json'), 'utf8')) as {
    datasets: { 'rankings-daily'?: { files: string[] } };
  };
  const files = [...(manifest.datasets['rankings-daily']?.files ?? [])].sort();
  const newest = files.at(-1);
  if (!newest) throw new Error(`${DATA_DIR}: the archive has no rankings; the models pages need some`);
  const partition = JSON.parse(readFileSync(join(DATA_DIR, newest), 'utf8')) as {
    synthetic: boolean;
    meta: { as_of: string };
    data: { date: string }[];
  };
  return { asOf: partition.meta.as_of, synthetic: partition.synthetic, newestDate: partition.data.at(-1)?.date ?? '' };
}

const SYNTHETIC_NOTICE = 'Synthetic demo data from the local Data API — not OpenRouter figures.';

/** A site path relative to baseURL, so the suite also runs under a project path. */
function relative(path: string): string {
  return `.${path}`;
}

/** `2026-11-20` as the site writes dates: `20 Nov 2026`. */
function formatDate(isoDate: string): string {
  return new Date(`${isoDate}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** The fills of the shown chart's stacked areas, in drawing order (the topmost band first, each next one over it). */
function areaFills(figure: Locator): Promise<string[]> {
  const paths = shownCharts(figure).locator('g[aria-label="line"] path');
  return paths.evaluateAll((nodes) => nodes.map((p) => p.getAttribute('fill') ?? ''));
}

/** The legend's labels and swatch colours (as computed rgb), in order. */
async function legendOf(figure: Locator): Promise<{ label: string; color: string }[]> {
  return figure.locator('ul[aria-label$="legend"] li').evaluateAll((items) =>
    items.map((li) => ({
      label: li.textContent?.trim() ?? '',
      color: getComputedStyle(li.querySelector('span') as Element).backgroundColor,
    })),
  );
}

/** `#9a9a9a` as the browser computes colours: `rgb(154, 154, 154)`. */
function hexToRgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** The absolute URL a link points to (base path included), for requesting downloads. */
async function urlOf(page: Page, link: Locator): Promise<URL> {
  return new URL((await link.getAttribute('href')) ?? '', page.url());
}

/** How far the page scrolls sideways, in CSS px (0 when it fits). */
function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test.describe('models pages with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('render the share charts as SVG', async ({ page }) => {
    await page.goto(relative('/models/'));
    for (const id of ['#model-share', '#author-share']) {
      const figure = page.locator(`figure${id}`);
      await expect(shownCharts(figure)).toHaveCount(1);
      expect((await areaFills(figure)).length).toBeGreaterThan(1);
    }
  });

  test('draw Other as the last series and the last legend entry', async ({ page }) => {
    await page.goto(relative('/models/'));
    for (const id of ['#model-share', '#author-share']) {
      const figure = page.locator(`figure${id}`);
      const legend = await legendOf(figure);
      const fills = await areaFills(figure);
      expect(legend.at(-1)?.label).toBe('Other');
      expect(legend.filter((l) => l.label === 'Other')).toHaveLength(1);
      expect(fills).toHaveLength(legend.length);
      // Same order in the legend and the stack: each swatch has its series' colour, Other's last (drawn first).
      expect(fills.map(hexToRgb).reverse()).toEqual(legend.map((l) => l.color));
    }
  });

  test('cite the snapshot’s as_of, or label demo data as synthetic', async ({ page }) => {
    const facts = readRankingsFacts();
    await page.goto(relative('/models/'));
    const expected = facts.synthetic
      ? SYNTHETIC_NOTICE
      : `Source: OpenRouter (openrouter.ai/rankings), as of ${facts.asOf}.`;
    const attributions = page.locator('[data-attribution]');
    expect(await attributions.count()).toBeGreaterThanOrEqual(4);
    for (const text of await attributions.allTextContents()) expect(text.trim()).toBe(expected);
  });

  test('leave out the in-progress day and say so', async ({ page }) => {
    const facts = readRankingsFacts();
    await page.goto(relative('/models/'));
    const inProgress = facts.newestDate >= new Date(facts.asOf).toISOString().slice(0, 10);
    const note = page.locator('figure#model-share').getByText(`${formatDate(facts.newestDate)} is in progress`);
    await expect(note).toHaveCount(inProgress ? 1 : 0);
    const dates = await page
      .locator('figure#model-share tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.querySelector('th, td')?.textContent?.trim() ?? ''));
    expect(dates.length).toBeGreaterThan(0);
    if (inProgress) expect(dates).not.toContain(formatDate(facts.newestDate));
  });

  test('toggle measure and window through links that change the URL', async ({ page }) => {
    await page.goto(relative('/models/'));
    const figure = page.locator('figure#model-share');
    await expect(figure.getByRole('link', { name: 'Share', exact: true })).toHaveAttribute('aria-current', 'page');

    await figure.getByRole('link', { name: 'Tokens', exact: true }).click();
    await expect(page).toHaveURL(/\/models\/view\/absolute-30d\/(#model-share)?$/);
    const tokens = page.locator('figure#model-share');
    await expect(tokens.getByRole('link', { name: 'Tokens', exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(shownCharts(tokens)).toContainText('Tokens');

    await tokens.getByRole('link', { name: '90 d', exact: true }).click();
    await expect(page).toHaveURL(/\/models\/view\/absolute-90d\/(#model-share)?$/);

    // A shared link opens the same view.
    await page.goto(page.url());
    const shared = page.locator('figure#model-share');
    await expect(shared.getByRole('link', { name: '90 d', exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(shared.getByRole('link', { name: 'Tokens', exact: true })).toHaveAttribute('aria-current', 'page');
  });

  test('offer a CSV of exactly the share chart shown', async ({ page }) => {
    await page.goto(relative('/models/'));
    const figure = page.locator('figure#model-share');
    const csvUrl = await urlOf(page, figure.getByRole('link', { name: /Download CSV/ }));
    expect(csvUrl.pathname).toMatch(/\/models\/model-share-30d\.csv$/);
    const response = await page.request.get(csvUrl.href);
    expect(response.ok()).toBe(true);
    const [header, ...rows] = parseCsv(await response.text());
    expect(header).toEqual(['date', 'model', 'name', 'tokens', 'share']);

    const legend = await legendOf(figure);
    const table = figure.locator('table');
    const tableRows = await table
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')),
      );
    const periods = [...new Set(rows.map((r) => r[0]))];
    expect(periods).toHaveLength(tableRows.length);
    const firstPeriod = rows.filter((r) => r[0] === periods[0]);
    expect(firstPeriod).toHaveLength(legend.length);
    expect(firstPeriod.at(-1)?.[1]).toBe('Other');
    // Each share in the CSV is the one the table (and chart) shows for that period.
    firstPeriod.forEach((row, i) => {
      const shown = Number((tableRows[0]?.[i + 1] ?? '').replace('%', ''));
      expect(Math.abs(Number(row[4]) * 100 - shown)).toBeLessThanOrEqual(0.051);
    });
  });

  test('offer a CSV of the leaderboard with exact tokens', async ({ page }) => {
    await page.goto(relative('/models/'));
    const section = page.locator('section[aria-labelledby="model-table"]');
    const csvUrl = await urlOf(page, section.getByRole('link', { name: /Download CSV/ }));
    const [header, ...rows] = parseCsv(await (await page.request.get(csvUrl.href)).text());
    expect(header?.slice(0, 5)).toEqual(['rank', 'model', 'name', 'tokens', 'share']);
    const exact = await exactCells(section, 2);
    expect(rows.map((r) => r[3])).toEqual(exact.map((t) => t.replaceAll(',', '')));
    expect(rows.at(-1)?.[1]).toBe('Other');
  });

  test('link each model to its page, with its charts and downloads', async ({ page }) => {
    await page.goto(relative('/models/'));
    const link = page.locator('section[aria-labelledby="model-table"] tbody a').first();
    const name = (await link.textContent())?.trim() ?? '';
    await link.click();
    await expect(page.locator('h1')).toHaveText(name);
    for (const id of ['model-tokens', 'model-share', 'model-rank']) {
      const figure = page.locator(`figure#${id}`);
      await expect(shownCharts(figure)).toHaveCount(1);
      const svgUrl = await urlOf(page, figure.getByRole('link', { name: /Download SVG/ }));
      const svg = await page.request.get(svgUrl.href);
      expect(await svg.text()).toMatch(/^<svg/);
    }
    const csvUrl = await urlOf(page, page.locator('figure#model-tokens').getByRole('link', { name: /Download CSV/ }));
    const [header, ...rows] = parseCsv(await (await page.request.get(csvUrl.href)).text());
    expect(header).toEqual(['date', 'tokens', 'share', 'rank']);
    // The CSV is every day; the table is daily for the last year and, on a longer history, weekly before that.
    const dates = (await page.locator('figure#model-tokens tbody th').allTextContents()).map((d) => d.trim());
    const days = dates.filter((d) => !d.startsWith('Week of'));
    const weeks = dates.length - days.length;
    expect(rows.slice(rows.length - days.length).map((row) => formatDate(row[0] ?? ''))).toEqual(days);
    expect(rows.length - days.length).toBeGreaterThan(7 * (weeks - 1));
    expect(rows.length - days.length).toBeLessThanOrEqual(7 * weeks);
  });
});

test.describe('model pages', () => {
  /** The first model page linked from the leaderboard. */
  async function openFirstModel(page: Page): Promise<void> {
    await page.goto(relative('/models/'));
    await page.locator('section[aria-labelledby="model-table"] tbody a').first().click();
    await page.waitForLoadState();
  }

  test('have no axe violations', async ({ page }) => {
    test.slow(); // a model page holds a year of days and the weeks before in its tables
    await openFirstModel(page);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('show a history longer than a year by week before its last year, and say where', async ({ page }) => {
    await page.goto(relative('/models/'));
    const hrefs = await page
      .locator('section[aria-labelledby="all-models"] li a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    let found = false;
    for (const href of hrefs.slice(0, 20)) {
      await page.goto(href);
      const dates = (await page.locator('figure#model-tokens tbody th').allTextContents()).map((d) => d.trim());
      const weeks = dates.filter((d) => d.startsWith('Week of'));
      if (weeks.length === 0) continue;
      found = true;
      // Weeks first, then the last year day by day (at least 365 days), never mixed.
      expect(dates.slice(0, weeks.length)).toEqual(weeks);
      expect(dates.length - weeks.length).toBeGreaterThanOrEqual(365);
      const dailyFrom = dates[weeks.length] ?? '';
      for (const id of ['model-tokens', 'model-share', 'model-rank']) {
        const figure = page.locator(`figure#${id}`);
        await expect(figure).toContainText(`Before ${dailyFrom} (left of the dashed line), each point is a week`);
        await expect(figure.locator('[role="img"]').first()).toHaveAttribute(
          'aria-label',
          new RegExp(`Before ${dailyFrom} each point is a week`),
        );
        // Both renderings (wide and narrow) draw the line, each once.
        const renderings = await figure.locator('.chart-svg svg').all();
        expect(renderings.length, id).toBeGreaterThan(0);
        for (const svg of renderings) await expect(svg.locator('[stroke-dasharray="4 3"] line'), id).toHaveCount(1);
      }
      break;
    }
    expect(found, 'no model of the first 20 has more than a year of history').toBe(true);
  });

  test('have no horizontal scroll at 375 px', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await openFirstModel(page);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  test('views other than the default have no horizontal scroll at 375 px either', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(relative('/models/view/absolute-all/'));
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
});
