/**
 * The rankings views (`/models/categories/`, `/models/languages/`, `/models/modalities/`, `/models/context/`), a
 * model's mix across categories on its page, and OpenRouter's own benchmarks (`/benchmarks/openrouter/`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator } from '@playwright/test';
import { DATA_DIR, fetchCsv, relative, shownCharts, SYNTHETIC_NOTICE, tableCells, urlOf } from './section-helpers.ts';

type Manifest = { datasets: Record<string, { files: string[] } | undefined> };
type ViewPartition = {
  synthetic: boolean;
  meta: { as_of: string };
  data: { date: string; model_permaslug: string }[];
};

function manifest(): Manifest {
  return JSON.parse(readFileSync(join(DATA_DIR, 'manifest.json'), 'utf8')) as Manifest;
}

/** The newest archived partition of one view (`rankings-category`, `programming`). */
function newestPartition(dataset: string, folder: string): ViewPartition {
  const newest = (manifest().datasets[dataset]?.files ?? [])
    .filter((f) => f.startsWith(`${dataset}/${folder}/`))
    .sort()
    .at(-1);
  if (!newest) throw new Error(`${DATA_DIR}: the archive has no ${dataset}/${folder}; these pages need it`);
  return JSON.parse(readFileSync(join(DATA_DIR, newest), 'utf8')) as ViewPartition;
}

/** The attribution a view's chart must carry: the synthetic notice, or the citation with the view's `as_of`. */
function viewAttribution(dataset: string, folder: string): string {
  const partition = newestPartition(dataset, folder);
  return partition.synthetic
    ? SYNTHETIC_NOTICE
    : `Source: OpenRouter (openrouter.ai/rankings), as of ${partition.meta.as_of}.`;
}

/** Each section's default page, the archive folder of its default view, and whether its totals are estimates. */
const SECTIONS = [
  { path: '/models/categories/', dataset: 'rankings-category', folder: 'programming', estimate: true },
  { path: '/models/languages/', dataset: 'rankings-language', folder: 'natural', estimate: true },
  { path: '/models/modalities/', dataset: 'rankings-modality', folder: 'tool_calling', estimate: false },
  { path: '/models/context/', dataset: 'rankings-context', folder: '100K', estimate: false },
] as const;

/** A share as the table prints it (`20.6%`, `0.25%`) back to a fraction. */
function shareOfCell(text: string): number {
  return Number(text.replace('%', '')) / 100;
}

async function legendLabels(figure: Locator): Promise<string[]> {
  return figure
    .locator('ul[aria-label$="legend"] li')
    .allTextContents()
    .then((all) => all.map((t) => t.trim()));
}

test.describe('rankings views with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const section of SECTIONS) {
    test(`${section.path} draws the share of weekly tokens by model, Other last`, async ({ page }) => {
      await page.goto(relative(section.path));
      const figure = page.locator('figure#view-share');
      await expect(shownCharts(figure).locator('g[aria-label="line"] path').first()).toBeVisible();
      const legend = await legendLabels(figure);
      expect(legend.length).toBeGreaterThan(2);
      expect(legend.at(-1)).toBe('Other');
      expect(legend.filter((l) => l === 'Other')).toHaveLength(1);
      await expect(figure.locator('figcaption h2')).toContainText('weekly');
      await expect(figure.locator('[data-attribution]')).toHaveText(viewAttribution(section.dataset, section.folder));
    });

    test(`${section.path} says "estimate" exactly where the API samples`, async ({ page }) => {
      await page.goto(relative(section.path));
      const figure = page.locator('figure#view-share');
      const title = figure.locator('figcaption h2');
      const takeaway = figure.locator('figcaption p');
      if (section.estimate) {
        await expect(title).toContainText('(estimate)');
        await expect(takeaway).toHaveText(/^Estimate: /);
        await expect(figure).toContainText(
          'sampled and upsampled, so totals are estimates; the trailing week may include traffic past the end date',
        );
      } else {
        await expect(title).not.toContainText('estimate');
        await expect(figure).not.toContainText('upsampled');
      }
      await expect(figure).toContainText('token counts come from each provider');
    });
  }

  test('every view and window is a prebuilt page behind a link', async ({ page }) => {
    for (const section of SECTIONS) {
      await page.goto(relative(section.path));
      const figure = page.locator('figure#view-share');
      const links = figure.locator('a[href$="#view-share"]');
      const count = await links.count();
      expect(count).toBeGreaterThan(3);
      for (let i = 0; i < count; i += 1) {
        const url = await urlOf(page, links.nth(i));
        expect((await page.request.get(url)).status(), url).toBe(200);
      }
    }
  });

  test('switch category and window through links that change the URL', async ({ page }) => {
    await page.goto(relative('/models/categories/'));
    await page.locator('figure#view-share').getByRole('link', { name: 'Legal', exact: true }).click();
    await expect(page).toHaveURL(/\/models\/categories\/legal\/(#view-share)?$/);
    const figure = page.locator('figure#view-share');
    await expect(figure.getByRole('link', { name: 'Legal', exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(figure.locator('figcaption h2')).toContainText('Legal');
    await figure.getByRole('link', { name: '12 weeks', exact: true }).click();
    await expect(page).toHaveURL(/\/models\/categories\/legal\/12w\/(#view-share)?$/);
    expect(await page.locator('figure#view-share table tbody tr').count()).toBe(12);
  });

  test('offer a CSV of exactly the weeks and shares drawn', async ({ page }) => {
    await page.goto(relative('/models/categories/'));
    const figure = page.locator('figure#view-share');
    const [header, ...rows] = await fetchCsv(
      page,
      await urlOf(page, figure.getByRole('link', { name: /Download CSV/ })),
    );
    expect(header).toEqual(['week_start', 'model', 'name', 'tokens', 'share']);
    const table = await tableCells(figure.locator('table'));
    const weeks = [...new Set(rows.map((r) => r[0]))];
    expect(weeks).toHaveLength(table.length);
    const legend = await legendLabels(figure);
    const lastWeek = rows.filter((r) => r[0] === weeks.at(-1));
    expect(lastWeek).toHaveLength(legend.length);
    expect(lastWeek.at(-1)?.[1]).toBe('Other');
    const lastRow = table.at(-1)?.slice(1) ?? [];
    lastWeek.forEach((row, i) =>
      expect(Math.abs(Number(row[4]) - shareOfCell(lastRow[i] ?? '')), row[1]).toBeLessThan(0.0006),
    );
  });

  test('offer the chart as an SVG with its title and attribution drawn in', async ({ page }) => {
    await page.goto(relative('/models/modalities/'));
    const figure = page.locator('figure#view-share');
    const response = await page.request.get(await urlOf(page, figure.getByRole('link', { name: /Download SVG/ })));
    expect(response.headers()['content-type']).toContain('image/svg+xml');
    const svg = await response.text();
    // Standing alone, the chart names its window (the page's toggle does that on the page).
    expect(svg).toContain('Tool calling: share of weekly tokens by model, last 52 weeks');
    expect(svg).toContain(viewAttribution('rankings-modality', 'tool_calling'));
  });

  test('are linked from /models/', async ({ page }) => {
    await page.goto(relative('/models/'));
    const nav = page.getByRole('navigation', { name: 'Model views' });
    await nav.getByRole('link', { name: 'By context length' }).click();
    await expect(page).toHaveURL(/\/models\/context\/$/);
    await expect(
      page.getByRole('navigation', { name: 'Model views' }).getByRole('link', { name: 'By context length' }),
    ).toHaveAttribute('aria-current', 'true');
  });
});

test('the rankings views and OpenRouter benchmarks pass axe', async ({ page }) => {
  for (const path of ['/models/languages/', '/benchmarks/openrouter/']) {
    await page.goto(relative(path));
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  }
});

test.describe("a model's mix across categories", () => {
  test.use({ javaScriptEnabled: false });

  test('charts its share of each category as an estimate, cited, with a CSV, an SVG (no PNG) and an embed', async ({
    page,
  }) => {
    test.slow(); // a model page holds a year of days and the weeks before in its tables
    const leader = newestPartition('rankings-category', 'programming').data[0]?.model_permaslug ?? '';
    const slug = leader.replace('/', '_').replace(':', '~');
    await page.goto(relative(`/models/${slug}/`));
    const figure = page.locator('figure#categories');
    await expect(figure.locator('h2')).toHaveText('Use-case categories (estimate)');
    await expect(figure).toContainText('Estimates over the 4 weeks to');
    // One bar per category the model is listed in, each named; the table (every category) links to each one.
    const listed = await figure
      .locator('tbody tr')
      .filter({ hasNot: page.locator('td:text-is("—")') })
      .count();
    const chart = shownCharts(figure);
    await expect(chart).toHaveCount(1);
    await expect(chart.locator('[aria-label="bar"] rect')).toHaveCount(listed);
    await expect(chart).toContainText('Programming');
    // The table sits in a closed <details>: read its link, not its visibility.
    await expect(figure.locator('table a').filter({ hasText: /^Programming$/ })).toHaveAttribute(
      'href',
      /\/models\/categories\/$/,
    );
    await expect(figure.locator('[data-attribution]')).toHaveText(viewAttribution('rankings-category', 'programming'));
    const [header, ...rows] = await fetchCsv(
      page,
      await urlOf(page, figure.getByRole('link', { name: /Download CSV/ })),
    );
    expect(header?.slice(0, 3)).toEqual(['category', 'from', 'to']);
    expect(rows).toHaveLength(await figure.locator('table tbody tr').count());

    const svg = await page.request.get(await urlOf(page, figure.getByRole('link', { name: /Download SVG/ })));
    expect(await svg.text()).toContain('use-case categories (estimate)');
    // A model page's own charts have no PNG export (docs/embeds.md): no link, no file.
    await expect(figure.getByRole('link', { name: /Download PNG/ })).toHaveCount(0);
    const pngUrl = (await urlOf(page, figure.getByRole('link', { name: /Download SVG/ }))).replace(/\.svg$/, '.png');
    expect((await page.request.get(pngUrl)).status()).toBe(404);
    const embed = new URL(await urlOf(page, figure.getByRole('link', { name: /^Embed/ })));
    expect(embed.pathname).toMatch(new RegExp(`/embed/model-${slug.replace(/[.~]/g, '\\$&')}-categories/code/$`));
    expect((await page.request.get(new URL('../', embed).href)).ok()).toBe(true);
  });
});

test.describe("OpenRouter's own benchmarks with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  type OrSnapshot = {
    synthetic: boolean;
    responses: { key: string; body: { data: unknown[]; meta: { citation: string | null; as_of: string } } }[];
  };
  const snapshot = (): OrSnapshot => {
    const newest = [...(manifest().datasets['benchmarks-openrouter']?.files ?? [])].sort().at(-1);
    if (!newest) throw new Error(`${DATA_DIR}: the archive has no benchmarks-openrouter`);
    return JSON.parse(readFileSync(join(DATA_DIR, newest), 'utf8')) as OrSnapshot;
  };
  const FIGURES = {
    'benchmarks-openrouter-gpqa-diamond': 'openrouter/gpqa_diamond',
    'benchmarks-openrouter-tau-bench-verified-airline': 'openrouter/tau_bench_verified_airline',
  } as const;

  test('are linked from /benchmarks/', async ({ page }) => {
    await page.goto(relative('/benchmarks/'));
    await page.getByRole('link', { name: /OpenRouter's own benchmarks/ }).click();
    await expect(page).toHaveURL(/\/benchmarks\/openrouter\/$/);
  });

  test('draw accuracy against cost per task with error bars, the frontier and each response’s citation', async ({
    page,
  }) => {
    await page.goto(relative('/benchmarks/openrouter/'));
    const snap = snapshot();
    for (const [id, key] of Object.entries(FIGURES)) {
      const figure = page.locator(`figure#${id}`);
      const chart = shownCharts(figure);
      await expect(chart, id).toHaveCount(1);
      expect(await chart.locator('circle').count(), id).toBeGreaterThan(0);
      expect(await chart.locator('g[aria-label="rule"] line').count(), id).toBeGreaterThan(0);
      await expect(chart.locator('g[aria-label="line"] path'), id).toHaveCount(1);
      await expect(chart).toContainText('Average cost per task');
      const meta = snap.responses.find((r) => r.key === key)?.body.meta;
      const citation = snap.synthetic
        ? SYNTHETIC_NOTICE
        : (meta?.citation ?? `Source: OpenRouter (openrouter.ai/rankings), as of ${meta?.as_of}.`);
      await expect(figure.locator('[data-attribution]')).toHaveText(citation);
      await expect(figure).toContainText(/Each model ran [\d–]+ tasks; the last runs? dates? from/);
    }
  });

  test('offer a CSV of exactly the models drawn', async ({ page }) => {
    await page.goto(relative('/benchmarks/openrouter/'));
    for (const id of Object.keys(FIGURES)) {
      const figure = page.locator(`figure#${id}`);
      const [header, ...rows] = await fetchCsv(
        page,
        await urlOf(page, figure.getByRole('link', { name: /Download CSV/ })),
      );
      expect(header).toContain('accuracy_stddev');
      expect(header).toContain('total_tasks');
      expect(rows).toHaveLength(await shownCharts(figure).locator('circle').count());
      const table = await tableCells(figure.locator('table'));
      expect(table.map((r) => r[0])).toEqual(rows.map((r) => r[1]));
    }
  });
});
