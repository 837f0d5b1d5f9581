import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Every top-level page of the site, as site paths. */
const PAGES = ['/', '/models/', '/apps/', '/benchmarks/', '/tasks/', '/session-cost/', '/about/'] as const;

/** The nav entries, in order, with the path each opens. */
const NAV = [
  { name: 'Overview', path: '/' },
  { name: 'Models', path: '/models/' },
  { name: 'Apps', path: '/apps/' },
  { name: 'Benchmarks', path: '/benchmarks/' },
  { name: 'Tasks', path: '/tasks/' },
  { name: 'Session cost', path: '/session-cost/' },
  { name: 'About', path: '/about/' },
] as const;

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** A site path relative to baseURL, so the suite also runs when the site is served under a project path. */
function relative(path: string): string {
  return `.${path}`;
}

/** The end of a page's path, base path excluded: `/atlas/models/` ends with `/models/`. */
function pathEndsWith(page: Page, path: string): boolean {
  const { pathname } = new URL(page.url());
  return path === '/' ? !NAV.some((n) => n.path !== '/' && pathname.endsWith(n.path)) : pathname.endsWith(path);
}

for (const path of PAGES) {
  test.describe(`page ${path}`, () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`has no axe violations in ${colorScheme} mode`, async ({ browser }) => {
        const context = await browser.newContext({ colorScheme });
        const page = await context.newPage();
        await page.goto(relative(path));
        // Tables behind <details> count too: open them before scanning.
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
        const results = await new AxeBuilder({ page }).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        await context.close();
        expect(summary).toEqual([]);
      });
    }

    test('has no horizontal scroll at 375 px', async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 812 });
      await page.goto(relative(path));
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });

    test('makes no request beyond the local server', async ({ page }) => {
      const foreign: string[] = [];
      await page.route('**/*', async (route) => {
        const url = new URL(route.request().url());
        const local = url.protocol === 'data:' || url.protocol === 'blob:' || LOCAL_HOSTS.has(url.hostname);
        if (local) return route.continue();
        foreign.push(url.href);
        return route.abort();
      });
      await page.goto(relative(path), { waitUntil: 'networkidle' });
      expect(foreign).toEqual([]);
    });

    test('follows the reader’s dark colour scheme', async ({ browser }) => {
      const colours: string[] = [];
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ colorScheme });
        const page = await context.newPage();
        await page.goto(relative(path));
        colours.push(
          await page.evaluate(() => {
            const style = getComputedStyle(document.body);
            return `${style.backgroundColor} / ${style.color}`;
          }),
        );
        await context.close();
      }
      expect(colours[1]).not.toBe(colours[0]);
    });
  });
}

test.describe('navigation', () => {
  test.use({ javaScriptEnabled: false });

  test('reaches every section with JavaScript off and marks the current one', async ({ page }) => {
    await page.goto(relative('/'));
    for (const entry of NAV) {
      const nav = page.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('link', { name: entry.name, exact: true }).click();
      await page.waitForLoadState();
      expect(pathEndsWith(page, entry.path), `${entry.name} opened ${page.url()}`).toBe(true);
      const current = page.getByRole('navigation', { name: 'Main' }).locator('a[aria-current="page"]');
      await expect(current).toHaveCount(1);
      await expect(current).toHaveText(entry.name);
      await expect(page.locator('h1')).toHaveCount(1);
    }
  });

  test('skip link moves to the main content', async ({ page }) => {
    await page.goto(relative('/about/'));
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await skip.press('Enter');
    expect(new URL(page.url()).hash).toBe('#main');
  });
});

test('the about page states the citation rule verbatim', async ({ page }) => {
  await page.goto(relative('/about/'));
  await expect(page.locator('main')).toContainText('Source: OpenRouter (openrouter.ai/rankings), as of {as_of}.');
});
