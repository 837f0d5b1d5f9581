/**
 * Models by name (issue 15): no legend entry, heading or table cell shows a raw permaslug where the catalogue has a
 * name; model pages state and mark the release; the new-models section and the estimated spend view each come with
 * their citation, table, CSV, embed and exports. Against the demo archive, JavaScript off.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  DATA_DIR,
  fetchCsv,
  parseSvg,
  relative,
  shownCharts,
  SYNTHETIC_NOTICE,
  tableCells,
  urlOf,
} from './section-helpers.ts';

type CatalogueModel = { id: string; canonical_slug: string; name: string; created: number };

/** Every listed model of the archive's newest catalogue snapshot, by rankings permaslug, with its display name. */
function readCatalogue(): Map<string, { name: string; created: string }> {
  const manifest = JSON.parse(readFileSync(join(DATA_DIR, 'manifest.json'), 'utf8')) as {
    datasets: Record<string, { files: string[] } | undefined>;
  };
  const newest = [...(manifest.datasets.models?.files ?? [])].sort().at(-1);
  if (!newest) throw new Error(`${DATA_DIR}: the archive has no model catalogue; these checks need one`);
  const snapshot = JSON.parse(readFileSync(join(DATA_DIR, newest), 'utf8')) as {
    responses: { body: { data: CatalogueModel[] } }[];
  };
  const models = snapshot.responses.flatMap((r) => r.body.data);
  return new Map(
    models.map((m) => {
      const variant = m.id.includes(':') ? m.id.slice(m.id.indexOf(':')) : '';
      const name = m.name.replace(/^[^:]{1,40}:\s+/, '');
      return [
        `${m.canonical_slug}${variant}`,
        { name, created: new Date(m.created * 1000).toISOString().slice(0, 10) },
      ];
    }),
  );
}

/** The raw forms a permaslug was shown in before names: itself, without its author, and without its date. */
function rawForms(permaslug: string): string[] {
  const [model = permaslug, variant] = permaslug.split(':');
  const part = model.slice(model.indexOf('/') + 1);
  const undated = part.replace(/-20\d{2}-?\d{2}-?\d{2}$/, '');
  return [permaslug, model, part, undated, variant ? `${part} (${variant})` : part].filter((form) => form.length > 3);
}

/** Legend entries, headings and table cells of a page: everywhere a model's name shows. */
async function namedPlaces(page: Page): Promise<string[]> {
  const legend = await page.locator('ul[aria-label$="legend"] li').allTextContents();
  const headings = await page.locator('h1, h2, h3').allTextContents();
  const cells = await page.locator('table th, table td').allTextContents();
  return [...legend, ...headings, ...cells].map((t) => t.trim());
}

/** `2026-11-20` as the site writes dates. */
function formatDate(isoDate: string): string {
  return new Date(`${isoDate}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** How many CSV rows a table's cells stand for: one per row, or one per filled value cell of a wide table. */
type RowCount = (cells: string[][]) => number;
const ONE_PER_ROW: RowCount = (cells) => cells.length;
const ONE_PER_VALUE: RowCount = (cells) => cells.flatMap((row) => row.slice(1)).filter((cell) => cell !== '').length;

/** Checks a figure's citation, CSV (the rows of its table), SVG and PNG exports and live embed; returns the embed. */
async function expectComplete(page: Page, figure: Locator, csvHeader: string[], count: RowCount): Promise<string> {
  await expect(figure.locator('[data-attribution]')).toHaveText(SYNTHETIC_NOTICE);
  const [header, ...rows] = await fetchCsv(page, await urlOf(page, figure.getByRole('link', { name: /Download CSV/ })));
  expect(header).toEqual(expect.arrayContaining(csvHeader));
  expect(rows.length).toBe(count(await tableCells(figure.locator('table'))));
  const svgResponse = await page.request.get(await urlOf(page, figure.getByRole('link', { name: /Download SVG/ })));
  const svg = await parseSvg(page, await svgResponse.text());
  expect(svg.error).toBeNull();
  expect(svg.text).toContain(SYNTHETIC_NOTICE);
  const png = await page.request.get(await urlOf(page, figure.getByRole('link', { name: /Download PNG/ })));
  expect(png.headers()['content-type']).toBe('image/png');
  const embedCodes = await urlOf(page, figure.getByRole('link', { name: /^Embed/ }));
  const embed = await page.request.get(embedCodes.replace(/code\/$/, ''));
  expect(embed.ok()).toBe(true);
  const html = await embed.text();
  expect(html).toContain(SYNTHETIC_NOTICE);
  expect(html).toContain('<svg');
  return html;
}

const catalogue = readCatalogue();

test.describe('model names with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  const PAGES = ['/', '/models/', '/models/view/absolute-90d/', '/models/categories/', '/tasks/', '/models/spend/'];
  for (const path of PAGES) {
    test(`${path} shows no raw permaslug where the catalogue has a name`, async ({ page }) => {
      await page.goto(relative(path));
      const shown = new Set(await namedPlaces(page));
      // A catalogue name may itself look like a slug (`gpt-oss-120b`): showing it is right.
      const names = new Set([...catalogue.values()].map((m) => m.name));
      const raw = [...catalogue.keys()].flatMap((slug) =>
        rawForms(slug)
          .filter((form) => !names.has(form) && shown.has(form))
          .map((form) => `${form} (${slug})`),
      );
      expect(raw).toEqual([]);
    });
  }

  test('the model share legend and leaderboard name models as the catalogue does', async ({ page }) => {
    await page.goto(relative('/models/'));
    const names = new Set([...catalogue.values()].map((m) => m.name));
    const legend = await page.locator('figure#model-share ul[aria-label$="legend"] li').allTextContents();
    const models = legend.map((l) => l.trim()).filter((l) => l !== 'Other');
    expect(models.length).toBeGreaterThan(0);
    expect(models.filter((name) => !names.has(name))).toEqual([]);
    const link = page.locator('section[aria-labelledby="model-table"] tbody a').first();
    const slug = (await link.getAttribute('title')) ?? '';
    await expect(link).toHaveText(catalogue.get(slug)?.name ?? '(not in the catalogue)');
  });

  test('a model page is titled by its name, names its author once, and states and marks its release', async ({
    page,
  }) => {
    await page.goto(relative('/models/'));
    const item = page.locator('[data-new-models-list] a').last();
    await item.click();
    const slug = (await page.locator('code bdi').first().textContent())?.trim() ?? '';
    const entry = catalogue.get(slug);
    expect(entry, `${slug} is listed`).toBeDefined();
    await expect(page.locator('h1')).toHaveText(entry?.name ?? '');
    await expect(page).toHaveTitle(new RegExp(`^${(entry?.name ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    const facts = page.locator('[data-model-facts]');
    await expect(facts).toContainText(`Released ${formatDate(entry?.created ?? '')}`);
    await expect(facts).toContainText(/List price per 1M tokens: \$[\d.]+ prompt, \$[\d.]+ completion/);
    for (const id of ['model-tokens', 'model-share']) {
      const figure = page.locator(`figure#${id}`);
      await expect(shownCharts(figure).locator('g.ta-release line')).toHaveCount(1);
      await expect(figure).toContainText(`The dotted line marks its release, ${formatDate(entry?.created ?? '')}`);
    }
  });

  test('a ranked model the catalogue no longer lists is named from its slug and marked so', async ({ page }) => {
    await page.goto(relative('/models/'));
    const hrefs = await page
      .locator('section[aria-labelledby="all-models"] li a')
      .evaluateAll((as) =>
        as.map((a) => ({ href: (a as HTMLAnchorElement).href, slug: a.getAttribute('title') ?? '' })),
      );
    const retired = hrefs.find(({ slug }) => !catalogue.has(slug));
    expect(retired, 'the demo has a retired model').toBeDefined();
    await page.goto(retired?.href ?? '');
    await expect(page.locator('[data-not-in-catalogue]')).toContainText("Not in today's catalogue");
    await expect(page.locator('h1')).not.toHaveText(retired?.slug ?? '');
  });
});

test.describe('new models and the estimated spend view with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('/models/ lists the models released in the last 30 days, with their first days charted', async ({ page }) => {
    await page.goto(relative('/models/'));
    const section = page.locator('section[data-new-models]');
    await expect(section.locator('[data-new-models-list] li')).not.toHaveCount(0);
    const figure = section.locator('figure#new-models');
    await expect(shownCharts(figure)).toHaveCount(1);
    const header = ['model', 'name', 'released', 'days_since_release', 'tokens', 'rank'];
    await expectComplete(page, figure, header, ONE_PER_VALUE);
  });

  test('the front page lists the new models and links their chart and CSV', async ({ page }) => {
    await page.goto(relative('/'));
    const section = page.locator('section[data-new-models]');
    await expect(section.locator('[data-new-models-list] li')).not.toHaveCount(0);
    await expect(section.getByRole('link', { name: 'Their first days, charted' })).toHaveAttribute(
      'href',
      /\/models\/#new-models$/,
    );
  });

  test('the spend view is reached from the share chart and labelled an estimate everywhere', async ({ page }) => {
    await page.goto(relative('/models/'));
    await page.locator('figure#model-share').getByRole('link', { name: 'Estimated spend', exact: true }).click();
    await expect(page).toHaveURL(/\/models\/spend\/(#model-spend)?$/);
    const figure = page.locator('figure#model-spend');
    await expect(figure.locator('h2')).toHaveText('Estimated spend by model (estimate)');
    await expect(figure).toContainText('Estimate, not an OpenRouter figure');
    await expect(figure.locator('[role="img"]').first()).toHaveAttribute('aria-label', /an estimate, not OpenRouter/);
    await expect(figure.getByRole('link', { name: 'Estimated spend', exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const header = ['model', 'name', 'tokens', 'estimated_spend_usd', 'estimated_spend_share'];
    const embed = await expectComplete(page, figure, header, ONE_PER_ROW);
    expect(embed).toMatch(/<title>Estimated spend by model at list prices, [^<]*\(estimate\)/);
  });
});

test.describe('the new pages and sections', () => {
  for (const path of ['/models/', '/models/spend/']) {
    test(`${path} passes axe and does not scroll sideways at 375 px`, async ({ page }) => {
      test.slow(); // /models/ holds the share table of 30 days by 16 series and the leaderboards
      await page.setViewportSize({ width: 375, height: 812 });
      await page.goto(relative(path));
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  }
});
