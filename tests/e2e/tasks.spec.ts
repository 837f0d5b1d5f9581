import { expect, test } from '@playwright/test';
import { bodyOf, fetchCsv, newestSnapshot, relative, urlOf, SYNTHETIC_NOTICE, tableCells } from './section-helpers.ts';

type TasksBody = {
  data: { as_of: string; classifications: { tag: string; usage_share: number; token_share: number; models: unknown[] }[] };
};

test.describe('tasks pages with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('render the treemap with one cell per task and the per-task model charts', async ({ page }) => {
    const { data } = bodyOf<TasksBody>('task-classifications', '7d');
    await page.goto(relative('/tasks/'));
    const treemap = page.locator('figure#task-treemap');
    await expect(treemap.locator('svg g[aria-label="rect"] rect')).toHaveCount(data.classifications.filter((c) => c.usage_share > 0).length);
    const models = page.locator('figure#tasks-models-usage');
    await expect(models.locator('svg')).toHaveCount(data.classifications.filter((c) => c.models.length > 0).length);
  });

  test('cite the classifications’ as_of, or label demo data as synthetic', async ({ page }) => {
    const { data } = bodyOf<TasksBody>('task-classifications', '7d');
    const expected = newestSnapshot('task-classifications').synthetic
      ? SYNTHETIC_NOTICE
      : `Source: OpenRouter (openrouter.ai/rankings), as of ${data.as_of}.`;
    await page.goto(relative('/tasks/'));
    const attributions = page.locator('[data-attribution]');
    await expect(attributions).toHaveCount(2);
    for (const text of await attributions.allTextContents()) expect(text.trim()).toBe(expected);
  });

  test('switch between request and token shares through links that change the URL', async ({ page }) => {
    await page.goto(relative('/tasks/'));
    const treemap = page.locator('figure#task-treemap');
    await expect(treemap.getByRole('link', { name: 'Requests', exact: true })).toHaveAttribute('aria-current', 'page');
    await treemap.getByRole('link', { name: 'Tokens', exact: true }).click();
    await expect(page).toHaveURL(/\/tasks\/tokens\/(#task-treemap)?$/);
    await expect(page.locator('figure#task-treemap').getByRole('link', { name: 'Tokens', exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(page.locator('figure#tasks-models-token svg').first()).toBeVisible();
  });

  test('offer CSVs of exactly the tasks and models drawn', async ({ page }) => {
    const { data } = bodyOf<TasksBody>('task-classifications', '7d');
    await page.goto(relative('/tasks/tokens/'));
    const treemap = page.locator('figure#task-treemap');
    const [header, ...rows] = await fetchCsv(page, await urlOf(page, treemap.getByRole('link', { name: /Download CSV/ })));
    expect(header).toEqual(['macro_category', 'tag', 'display_name', 'token_share']);
    expect(rows).toHaveLength((await tableCells(treemap.locator('table'))).length);
    const byTag = new Map(data.classifications.map((c) => [c.tag, c.token_share]));
    for (const row of rows) expect(Number(row[3])).toBe(byTag.get(row[1] ?? ''));

    const models = page.locator('figure#tasks-models-token');
    const [modelHeader, ...modelRows] = await fetchCsv(page, await urlOf(page, models.getByRole('link', { name: /Download CSV/ })));
    expect(modelHeader).toEqual(['tag', 'model', 'tag_token_share']);
    expect(modelRows).toHaveLength(await models.locator('tbody tr').count());
  });
});
