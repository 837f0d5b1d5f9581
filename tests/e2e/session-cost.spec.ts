import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DATA_DIR, exactCells, fetchCsv, relative, SYNTHETIC_NOTICE, urlOf } from './section-helpers.ts';

type Cell = {
  app_name: string;
  app_slug: string;
  model_permaslug: string;
  turn_range: string;
  median_session_cost_usd: number;
};
type Window = { window_end_date: string; synthetic: boolean; meta: { as_of: string }; data: Cell[] };

/** Every archived session-cost window, newest first, as the manifest lists them. */
function archivedWindows(): Window[] {
  const manifest = JSON.parse(readFileSync(join(DATA_DIR, 'manifest.json'), 'utf8')) as {
    datasets: Record<string, { files: string[] } | undefined>;
  };
  const files = [...(manifest.datasets['session-cost']?.files ?? [])].sort().reverse();
  return files.map((file) => JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8')) as Window);
}

/** The newest archived window; throws when the archive has none (this spec needs the demo archive). */
function newestWindow(): Window {
  const [newest] = archivedWindows();
  if (!newest) throw new Error(`${DATA_DIR}: the archive has no session-cost window; these pages need one`);
  return newest;
}

const RANGES = [
  { range: '1-turn', path: '/session-cost/1-turn/', label: '1 turn' },
  { range: '2-9-turns', path: '/session-cost/2-9-turns/', label: '2–9 turns' },
  { range: '10-49-turns', path: '/session-cost/', label: '10–49 turns' },
  { range: '50-plus-turns', path: '/session-cost/50-plus-turns/', label: '50+ turns' },
] as const;

/** `7 days to 15 Nov 2026` for a window end date. */
function windowWords(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  return `7 days to ${d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })}`;
}

/** True when the page does not scroll sideways. */
function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

test.describe('session-cost pages with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  const newest = newestWindow();

  for (const { range, path, label } of RANGES) {
    test(`${label}: a cited grid whose CSV holds exactly the archived medians`, async ({ page }) => {
      await page.goto(relative(path));
      const figure = page.locator('figure#session-cost-grid');
      await expect(figure.getByRole('heading', { level: 2 })).toContainText(label);
      await expect(figure.locator('svg')).toHaveCount(2);
      const attribution = (await figure.locator('[data-attribution]').textContent())?.trim();
      if (newest.synthetic) {
        expect(attribution).toBe(SYNTHETIC_NOTICE);
        await expect(figure).toContainText(windowWords(newest.window_end_date));
      } else {
        expect(attribution).toContain(`${windowWords(newest.window_end_date)}, as of ${newest.meta.as_of}`);
        expect(attribution).toContain('CC BY 4.0');
      }

      const csvUrl = await urlOf(page, figure.getByRole('link', { name: /Download CSV/ }));
      const [header, ...rows] = await fetchCsv(page, csvUrl);
      expect(header).toEqual([
        'harness',
        'harness_slug',
        'model',
        'model_permaslug',
        'turn_range',
        'median_session_cost_usd',
        'window_end_date',
      ]);
      const archived = newest.data
        .filter((c) => c.turn_range === range)
        .map((c) => `${c.app_slug} ${c.model_permaslug} ${String(c.median_session_cost_usd)}`);
      expect(rows.map((r) => `${r[1]} ${r[3]} ${r[5]}`).sort()).toEqual(archived.sort());
      expect(new Set(rows.map((r) => r[6]))).toEqual(new Set([newest.window_end_date]));

      // The table shows the same cells, in the same order, each with its exact median on hover.
      const exact = await exactCells(figure, 2);
      expect(exact).toEqual(rows.map((r) => `$${r[5]}`));
    });
  }

  test('the session-length toggle links every length’s page', async ({ page }) => {
    await page.goto(relative('/session-cost/'));
    const toggle = page.locator('figure#session-cost-grid').getByRole('list', { name: /session length/i });
    await expect(toggle.getByRole('link')).toHaveCount(4);
    await toggle.getByRole('link', { name: '50+ turns' }).click();
    await expect(page).toHaveURL(/\/session-cost\/50-plus-turns\/#session-cost-grid$/);
    await expect(page.locator('figure#session-cost-grid [aria-current]')).toHaveText('50+ turns');
  });

  test('read at 375 px without sideways scrolling, the narrow chart shown', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    const harness = newest.data[0]?.app_slug ?? '';
    for (const path of [...RANGES.map((r) => r.path), `/session-cost/harness/${harness}/`]) {
      await page.goto(relative(path));
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
      expect(await fitsWidth(page), path).toBe(true);
      const first = page.locator('figure').first();
      await expect(first.locator('.chart-narrow svg')).toBeVisible();
      await expect(first.locator('.chart-wide svg')).toBeHidden();
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(relative('/session-cost/'));
    await expect(page.locator('figure#session-cost-grid .chart-wide svg')).toBeVisible();
  });

  test('every harness and model link of the section leads to a page, and each page’s CSV is its cells', async ({
    page,
  }) => {
    await page.goto(relative('/session-cost/'));
    for (const name of ['Same harness, different model', 'Same model, different harness']) {
      const links = page.getByRole('navigation', { name }).getByRole('link');
      expect(await links.count()).toBeGreaterThan(0);
      for (const link of await links.all()) {
        const url = await urlOf(page, link);
        expect((await page.request.get(url)).status(), url).toBe(200);
      }
    }
    const cell = newest.data.find((c) => c.turn_range === '10-49-turns');
    if (!cell) throw new Error('no 10–49-turn cell');
    await page.goto(relative(`/session-cost/harness/${cell.app_slug}/`));
    const figure = page.locator('figure#session-cost-harness');
    const [, ...rows] = await fetchCsv(page, await urlOf(page, figure.getByRole('link', { name: /Download CSV/ })));
    const archived = newest.data.filter(
      (c) => c.app_slug === cell.app_slug && RANGES.some((r) => r.range === c.turn_range),
    );
    expect(rows.map((r) => `${r[3]} ${r[4]} ${r[5]}`).sort()).toEqual(
      archived.map((c) => `${c.model_permaslug} ${c.turn_range} ${String(c.median_session_cost_usd)}`).sort(),
    );
  });

  test('exports and the embed of the main grid work', async ({ page }) => {
    await page.goto(relative('/session-cost/'));
    const figure = page.locator('figure#session-cost-grid');
    for (const name of [/Download SVG/, /Download PNG/, /^Embed/]) {
      const url = await urlOf(page, figure.getByRole('link', { name }));
      expect((await page.request.get(url)).status(), url).toBe(200);
    }
    const embed = await page.request.get(relative('/embed/session-cost-10-49-turns/'));
    expect(embed.status()).toBe(200);
    expect(await embed.text()).toContain(newest.synthetic ? SYNTHETIC_NOTICE : 'CC BY 4.0');
  });

  test('is reachable from /apps/ and from a model page, with its history or an honest word on it', async ({ page }) => {
    await page.goto(relative('/apps/'));
    await page.getByRole('link', { name: /coding-agent session costs/ }).click();
    await expect(page).toHaveURL(/\/session-cost\/$/);

    // A model of the window that also has a model page (it ranked in the daily top 50).
    const pages = [...new Set(newest.data.map((c) => `/models/${c.model_permaslug.replace('/', '_')}/`))];
    let modelPage: string | undefined;
    for (const path of pages) {
      if ((await page.request.get(relative(path))).ok()) {
        modelPage = path;
        break;
      }
    }
    if (!modelPage) throw new Error('no model of the session-cost window has a model page');
    await page.goto(relative(modelPage));
    const block = page.locator('#session-cost');
    await expect(block).toContainText('Cost per session in each harness');
    const detail = page.getByRole('link', { name: /Its (cost per session over time|session costs in detail)/ });
    await detail.click();
    if (archivedWindows().length > 1) await expect(page.locator('figure#history svg')).toHaveCount(2);
    else await expect(page.getByText(/^Only one weekly window/)).toBeVisible();
  });
});

test.describe('session-cost pages for assistive technology', () => {
  const newest = newestWindow();
  const cell = newest.data[0];
  const paths = cell
    ? [
        '/session-cost/',
        `/session-cost/harness/${cell.app_slug}/`,
        `/session-cost/model/${cell.model_permaslug.replace('/', '_')}/`,
      ]
    : [];
  for (const path of paths) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${path} has no axe violations in ${colorScheme} mode, tables open`, async ({ browser }) => {
        test.setTimeout(90_000);
        const context = await browser.newContext({ colorScheme });
        const page = await context.newPage();
        await page.goto(relative(path));
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
        const results = await new AxeBuilder({ page }).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        await context.close();
        expect(summary).toEqual([]);
      });
    }
  }
});
