import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  bodyOf,
  fetchCsv,
  newestSnapshot,
  parseSvg,
  pngSize,
  relative,
  shownCharts,
  urlOf,
  SYNTHETIC_NOTICE,
  tableCells,
} from './section-helpers.ts';

type TasksBody = {
  data: {
    as_of: string;
    classifications: { tag: string; usage_share: number; token_share: number; models: unknown[] }[];
  };
};

test.describe('tasks pages with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('render the treemap with one cell per task and the per-task model charts', async ({ page }) => {
    const { data } = bodyOf<TasksBody>('task-classifications', '7d');
    await page.goto(relative('/tasks/'));
    const treemap = page.locator('figure#task-treemap');
    await expect(shownCharts(treemap)).toHaveCount(1);
    await expect(shownCharts(treemap).locator('g[aria-label="rect"] rect')).toHaveCount(
      data.classifications.filter((c) => c.usage_share > 0).length,
    );
    const models = page.locator('figure#tasks-models-usage');
    // One chart per task with models, each shown once (a small chart has only its narrow rendering).
    await expect(shownCharts(models)).toHaveCount(data.classifications.filter((c) => c.models.length > 0).length);
  });

  test('cite the classifications’ as_of, or label demo data as synthetic', async ({ page }) => {
    const { data } = bodyOf<TasksBody>('task-classifications', '7d');
    const expected = newestSnapshot('task-classifications').synthetic
      ? SYNTHETIC_NOTICE
      : `Source: OpenRouter (openrouter.ai/rankings), as of ${data.as_of}.`;
    await page.goto(relative('/tasks/'));
    const attributions = page.locator('[data-attribution]');
    // The treemap, the top models per task, and each task's share over time.
    await expect(attributions).toHaveCount(3);
    for (const text of await attributions.allTextContents()) expect(text.trim()).toBe(expected);
  });

  test('switch between request and token shares through links that change the URL', async ({ page }) => {
    await page.goto(relative('/tasks/'));
    const treemap = page.locator('figure#task-treemap');
    await expect(treemap.getByRole('link', { name: 'Requests', exact: true })).toHaveAttribute('aria-current', 'page');
    await treemap.getByRole('link', { name: 'Tokens', exact: true }).click();
    await expect(page).toHaveURL(/\/tasks\/tokens\/(#task-treemap)?$/);
    await expect(
      page.locator('figure#task-treemap').getByRole('link', { name: 'Tokens', exact: true }),
    ).toHaveAttribute('aria-current', 'page');
    await expect(shownCharts(page.locator('figure#tasks-models-token')).first()).toBeVisible();
  });

  test('offer CSVs of exactly the tasks and models drawn', async ({ page }) => {
    const { data } = bodyOf<TasksBody>('task-classifications', '7d');
    await page.goto(relative('/tasks/tokens/'));
    const treemap = page.locator('figure#task-treemap');
    const [header, ...rows] = await fetchCsv(
      page,
      await urlOf(page, treemap.getByRole('link', { name: /Download CSV/ })),
    );
    expect(header).toEqual(['macro_category', 'tag', 'display_name', 'token_share']);
    expect(rows).toHaveLength((await tableCells(treemap.locator('table'))).length);
    const byTag = new Map(data.classifications.map((c) => [c.tag, c.token_share]));
    for (const row of rows) expect(Number(row[3])).toBe(byTag.get(row[1] ?? ''));

    const models = page.locator('figure#tasks-models-token');
    const [modelHeader, ...modelRows] = await fetchCsv(
      page,
      await urlOf(page, models.getByRole('link', { name: /Download CSV/ })),
    );
    expect(modelHeader).toEqual(['tag', 'model', 'name', 'tag_token_share']);
    expect(modelRows).toHaveLength(await models.locator('tbody tr').count());
  });
});

/** The absolute URL of a link's `href` (or a frame's `src`), fragment kept. */
async function targetOf(element: Locator, page: Page): Promise<URL> {
  const target = (await element.getAttribute('href')) ?? (await element.getAttribute('src'));
  return new URL(target ?? '', page.url());
}

test.describe('each task’s model chart, embeddable on its own', () => {
  test('has an anchor and SVG, PNG and Embed links of its own', async ({ page }) => {
    const { data } = bodyOf<TasksBody>('task-classifications', '7d');
    await page.goto(relative('/tasks/'));
    const cards = page.locator('figure#tasks-models-usage section[id]');
    await expect(cards).toHaveCount(data.classifications.filter((c) => c.models.length > 0).length);
    for (const card of await cards.all()) {
      const id = (await card.getAttribute('id')) ?? '';
      expect(id).toMatch(/^tasks-models-usage-[a-z0-9][a-z0-9_-]*$/);
      const label = (await card.locator('h3').evaluate((h) => h.firstChild?.textContent ?? '')).trim();
      const svg = card.getByRole('link', { name: `SVG of ${label}: top models`, exact: true });
      const png = card.getByRole('link', { name: `PNG of ${label}: top models`, exact: true });
      const embed = card.getByRole('link', { name: `Embed ${label}: top models`, exact: true });
      expect((await targetOf(svg, page)).pathname).toMatch(new RegExp(`/tasks/${id}\\.svg$`));
      expect((await targetOf(png, page)).pathname).toMatch(new RegExp(`/tasks/${id}\\.png$`));
      expect((await targetOf(embed, page)).pathname).toMatch(new RegExp(`/embed/${id}/code/$`));
      await expect(embed).toHaveAttribute('data-embed-dialog', '');
    }
  });

  test('embeds live only, with a way back to its card', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(relative('/tasks/tokens/'));
    const card = page.locator('figure#tasks-models-token section[id]').first();
    const id = (await card.getAttribute('id')) ?? '';
    await card.getByRole('link', { name: /^Embed/ }).click();
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`/embed/${id}/code/$`));
    await expect(page.getByRole('heading', { name: /^Embed “Top models for .+, by share of tokens”$/ })).toBeVisible();
    await expect(page.getByLabel(/^Iframe, live/)).toHaveValue(new RegExp(`<iframe src="[^"]+/embed/${id}/"`));
    await expect(page.getByLabel(/^Iframe, frozen/)).toHaveCount(0);
    await expect(page.getByLabel(/^Image, PNG/)).toHaveValue(new RegExp(`<img src="[^"]+/tasks/${id}\\.png"`));
    const preview = await targetOf(page.locator('iframe[data-token-atlas-embed]'), page);
    expect(preview.pathname).toMatch(new RegExp(`/embed/${id}/$`));
    const live = await page.request.get(preview.href);
    expect(live.ok()).toBe(true);
    expect(await live.text()).toContain('data-attribution');

    const back = await targetOf(page.getByRole('link', { name: /Back to the chart/ }), page);
    expect(back.pathname).toMatch(/\/tasks\/tokens\/$/);
    expect(back.hash).toBe(`#${id}`);

    await page.goto(relative('/embed/latest.json'));
    const latest = JSON.parse((await page.locator('body').textContent()) ?? '{}') as {
      date: string;
      charts: Record<string, string>;
    };
    expect(Object.keys(latest.charts)).not.toContain(id);
    expect((await page.request.get(relative(`/embed/${id}/${latest.date}/`))).status()).toBe(404);
    await context.close();
  });

  test('opens its codes in the Embed dialog', async ({ page }) => {
    await page.goto(relative('/tasks/'));
    const card = page.locator('figure#tasks-models-usage section[id]').nth(1);
    const label = (await card.locator('h3').evaluate((h) => h.firstChild?.textContent ?? '')).trim();
    await card.getByRole('link', { name: /^Embed/ }).click();
    const dialog = page.getByRole('dialog', { name: `Embed “Top models for ${label}, by share of requests”` });
    await expect(dialog).toBeVisible();
    expect(new URL(page.url()).pathname).toMatch(/\/tasks\/$/);
    await expect(dialog.getByLabel(/^Iframe, live/)).toBeVisible();
    await expect(dialog.getByRole('radio')).toHaveCount(0);
  });

  test('downloads as a cited SVG, and as a PNG at twice its size', async ({ page }) => {
    await page.goto(relative('/tasks/tokens/'));
    const attribution =
      (await page.locator('figure#tasks-models-token [data-attribution]').textContent())?.trim() ?? '';
    const card = page.locator('figure#tasks-models-token section[id]').last();
    const label = (await card.locator('h3').evaluate((h) => h.firstChild?.textContent ?? '')).trim();
    const svgUrl = await targetOf(card.getByRole('link', { name: /^SVG/ }), page);
    const response = await page.request.get(svgUrl.href);
    expect(response.headers()['content-type']).toMatch(/^image\/svg\+xml/);
    const svg = await parseSvg(page, await response.text());
    expect(svg.error).toBeNull();
    expect(svg.root).toBe('svg');
    expect(svg.text).toContain(attribution);
    expect(svg.text).toContain(`Top models for ${label}`);
    expect(svg.text).toContain('Token Atlas');

    const pngUrl = await targetOf(card.getByRole('link', { name: /^PNG/ }), page);
    expect(pngUrl.href).toBe(svgUrl.href.replace(/\.svg$/, '.png'));
    const png = await page.request.get(pngUrl.href);
    expect(png.headers()['content-type']).toBe('image/png');
    expect(pngSize(await png.body())).toEqual({ width: svg.width * 2, height: svg.height * 2 });
  });
});
