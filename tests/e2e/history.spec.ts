import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parseFeed } from '../fakes/feed-reader.ts';
import {
  DATA_DIR,
  fetchCsv,
  parseSvg,
  pngSize,
  relative,
  shownCharts,
  SYNTHETIC_NOTICE,
  urlOf,
} from './section-helpers.ts';

/** The days of the archived rankings before its `as_of` day (complete days), ascending. */
function completeRankingDays(): string[] {
  const manifest = JSON.parse(readFileSync(join(DATA_DIR, 'manifest.json'), 'utf8')) as {
    datasets: { 'rankings-daily'?: { files: string[]; as_of: string } };
  };
  const rankings = manifest.datasets['rankings-daily'];
  if (!rankings) throw new Error(`${DATA_DIR}: the archive has no rankings; the feed needs some`);
  const today = rankings.as_of.slice(0, 10);
  const days = rankings.files.flatMap((file) => {
    const partition = JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8')) as { data: { date: string }[] };
    return partition.data.map((row) => row.date);
  });
  return [...new Set(days)].filter((day) => day < today).sort();
}

/** A feed link (absolute, at the build's SITE_URL, base path included) as a URL on the server under test. */
function onServer(href: string): string {
  const link = new URL(href);
  return new URL(`${link.pathname}${link.search}`, test.info().project.use.baseURL).href;
}

/** Checks a figure's citation, CSV, SVG, PNG and embed links: each answers, the CSV has a row per table value. */
async function expectFigureLinks(page: Page, figure: Locator): Promise<void> {
  await expect(figure.locator('[data-attribution]')).toHaveText(SYNTHETIC_NOTICE);
  const svg = await page.request.get(await urlOf(page, figure.getByRole('link', { name: /^Download SVG/ })));
  expect((await parseSvg(page, await svg.text())).error).toBeNull();
  const png = await page.request.get(await urlOf(page, figure.getByRole('link', { name: /^Download PNG/ })));
  expect(pngSize(await png.body()).width).toBeGreaterThan(0);
  const embed = await page.request.get(await urlOf(page, figure.getByRole('link', { name: /^Embed/ })));
  expect(embed.status()).toBe(200);
}

/** The values of a wide history table (rows: snapshots or weeks; columns after date and gap: series). */
async function wideValues(figure: Locator): Promise<string[][]> {
  return figure
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')));
}

test.describe('history with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the front page leads with the 30-day share chart, then movers, then top apps and tasks', async ({ page }) => {
    await page.goto(relative('/'));
    const main = page.locator('main');
    const first = main.locator('figure').first();
    await expect(first).toHaveAttribute('id', 'model-share');
    await expect(first.getByRole('link', { name: /^Embed/ })).toHaveAttribute(
      'href',
      /\/embed\/model-share-share-30d\//,
    );
    await expect(first.locator('ul[aria-label$="legend"] li').last()).toHaveText('Other');
    const order = await main
      .locator('figure#model-share, figure#movers-7d, section#top-apps, section#top-tasks')
      .evaluateAll((nodes) => nodes.map((n) => n.id));
    expect(order).toEqual(['model-share', 'movers-7d', 'top-apps', 'top-tasks']);
    await expect(main.locator('section#top-apps tbody tr')).toHaveCount(5);
    await expect(main.locator('section#top-tasks tbody tr')).toHaveCount(5);
    // No untitled sparkline: every chart on the page is a figure with its text alternative.
    for (const chart of await main.locator('.chart-svg').all()) {
      const labelled = await chart.evaluate((el) => Boolean(el.closest('[role="img"][aria-label]')));
      expect(labelled).toBe(true);
    }
  });

  test('/models/ has the movers of 7 and 30 days, with their CSV row by row', async ({ page }) => {
    await page.goto(relative('/models/'));
    for (const window of ['7d', '30d']) {
      const figure = page.locator(`figure#movers-${window}`);
      const bars = await shownCharts(figure).locator('g[aria-label="bar"] rect').count();
      expect(bars).toBeGreaterThan(0);
      const rows = await wideValues(figure);
      expect(rows).toHaveLength(bars);
      const [header, ...csv] = await fetchCsv(
        page,
        await urlOf(page, figure.getByRole('link', { name: /^Download CSV/ })),
      );
      expect(header?.slice(0, 2)).toEqual(['model_permaslug', 'name']);
      expect(csv.map((r) => r[1])).toEqual(rows.map((r) => r[0]));
      await expectFigureLinks(page, figure);
    }
  });

  test('/models/ has the weekly bump charts over 26 weeks and all time', async ({ page }) => {
    await page.goto(relative('/models/'));
    for (const window of ['6m', 'all']) {
      const figure = page.locator(`figure#ranks-${window}`);
      expect(await shownCharts(figure).locator('g[aria-label="line"] path').count()).toBeGreaterThan(0);
      const rows = await wideValues(figure);
      const series = (await figure.locator('thead th').count()) - 2;
      const [, ...csv] = await fetchCsv(page, await urlOf(page, figure.getByRole('link', { name: /^Download CSV/ })));
      expect(csv).toHaveLength(rows.length * series);
      await expectFigureLinks(page, figure);
    }
    const weeks = await wideValues(page.locator('figure#ranks-6m'));
    expect(weeks).toHaveLength(26);
  });

  test('every app board page has its rank history, and popular boards their tokens over time', async ({ page }) => {
    await page.goto(relative('/apps/'));
    const boards = await page
      .getByRole('navigation', { name: /apps by category$/i })
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(boards.length).toBeGreaterThan(10);
    for (const board of boards) {
      const html = await (await page.request.get(board)).text();
      const slug = new URL(board).pathname.replace(/^.*\/apps\//, '').replace(/\/$/, '');
      const [sort] = slug.split('/');
      const id = `apps-${sort}-${slug.split('/').at(-1) === sort ? 'all' : slug.split('/').at(-1)}`;
      expect(html, board).toContain(`<figure id="${id}-ranks"`);
      if (sort === 'popular') expect(html, board).toContain(`<figure id="${id}-tokens"`);
    }
    await page.goto(relative('/apps/popular/coding/'));
    const ranks = page.locator('figure#apps-popular-coding-ranks');
    expect(await shownCharts(ranks).locator('g[aria-label="rect"] rect').count()).toBeGreaterThan(0); // the archive's gaps
    await expectFigureLinks(page, ranks);
  });

  test('/tasks/ has each task’s share over the archived snapshots, and its CSV matches the table', async ({ page }) => {
    await page.goto(relative('/tasks/'));
    const figure = page.locator('figure#tasks-share-history-usage');
    expect(await shownCharts(figure).locator('g[aria-label="line"] path').count()).toBeGreaterThan(0);
    const rows = await wideValues(figure);
    const tasks = (await figure.locator('thead th').count()) - 2;
    const [header, ...csv] = await fetchCsv(
      page,
      await urlOf(page, figure.getByRole('link', { name: /^Download CSV/ })),
    );
    expect(header).toEqual(['snapshot_date', 'tag', 'name', 'usage_share', 'gap_before']);
    expect(csv).toHaveLength(rows.length * tasks);
    // The first task's values, snapshot by snapshot, as the table shows them.
    const shown = rows.map((r) => r[2]);
    const written = csv.slice(0, rows.length).map((r) => (r[3] ? `${(Number(r[3]) * 100).toFixed(1)}%` : '—'));
    expect(written).toEqual(shown);
    await expectFigureLinks(page, figure);
    await figure.getByRole('link', { name: 'Tokens', exact: true }).click();
    await expect(shownCharts(page.locator('figure#tasks-share-history-token'))).toHaveCount(1);
  });

  test('the benchmark pages show each index’s changes across the archived snapshots', async ({ page }) => {
    for (const [path, metric] of [
      ['/benchmarks/', 'intelligence'],
      ['/benchmarks/artificial-analysis/coding/', 'coding'],
      ['/benchmarks/artificial-analysis/agentic/', 'agentic'],
    ] as const) {
      await page.goto(relative(path));
      const figure = page.locator(`figure#benchmarks-aa-${metric}-history`);
      await expect(figure.locator('figcaption p')).toContainText(/\d+ changes? to the/);
      expect(await shownCharts(figure).locator('g[aria-label="line"] path').count()).toBeGreaterThan(0);
      await expectFigureLinks(page, figure);
    }
  });

  test('every page links the Atom feed', async ({ page }) => {
    for (const path of ['/', '/models/', '/apps/popular/', '/tasks/', '/benchmarks/', '/about/']) {
      await page.goto(relative(path));
      const link = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
      await expect(link).toHaveCount(1);
      expect((await page.request.get(await urlOf(page, link))).status()).toBe(200);
    }
  });
});

test('the Atom feed parses, has one entry per archived day of its window, and every link answers', async ({ page }) => {
  const response = await page.request.get(relative('/feed.xml'));
  // Static hosts serve it by its extension: application/xml here, application/atom+xml where configured.
  expect(response.headers()['content-type']).toMatch(/^application\/(atom\+)?xml/);
  const { items, meta } = await parseFeed(await response.text());
  expect(meta.title).toBe('Token Atlas: what changed');
  const days = completeRankingDays();
  const newest = days.at(-1) ?? '';
  const first = new Date(Date.parse(`${newest}T00:00:00Z`) - 29 * 86_400_000).toISOString().slice(0, 10);
  const window = days.filter((day) => day >= first);
  expect(items.map((i) => i.guid.replace(/^.*day\//, ''))).toEqual(window.toReversed());
  expect(new Set(items.map((i) => i.guid)).size).toBe(items.length);
  const links = new Set(
    items.flatMap((item) => [
      item.link,
      ...[...item.description.matchAll(/href="([^"]+)"/g)].map((m) => (m[1] ?? '').replaceAll('&amp;', '&')),
    ]),
  );
  expect(links.size).toBeGreaterThan(3);
  for (const link of links) expect((await page.request.get(onServer(link))).status(), link).toBe(200);
});
