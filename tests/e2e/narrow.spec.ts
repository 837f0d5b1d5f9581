/**
 * Charts at every width (issue 14): at 320, 375, 768 and 1280 px on every page type, and in embeds in a 360 px
 * column, no chart box scrolls sideways or runs off screen, the last x tick of every chart is on screen, no chart text renders below
 * 11 px, and the task treemap shows every group. Then keyboard access: each chart with tooltips is a tab stop whose
 * arrows show its values, and the view toggles' focus ring is not clipped.
 */
import { expect, test, type Page } from '@playwright/test';

const WIDTHS = [320, 375, 768, 1280] as const;

/** Every page type with charts (a model page and a views page are found from /models/). */
const PAGES = [
  '/',
  '/models/',
  '/apps/',
  '/apps/popular/coding/',
  '/benchmarks/',
  '/benchmarks/openrouter/',
  '/tasks/',
];

/** Smallest chart text allowed, in CSS px (a hair under 11 for sub-pixel layout). */
const MIN_TEXT = 10.95;

function relative(path: string): string {
  return `.${path}`;
}

/** A model page and a views page, as linked from /models/. */
async function foundPages(page: Page): Promise<string[]> {
  await page.goto(relative('/models/'));
  const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const paths = hrefs.map((h) => new URL(h ?? '', page.url()).pathname);
  const model = paths.find((p) => /\/models\/[^/]*_[^/]+\/$/.test(p));
  const view = paths.find((p) => /\/models\/(categories|languages|modalities|context)\/$/.test(p));
  expect(model, 'a model page linked from /models/').toBeDefined();
  expect(view, 'a views page linked from /models/').toBeDefined();
  const base = new URL(relative('/'), page.url()).pathname;
  return [model, view].map((p) => `/${(p ?? '').slice(base.length)}`);
}

/** What the charts on screen measure, read in the page: one entry per visible chart SVG. */
type ChartFacts = {
  /** The chart's box, its scrollable width and its edges on screen, in CSS px. */
  box: { scrollWidth: number; clientWidth: number; scrolling: boolean; left: number; right: number };
  /** Right and left edges of the last x tick label, when the chart has an x axis. */
  lastTick: { left: number; right: number } | null;
  /** Smallest rendered text, in CSS px (Infinity without text). */
  smallestText: number;
};

function chartFacts(page: Page): Promise<ChartFacts[]> {
  return page.evaluate(() => {
    const visible = (el: Element) => el.getClientRects().length > 0;
    return [...document.querySelectorAll('.chart-svg svg')].filter(visible).map((svg) => {
      const box = svg.closest('.chart-svg') as HTMLElement;
      const scroller = box.closest('.overflow-x-auto, .ta-scroll') as HTMLElement | null;
      const width = Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width;
      const scale = svg.getBoundingClientRect().width / width;
      const texts = [...svg.querySelectorAll('text')].filter((t) => visible(t) && (t.textContent ?? '').trim());
      const sizes = texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
      const ticks = [...svg.querySelectorAll('[aria-label="x-axis tick label"] text')];
      const last = ticks.at(-1)?.getBoundingClientRect();
      const edges = (scroller ?? box).getBoundingClientRect();
      return {
        box: {
          scrollWidth: (scroller ?? box).scrollWidth,
          clientWidth: (scroller ?? box).clientWidth,
          scrolling: scroller !== null && scroller.scrollWidth > scroller.clientWidth,
          left: edges.left,
          right: edges.right,
        },
        lastTick: last ? { left: last.left, right: last.right } : null,
        smallestText: Math.min(Infinity, ...sizes),
      };
    });
  });
}

async function expectChartsFit(page: Page, where: string): Promise<void> {
  const viewport = page.viewportSize()?.width ?? 0;
  const charts = await chartFacts(page);
  for (const [i, chart] of charts.entries()) {
    const name = `${where}, chart ${i + 1}`;
    expect(chart.box.scrolling, `${name} scrolls sideways`).toBe(false);
    expect(chart.box.scrollWidth, `${name} is wider than its box`).toBeLessThanOrEqual(chart.box.clientWidth + 1);
    // A box that grew past the screen (e.g. a grid column stretched by a chart's minimum width) does not scroll
    // itself, but the page does.
    expect(chart.box.left, `${name} starts off screen`).toBeGreaterThanOrEqual(0);
    expect(chart.box.right, `${name} runs off screen`).toBeLessThanOrEqual(viewport + 1);
    if (chart.lastTick) {
      expect(chart.lastTick.right, `${name}: last x tick off screen`).toBeLessThanOrEqual(viewport);
      expect(chart.lastTick.left, `${name}: last x tick off screen`).toBeGreaterThanOrEqual(0);
    }
    expect(chart.smallestText, `${name}: text too small`).toBeGreaterThanOrEqual(MIN_TEXT);
  }
}

for (const width of WIDTHS) {
  test.describe(`charts at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    for (const path of PAGES) {
      test(`fit on ${path}`, async ({ page }) => {
        await page.goto(relative(path));
        await expectChartsFit(page, `${path} at ${width}`);
      });
    }

    test('fit on a model page and a views page', async ({ page }) => {
      for (const path of await foundPages(page)) {
        await page.goto(relative(path));
        await expectChartsFit(page, `${path} at ${width}`);
      }
    });

    test('show every task group in the treemap', async ({ page }) => {
      await page.goto(relative('/tasks/'));
      const figure = page.locator('figure#task-treemap');
      const groups = await figure
        .locator('ul[aria-label$="legend"] li')
        .evaluateAll((items) =>
          items.map((li) => getComputedStyle(li.querySelector('span') as Element).backgroundColor),
        );
      expect(groups.length).toBeGreaterThan(1);
      const shown = await figure.evaluate((el, viewport) => {
        const svg = [...el.querySelectorAll('.chart-svg svg')].find((s) => s.getClientRects().length > 0);
        const onScreen = [...(svg?.querySelectorAll('rect') ?? [])].filter((r) => {
          const box = r.getBoundingClientRect();
          return box.width > 0 && box.height > 0 && box.left >= 0 && box.right <= viewport;
        });
        return [...new Set(onScreen.map((r) => getComputedStyle(r).fill))];
      }, width);
      for (const color of groups) expect(shown, `a group in ${color} is not on screen`).toContain(color);
    });
  });
}

test.describe('embeds in a 360 px column', () => {
  test.use({ viewport: { width: 360, height: 900 } });

  test('fit, for the charts of every page type', async ({ page }) => {
    const ids = new Set<string>();
    for (const path of [...PAGES, ...(await foundPages(page))]) {
      await page.goto(relative(path));
      const hrefs = await page
        .locator('a[data-embed-dialog]')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      // The first two charts of each page: its main chart and another kind where there is one.
      for (const href of hrefs.slice(0, 2)) {
        const id = /\/embed\/([^/]+)\/code\/$/.exec(href ?? '')?.[1];
        if (id) ids.add(id);
      }
    }
    expect(ids.size).toBeGreaterThan(6);
    for (const id of ids) {
      await page.goto(relative(`/embed/${id}/`));
      await expectChartsFit(page, `embed ${id}`);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        `embed ${id} scrolls`,
      ).toBeLessThanOrEqual(360);
    }
  });
});

test.describe('keyboard', () => {
  test.use({ viewport: { width: 375, height: 900 } });

  test('reaches chart values: a chart is a tab stop whose arrows show each value’s tooltip', async ({ page }) => {
    await page.goto(relative('/apps/'));
    const chart = page.locator('figure .chart-svg[tabindex="0"]').first();
    await chart.focus();
    await page.keyboard.press('Home');
    const tip = page.locator('.chart-tip');
    await expect(tip).toBeVisible();
    await expect(tip).toContainText('#1');
    const first = await tip.textContent();
    await page.keyboard.press('ArrowRight');
    await expect(tip).not.toHaveText(first ?? '');
    await expect(tip).toContainText('#2');
    await expect(chart.locator('.chart-tip-active')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
  });

  test('shows the date and the leading model on the share chart', async ({ page }) => {
    await page.goto(relative('/models/'));
    const chart = page.locator('figure#model-share .chart-svg[tabindex="0"]');
    await chart.focus();
    await page.keyboard.press('End');
    const tip = page.locator('.chart-tip');
    await expect(tip).toContainText(/\d{1,2} \w{3,4} \d{4} · /);
    await expect(tip).toContainText('Leading: ');
  });

  test('draws the whole focus ring of a view toggle', async ({ page }) => {
    await page.goto(relative('/models/'));
    const link = page.locator('figure#model-share ul[aria-label$="window" i] a').nth(1);
    await link.focus();
    const clipped = await link.evaluate((a) => {
      for (let el = a.parentElement; el; el = el.parentElement) {
        if (getComputedStyle(el).overflow !== 'visible') return el.tagName;
      }
      return null;
    });
    expect(clipped).toBeNull();
    expect(await link.evaluate((a) => getComputedStyle(a).outlineStyle)).toBe('solid');
  });
});

test.describe('touch', () => {
  test.use({ viewport: { width: 375, height: 900 }, hasTouch: true });

  test('a tap on a column of the share chart shows that period’s date and leading model', async ({ page }) => {
    await page.goto(relative('/models/'));
    const columns = page
      .locator('figure#model-share .chart-svg svg g[fill="transparent"] rect')
      .filter({ visible: true });
    await columns.last().tap();
    const tip = page.locator('.chart-tip');
    await expect(tip).toBeVisible();
    await expect(tip).toContainText('Leading: ');
    await expect(columns.last()).toHaveClass(/chart-tip-active/);
  });
});
