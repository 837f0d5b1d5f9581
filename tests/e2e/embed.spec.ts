/**
 * Embeds and exports against the built site: a host page on another origin (served by this test) iframes the live
 * and frozen embeds with the codes the site offers, and checks rendering, citation and auto-resize; the Embed
 * dialog; the cited SVG, PNG and card exports; oEmbed discovery.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { packKeyOf } from '../../src/lib/embed/ids.ts';
import { parseSvg, pngSize, relative, shownCharts, SYNTHETIC_NOTICE } from './section-helpers.ts';

const CHART = 'model-share-share-30d';
const HEIGHT_TOLERANCE = 2;

/** The host pages of this worker, by path, and the server on 127.0.0.1 that serves them. */
const hostPages = new Map<string, string>();
let host: Server;
let hostOrigin: string;

test.beforeAll(async () => {
  host = createServer((request, response) => {
    const body = hostPages.get(new URL(request.url ?? '/', 'http://x').pathname);
    response.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => host.close(resolve));
});

/** Serves `body` as a blog post on the host origin and opens it. */
async function openHostPage(page: Page, name: string, body: string): Promise<void> {
  const path = `/${name}-${test.info().testId}/`;
  const head = '<!doctype html><html lang="en"><head><title>A blog post</title></head>';
  hostPages.set(path, `${head}<body><h1>Post</h1>${body}</body></html>`);
  await page.goto(`${hostOrigin}${path}`);
}

/** A code from the chart's code page, with the build's SITE_URL swapped for the server under test. */
async function codeOf(page: Page, id: string, box: string): Promise<string> {
  await page.goto(relative(`/embed/${id}/code/`));
  const code = await page.locator(`#${box}`).inputValue();
  const live = await page.locator('#embed-code-iframe-live').inputValue();
  const src = /src="([^"]+)"/.exec(live)?.[1] ?? '';
  const prefix = src.slice(0, src.indexOf(`embed/${id}/`));
  return code.replaceAll(prefix, new URL(relative('/'), test.info().project.use.baseURL).href);
}

/** `/embed/latest.json`: the build's frozen date and the `as_of` of each chart with frozen copies. */
type LatestJson = { date: string; charts: Record<string, string> };

/** The site's iframe on a host page (other test frames use srcdoc, not src). */
const SITE_FRAME = 'iframe[src]';

/** The embed frame of a host page, once its chart is there (one rendering of it shown, wide or narrow). */
async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.locator(SITE_FRAME).elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('no embed iframe on the host page');
  await shownCharts(frame.locator('.ta-embed')).waitFor();
  return frame;
}

/** The height the iframe was given, and the height of the embed's content. */
async function heights(page: Page, frame: Frame): Promise<{ iframe: number; content: number }> {
  const iframe = await page.locator(SITE_FRAME).evaluate((f) => f.getBoundingClientRect().height);
  const content = await frame.locator('.ta-embed').evaluate((e) => e.getBoundingClientRect().height);
  return { iframe, content };
}

async function expectFitted(page: Page, frame: Frame): Promise<void> {
  await expect
    .poll(async () => {
      const h = await heights(page, frame);
      return Math.abs(h.iframe - h.content);
    })
    .toBeLessThanOrEqual(HEIGHT_TOLERANCE);
}

test.describe('live embed in a host page on another origin', () => {
  test('renders the chart with its citation and fits the iframe to its content', async ({ page }) => {
    await openHostPage(page, 'live', `${await codeOf(page, CHART, 'embed-code-iframe-live')}<p>After the chart.</p>`);
    const frame = await embedFrame(page);
    expect(new URL(frame.url()).origin).not.toBe(hostOrigin);
    await expect(frame.locator('h1')).toHaveText(/Share of tokens by model/);
    await expect(frame.locator('[data-attribution]')).toHaveText(SYNTHETIC_NOTICE);
    await expect(frame.locator('.ta-foot')).toContainText(/Data as of \d+ \w{3} \d{4}/);
    // Live: no frozen date line and no "newer data" notice.
    await expect(frame.locator('.ta-stamp')).toHaveCount(0);
    // The chart is one image named by its text alternative (its two renderings are hidden from assistive tech).
    await expect(frame.getByRole('img')).toHaveAccessibleName(/led with/);
    const back = frame.getByRole('link', { name: 'View on Token Atlas' });
    expect(new URL((await back.getAttribute('href')) ?? '', frame.url()).pathname).toMatch(/\/models\/$/);
    await expectFitted(page, frame);

    const before = (await heights(page, frame)).iframe;
    await frame.locator('summary').click();
    await expect(frame.locator('table')).toBeVisible();
    await expect.poll(async () => (await heights(page, frame)).iframe).toBeGreaterThan(before + 100);
    await expectFitted(page, frame);
  });

  test('takes the host page’s light or dark look from the resize script; ?theme= still wins', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    const code = await codeOf(page, CHART, 'embed-code-iframe-live');
    const background = (frame: Frame) => frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const white = 'rgb(255, 255, 255)';
    const dark = '<style>body { background: #15171c; color: #eee }</style>';

    await openHostPage(page, 'dark-host', `${dark}${code}`);
    const frame = await embedFrame(page);
    await expect.poll(() => frame.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await background(frame)).not.toBe(white);

    await openHostPage(
      page,
      'dark-host-fixed',
      `${dark}${code.replace(`/embed/${CHART}/"`, `/embed/${CHART}/?theme=light"`)}`,
    );
    const fixed = await embedFrame(page);
    await expectFitted(page, fixed);
    expect(await fixed.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
    expect(await background(fixed)).toBe(white);

    // Without the script line the embed cannot know the host, and follows the reader (light here).
    await openHostPage(page, 'dark-host-plain', `${dark}${code.replace(/<script[^>]*><\/script>/, '')}`);
    const plain = await embedFrame(page);
    expect(await background(plain)).toBe(white);
    await context.close();
  });

  test('fits an iframe that finished loading before the resize script did', async ({ page }) => {
    const code = await codeOf(page, CHART, 'embed-code-iframe-live');
    const script = /<script src="([^"]+)"/.exec(code)?.[1] ?? '';
    // A height far from the chart's, so only the script can make it fit.
    const frameOnly = code.replace(/<script[^>]*><\/script>/, '').replace(/height="\d+"/, 'height="100"');
    await openHostPage(page, 'late-script', frameOnly);
    const frame = await embedFrame(page);
    await frame.waitForLoadState('load');
    await page.evaluate((src) => {
      const late = document.createElement('script');
      late.src = src;
      document.body.append(late);
    }, script);
    await expectFitted(page, frame);
  });

  test('ignores height messages from other origins and other frames', async ({ page }) => {
    const code = await codeOf(page, CHART, 'embed-code-iframe-live');
    // A frame of the host's own origin, even marked as an embed, posting a height; and a log of what the host saw.
    const post = "parent.postMessage({type:'token-atlas:embed-height',height:1234},'*')";
    const foreign = `<iframe id="foreign" data-token-atlas-embed style="height:100px" srcdoc="<script>${post}</script>"></iframe>`;
    const count = 'if (e.data && e.data.height === 1234) window.forged += 1;';
    const log = `<script>window.forged = 0; addEventListener('message', (e) => { ${count} });</script>`;
    await openHostPage(page, 'foreign', `${log}${code}${foreign}`);
    const frame = await embedFrame(page);
    await expectFitted(page, frame);
    await page.evaluate(() => {
      const ours = document.querySelector<HTMLIFrameElement>('iframe[src]');
      const data = { type: 'token-atlas:embed-height', height: 1234 };
      // Posted by the host page itself (its own origin), and a forged event naming another origin.
      window.postMessage(data, '*');
      const source = ours?.contentWindow ?? null;
      window.dispatchEvent(new MessageEvent('message', { data, origin: 'http://evil.example', source }));
    });
    await expect.poll(() => page.evaluate(() => (window as unknown as { forged: number }).forged)).toBe(3);
    await expectFitted(page, frame);
    expect(await page.locator(SITE_FRAME).evaluate((f) => (f as HTMLIFrameElement).style.height)).not.toBe('1234px');
    expect(await page.locator('#foreign').evaluate((f) => (f as HTMLIFrameElement).style.height)).toBe('100px');
  });
});

test.describe('frozen embed', () => {
  test('says what date it shows, links to the live version and fits its iframe', async ({ page }) => {
    await openHostPage(page, 'frozen', await codeOf(page, CHART, 'embed-code-iframe-frozen'));
    const frame = await embedFrame(page);
    const url = new URL(frame.url());
    expect(url.pathname).toMatch(new RegExp(`/embed/${CHART}/\\d{4}-W\\d{2}/$`));
    expect(url.hash).toMatch(/^#\d{4}-\d{2}-\d{2}$/);
    await expect(frame.locator('[data-stamp="frozen"]')).toContainText(/^Frozen on \d+ \w{3} \d{4} — data as of /);
    await expect(frame.locator('[data-attribution]')).toHaveText(SYNTHETIC_NOTICE);
    const live = frame.locator('[data-stamp="frozen"] a');
    expect(new URL((await live.getAttribute('href')) ?? '', frame.url()).pathname).toMatch(
      new RegExp(`/embed/${CHART}/$`),
    );
    await expect(frame.locator('.ta-newer')).toBeHidden();
    await expectFitted(page, frame);
  });

  test('says newer data is available when the latest build has it, without changing its figures', async ({ page }) => {
    const code = await codeOf(page, CHART, 'embed-code-iframe-frozen');
    await openHostPage(page, 'frozen-plain', code);
    const svg = await (await embedFrame(page)).locator('.ta-embed .chart-svg').innerHTML();

    await page.route('**/embed/latest.json', (route) =>
      route.fulfill({ json: { date: '2999-01-01', charts: { [CHART]: '2999-01-01T02:00:00Z' } } }),
    );
    await openHostPage(page, 'frozen-newer', code);
    const frame = await embedFrame(page);
    await expect(frame.locator('.ta-newer')).toBeVisible();
    await expect(frame.locator('.ta-newer')).toContainText('Newer data available');
    expect(await frame.locator('.ta-embed .chart-svg').innerHTML()).toBe(svg);
    await expectFitted(page, frame);
  });
});

test.describe('embed page', () => {
  test('follows the colour scheme, and ?theme= overrides it', async ({ browser }) => {
    const background = async (scheme: 'light' | 'dark', query: string) => {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(relative(`/embed/${CHART}/${query}`));
      const color = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await context.close();
      return color;
    };
    const light = 'rgb(255, 255, 255)';
    expect(await background('light', '')).toBe(light);
    expect(await background('dark', '')).not.toBe(light);
    expect(await background('dark', '?theme=light')).toBe(light);
    expect(await background('light', '?theme=dark')).not.toBe(light);
  });

  test('is complete with JavaScript off: chart, text alternative, citation and data table', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(relative(`/embed/${CHART}/`));
    await expect(shownCharts(page.locator('.ta-embed'))).toHaveCount(1);
    await expect(page.getByRole('img')).toHaveAccessibleName(/.+/);
    await expect(page.locator('[data-attribution]')).toHaveText(SYNTHETIC_NOTICE);
    await page.locator('summary').click();
    expect(await page.locator('table tbody tr').count()).toBeGreaterThan(10);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`live, frozen and codes pages have no axe violations in ${colorScheme} mode`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(relative('/embed/latest.json'));
      const { charts } = JSON.parse((await page.locator('body').textContent()) ?? '{}') as LatestJson;
      const copy = charts[CHART] ?? '';
      const violations: string[] = [];
      for (const path of [`/embed/${CHART}/`, `/embed/${CHART}/${packKeyOf(copy)}/#${copy}`, `/embed/${CHART}/code/`]) {
        await page.goto(relative(path));
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
        const results = await new AxeBuilder({ page }).exclude('iframe').analyze();
        violations.push(
          ...results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        );
      }
      await context.close();
      expect(violations).toEqual([]);
    });
  }

  test('has no site chrome and loads nothing but itself', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(relative(`/embed/${CHART}/`));
    await expect(page.locator('nav, body > header, footer:not(.ta-foot)')).toHaveCount(0);
    expect(requests.filter((path) => !path.endsWith(`/embed/${CHART}/`))).toEqual([]);
  });
});

test.describe('Embed dialog', () => {
  test('opens the codes in a dialog and copies one with feedback', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(relative('/models/'));
    await page
      .locator('#model-share')
      .getByRole('link', { name: /^Embed/ })
      .click();
    const dialog = page.getByRole('dialog', { name: /Embed “Share of tokens by model/ });
    await expect(dialog).toBeVisible();
    expect(new URL(page.url()).pathname).toMatch(/\/models\/$/);
    await expect(dialog.getByLabel(/^Iframe, live/)).toBeVisible();
    await expect(dialog.getByLabel(/^Iframe, frozen/)).toBeHidden();

    await dialog.getByRole('radio', { name: /^Frozen on/ }).check();
    await expect(dialog.getByLabel(/^Iframe, frozen/)).toBeVisible();
    await expect(dialog.getByLabel(/^Iframe, live/)).toBeHidden();

    const markdown = dialog.getByLabel('Markdown');
    await dialog.getByRole('button', { name: 'Copy Markdown' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await markdown.inputValue());
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('with JavaScript off, the Embed link opens the codes page', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(relative('/tasks/'));
    await page
      .locator('#task-treemap')
      .getByRole('link', { name: /^Embed/ })
      .click();
    expect(new URL(page.url()).pathname).toMatch(/\/embed\/tasks-treemap-usage\/code\/$/);
    await expect(page.getByLabel(/^Iframe, live/)).toBeVisible();
    await expect(page.getByLabel(/^Iframe, frozen/)).toBeVisible();
    await expect(page.getByLabel(/^Image, PNG/)).toHaveValue(/<img src="[^"]+\/tasks\/tasks-treemap-usage\.png"/);
    await expect(page.getByRole('button', { name: /^Copy/ })).toHaveCount(0);
    await context.close();
  });

  for (const path of [
    '/models/',
    '/models/view/absolute-90d/',
    '/models/categories/',
    '/models/modalities/tool-calling/12w/',
    '/apps/',
    '/apps/trending/coding/',
    '/benchmarks/',
    '/benchmarks/openrouter/',
    '/tasks/tokens/',
  ]) {
    test(`every chart on ${path} has a working Embed link`, async ({ page }) => {
      await page.goto(relative(path));
      const links = page.locator('figure a[data-embed-dialog]');
      const figures = page.locator('figure').filter({ has: page.getByRole('link', { name: /^Download SVG/ }) });
      expect(await figures.count()).toBeGreaterThan(0);
      // Every figure has its Embed link (the small multiples on /tasks/ have one per chart).
      for (const figure of await figures.all())
        expect(await figure.locator('a[data-embed-dialog]').count()).toBeGreaterThan(0);
      for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
        const codes = await page.request.get(href);
        expect(codes.ok(), href).toBe(true);
        expect(await codes.text()).toContain('id="embed-code"');
        const embed = await page.request.get(new URL('../', href).href);
        expect(embed.ok(), href).toBe(true);
      }
    });
  }

  test('another window of a chart is live only and points to the frozen default window', async ({ page }) => {
    await page.goto(relative('/embed/latest.json'));
    const { charts } = JSON.parse((await page.locator('body').textContent()) ?? '{}') as LatestJson;
    for (const [variant, frozen] of [
      ['models-categories-programming-12w', 'models-categories-programming-52w'],
      ['model-share-share-1y', 'model-share-share-30d'],
    ] as const) {
      await page.goto(relative(`/embed/${variant}/code/`));
      await expect(page.getByLabel(/^Iframe, live/)).toBeVisible();
      await expect(page.getByLabel(/^Iframe, frozen/)).toHaveCount(0);
      await page.getByText('This view is live only').getByRole('link').click();
      expect(new URL(page.url()).pathname).toMatch(new RegExp(`/embed/${frozen}/code/$`));
      const code = await page.getByLabel(/^Iframe, frozen/).inputValue();
      const pack = new RegExp(`/embed/${frozen}/(\\d{4}-W\\d{2})/#\\d{4}-\\d{2}-\\d{2}"`).exec(code)?.[1] ?? '';
      expect((await page.request.get(relative(`/embed/${frozen}/${pack}/`))).status()).toBe(200);
      expect((await page.request.get(relative(`/embed/${variant}/${pack}/`))).status()).toBe(404);
      expect(Object.keys(charts)).toContain(frozen);
      expect(Object.keys(charts)).not.toContain(variant);
    }
  });

  test('a weekly chart is frozen once a week, dated by the last week it draws', async ({ page }) => {
    const id = 'models-categories-programming-52w';
    await page.goto(relative('/embed/latest.json'));
    const latest = JSON.parse((await page.locator('body').textContent()) ?? '{}') as LatestJson;
    const sunday = latest.charts[id] ?? '';
    expect(new Date(`${sunday}T00:00:00Z`).getUTCDay()).toBe(0);
    expect(sunday < latest.date).toBe(true);
    await page.goto(relative(`/embed/${id}/code/`));
    const path = `/embed/${id}/${packKeyOf(sunday)}/#${sunday}`;
    await expect(page.getByLabel(/^Iframe, frozen with the weeks through/)).toHaveValue(new RegExp(path));
    await page.goto(relative(path));
    await expect(page.locator('[data-stamp="frozen"]')).toContainText(
      /^Frozen with the weeks through \d+ \w{3} \d{4} — data as of /,
    );
    // The table's last row is the week ending that Sunday: the week of its Monday.
    const monday = new Date(Date.parse(`${sunday}T00:00:00Z`) - 6 * 86_400_000);
    const mondayLabel = monday.toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    await page.locator('summary').click();
    await expect(page.locator('table tbody tr').last().locator('th, td').first()).toHaveText(mondayLabel);
    expect((await page.request.get(relative(`/embed/${id}/${latest.date}/`))).status()).toBe(404);
  });

  test('a model page’s charts embed live only, with a cited SVG and no PNG (the page card is the thumbnail)', async ({
    page,
  }) => {
    await page.goto(relative('/models/'));
    const model = await page.locator('section[aria-labelledby="all-models"] li a').first().getAttribute('href');
    await page.goto(new URL(model ?? '', page.url()).href);
    const card = await page.locator('meta[property="og:image"]').getAttribute('content');
    // Tokens, share and rank, and the use-case mix when the model is in a category's top 50.
    const links = page.locator('figure a[data-embed-dialog]');
    await expect(links).toHaveCount(await page.locator('figure').count());
    expect(await links.count()).toBeGreaterThanOrEqual(3);
    const rank = page.locator('figure#model-rank');
    const svgUrl = new URL(
      (await rank.getByRole('link', { name: /Download SVG/ }).getAttribute('href')) ?? '',
      page.url(),
    );
    expect(svgUrl.pathname).toMatch(/\/models\/[^/]+\/rank\.svg$/);
    expect((await parseSvg(page, await (await page.request.get(svgUrl.href)).text())).error).toBeNull();
    await expect(page.locator('figure').getByRole('link', { name: /Download PNG/ })).toHaveCount(0);
    expect((await page.request.get(svgUrl.href.replace(/\.svg$/, '.png'))).status()).toBe(404);

    await page.goto(new URL((await rank.locator('a[data-embed-dialog]').getAttribute('href')) ?? '', page.url()).href);
    await expect(page.getByLabel(/^Iframe, live/)).toBeVisible();
    await expect(page.getByLabel(/^Iframe, frozen/)).toHaveCount(0);
    await expect(page.getByLabel('Image, SVG (title and citation drawn in)')).toBeVisible();
    await expect(page.getByLabel(/^Image, PNG/)).toHaveCount(0);
    await expect(page.getByLabel('Markdown')).toHaveValue(new RegExp(`\\(https?://[^)]+${svgUrl.pathname}\\)`));
    await expect(page.getByRole('link', { name: 'Download PNG' })).toHaveCount(0);
    const oembedHref = await page.locator('link[type="application/json+oembed"]').getAttribute('href');
    const oembed = (await (
      await page.request.get(new URL(new URL(oembedHref ?? '').pathname, page.url()).href)
    ).json()) as Record<string, unknown>;
    expect(oembed['thumbnail_url']).toBe(card);
    expect(oembed).toMatchObject({ thumbnail_width: 1200, thumbnail_height: 630 });
  });

  test('ships little JavaScript and no Plot', async ({ page }) => {
    const scripts: { url: string; body: Buffer }[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script')
        scripts.push({ url: response.url(), body: await response.body() });
    });
    await page.goto(relative('/models/'));
    await page.waitForLoadState('networkidle');
    const inline = await page.locator('script:not([src])').evaluateAll((s) => s.map((x) => x.textContent ?? ''));
    const total = [...scripts.map((s) => s.body), ...inline.map((s) => Buffer.from(s))].reduce(
      (sum, body) => sum + gzipSync(body).length,
      0,
    );
    expect(total).toBeLessThan(15_000);
    expect(scripts.map((s) => s.body.toString()).join('')).not.toMatch(/observablehq|@observablehq\/plot/);
  });
});

test.describe('exports', () => {
  for (const [path, figure] of [
    ['/models/', '#model-share'],
    ['/benchmarks/', '#benchmarks-aa-intelligence'],
    ['/apps/', '#popular-apps'],
    ['/models/languages/', '#view-share'],
    ['/benchmarks/openrouter/', '#benchmarks-openrouter-gpqa-diamond'],
  ] as const) {
    test(`the Download SVG of ${figure} on ${path} is valid SVG with its title and citation, and its PNG is 2x`, async ({
      page,
    }) => {
      await page.goto(relative(path));
      const attribution = (await page.locator(`${figure} [data-attribution]`).textContent())?.trim() ?? '';
      const svgUrl = new URL(
        (await page
          .locator(figure)
          .getByRole('link', { name: /Download SVG/ })
          .getAttribute('href')) ?? '',
        page.url(),
      );
      const svg = await (await page.request.get(svgUrl.href)).text();
      const parsed = await parseSvg(page, svg);
      expect(parsed.error).toBeNull();
      expect(parsed.root).toBe('svg');
      expect(parsed.text).toContain(attribution);
      expect(parsed.text).toContain('Token Atlas');

      const pngHref = await page
        .locator(figure)
        .getByRole('link', { name: /Download PNG/ })
        .getAttribute('href');
      expect(new URL(pngHref ?? '', page.url()).href).toBe(svgUrl.href.replace(/\.svg$/, '.png'));
      const png = await page.request.get(svgUrl.href.replace(/\.svg$/, '.png'));
      expect(png.headers()['content-type']).toBe('image/png');
      expect(pngSize(await png.body())).toEqual({ width: parsed.width * 2, height: parsed.height * 2 });
    });
  }

  test('each page has a 1200×630 card and oEmbed discovery', async ({ page }) => {
    for (const path of [
      '/',
      '/models/',
      '/models/context/',
      '/apps/popular/coding/',
      '/benchmarks/design-arena/builders/',
      '/benchmarks/openrouter/',
      '/tasks/',
    ]) {
      await page.goto(relative(path));
      const image = await page.locator('meta[property="og:image"]').getAttribute('content');
      const card = await page.request.get(new URL(new URL(image ?? '').pathname, page.url()).href);
      expect(card.ok(), `${path}: ${image}`).toBe(true);
      expect(pngSize(await card.body())).toEqual({ width: 1200, height: 630 });
      await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
      await expect(page.locator('link[rel="alternate"][type="application/json+oembed"]')).toHaveCount(1);
    }
  });

  test('the oEmbed response is a rich iframe with a PNG thumbnail', async ({ page }) => {
    await page.goto(relative(`/embed/${CHART}/`));
    const href = await page.locator('link[type="application/json+oembed"]').getAttribute('href');
    const oembed = (await (
      await page.request.get(new URL(new URL(href ?? '').pathname, page.url()).href)
    ).json()) as Record<string, unknown>;
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Token Atlas' });
    expect(String(oembed['html'])).toMatch(new RegExp(`<iframe src="[^"]+/embed/${CHART}/"`));
    expect(String(oembed['thumbnail_url'])).toMatch(new RegExp(`/models/${CHART}\\.png$`));
    expect(oembed['width']).toBeGreaterThan(0);
  });
});
