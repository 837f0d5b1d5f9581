import { expect, test, type Locator } from '@playwright/test';
import {
  bodyOf,
  csvName,
  fetchCsv,
  newestSnapshot,
  relative,
  shownCharts,
  urlOf,
  SYNTHETIC_NOTICE,
  tableCells,
} from './section-helpers.ts';

type BenchBody = { data: { display_name: string }[]; meta: { citation: string | null; as_of: string } };

const FIGURES = ['benchmarks-aa-intelligence', 'benchmarks-da-models-elo', 'benchmarks-da-models-speed'] as const;

/** The attribution a benchmarks chart must carry: the API's `meta.citation`, or the synthetic notice. */
function expectedAttribution(key: string): string {
  if (newestSnapshot('benchmarks').synthetic) return SYNTHETIC_NOTICE;
  const { meta } = bodyOf<BenchBody>('benchmarks', key);
  return meta.citation ?? `Source: OpenRouter (openrouter.ai/rankings), as of ${meta.as_of}.`;
}

/** Pixel boxes of a chart's point labels. */
function labelBoxes(figure: Locator): Promise<{ x: number; y: number; width: number; height: number }[]> {
  return shownCharts(figure)
    .locator('g[aria-label="text"] text')
    .evaluateAll((texts) =>
      texts.map((t) => {
        const r = t.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    );
}

test.describe('benchmarks pages with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('render the scatterplots as SVG with dots and the frontier', async ({ page }) => {
    await page.goto(relative('/benchmarks/'));
    for (const id of FIGURES) {
      const figure = page.locator(`figure#${id}`);
      const chart = shownCharts(figure);
      await expect(chart).toHaveCount(1);
      expect(await chart.locator('circle').count(), id).toBeGreaterThan(0);
      await expect(chart.locator('g[aria-label="line"] path'), id).toHaveCount(1);
    }
  });

  test('carry the API’s citation on every chart', async ({ page }) => {
    await page.goto(relative('/benchmarks/'));
    const keys = {
      'benchmarks-aa-intelligence': 'artificial-analysis/intelligence',
      'benchmarks-da-models-elo': 'design-arena/models',
      'benchmarks-da-models-speed': 'design-arena/models',
    };
    for (const [id, key] of Object.entries(keys)) {
      await expect(page.locator(`figure#${id} [data-attribution]`)).toHaveText(expectedAttribution(key));
    }
  });

  test('label points without overlapping labels', async ({ page }) => {
    await page.goto(relative('/benchmarks/'));
    for (const id of FIGURES) {
      const boxes = await labelBoxes(page.locator(`figure#${id}`));
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1)) {
          const overlap =
            a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;
          expect(overlap, `${id}: labels ${JSON.stringify(a)} and ${JSON.stringify(b)}`).toBe(false);
        }
    }
  });

  test('switch index and arena through links that change the URL', async ({ page }) => {
    await page.goto(relative('/benchmarks/'));
    await page.locator('figure#benchmarks-aa-intelligence').getByRole('link', { name: 'Coding', exact: true }).click();
    await expect(page).toHaveURL(/\/benchmarks\/artificial-analysis\/coding\/(#artificial-analysis)?$/);
    const coding = page.locator('figure#benchmarks-aa-coding');
    await expect(coding.getByRole('link', { name: 'Coding', exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(shownCharts(coding)).toContainText('Coding index');

    await page.goto(relative('/benchmarks/'));
    await page.locator('figure#benchmarks-da-models-elo').getByRole('link', { name: 'Builders', exact: true }).click();
    await expect(page).toHaveURL(/\/benchmarks\/design-arena\/builders\/(#design-arena)?$/);
    await expect(shownCharts(page.locator('figure#benchmarks-da-builders-elo'))).toHaveCount(1);
    await expect(shownCharts(page.locator('figure#benchmarks-da-builders-speed'))).toHaveCount(1);
  });

  test('offer a CSV of exactly the points drawn', async ({ page }) => {
    await page.goto(relative('/benchmarks/'));
    for (const id of FIGURES) {
      const figure = page.locator(`figure#${id}`);
      const [header, ...rows] = await fetchCsv(
        page,
        await urlOf(page, figure.getByRole('link', { name: /Download CSV/ })),
      );
      expect(header?.[0]).toBe('model_permaslug');
      expect(header).toContain('on_frontier');
      expect(rows).toHaveLength(await shownCharts(figure).locator('circle').count());
      const shown = await tableCells(figure.locator('table'));
      expect(rows.map((r) => r[1]?.trim())).toEqual(shown.map((r) => csvName(r[0] ?? '')));
    }
  });

  test('show model names as text, never as markup', async ({ page }) => {
    const { data } = bodyOf<BenchBody>('benchmarks', 'design-arena/models');
    await page.goto(relative('/benchmarks/'));
    const shown = new Set((await tableCells(page.locator('figure#benchmarks-da-models-elo table'))).map((r) => r[0]));
    for (const name of data.map((d) => d.display_name.trim()).filter((n) => /[<>&"]/.test(n) && shown.has(n))) {
      await expect(shownCharts(page.locator('figure#benchmarks-da-models-elo'))).toContainText(name);
    }
    await expect(page.locator('main script', { hasText: 'alert(' })).toHaveCount(0);
  });
});
