/**
 * The frozen-embed promise over several nights of the nightly workflow: fetch (the local Data API's clock at 03:00
 * of each day), `astro build`, then the freeze step, into one archive. Night 1 and 2 fall in one ISO week (the
 * week's pack grows by a copy), night 3 starts the next. A day file from before packs is planted in the archive
 * first. What a URL served on its first night, it serves byte for byte, and shows pixel for pixel, on the last.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser } from '@playwright/test';
import { simulateNightly, nightlyNow } from '../../src/lib/nightly/simulate.ts';
import { DEMO_KEY, startMockServer } from '../../src/mock/server.ts';
import { serveStatic } from '../../src/serve/static-server.ts';

/** Saturday, Sunday (the same ISO week, 2026-W48), Monday (2026-W49). */
const NIGHTS = ['2026-11-28', '2026-11-29', '2026-11-30'] as const;
/** Drawn anew every night (30 days of daily data). */
const DAILY = 'model-share-share-30d';
/** Draws whole weeks: the same on Saturday and Sunday (the week through 22 Nov), a new week on Monday. */
const WEEKLY = 'models-categories-programming-52w';
/** A frozen copy from before packs, as the archive of a site that published them holds it. */
const DAY_FILE = { id: DAILY, date: '2026-11-20', html: '<!DOCTYPE html><html lang="en"><p>frozen before packs</p>' };

/** Runs a command with the pinned Node; rejects with the tail of its output. */
function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited ${code}:\n${output.slice(-3000)}`)),
    );
  });
}

/** One night: its fetch steps, the build and the freeze step, as `npm run build` runs them. */
async function night(day: string, dataDir: string, distDir: string): Promise<void> {
  const [fetched] = await simulateNightly({
    firstDay: day,
    nights: 1,
    dataDir,
    apiKey: DEMO_KEY,
    startApi: (d) => startMockServer({ port: 0, relaxed: true, now: () => nightlyNow(d) }),
  });
  expect(
    fetched?.steps.every((step) => step.ok),
    `fetch of ${day}`,
  ).toBe(true);
  await run(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', distDir], { DATA_DIR: dataDir });
  await run(['--import', 'tsx', 'scripts/freeze.ts', '--dist', distDir, '--data-dir', dataDir], {});
}

/** The frozen iframe URL a chart's codes page offers, as a site path: `/embed/<id>/2026-W48/#2026-11-28`. */
function offeredFrozen(distDir: string, id: string): string {
  const codes = readFileSync(join(distDir, 'embed', id, 'code', 'index.html'), 'utf8');
  const box = /id="embed-code-iframe-frozen"[^>]*>([^<]*)</.exec(codes)?.[1] ?? '';
  const src = /src=&quot;([^&]+)&quot;/.exec(box)?.[1] ?? '';
  const url = new URL(src);
  return `${url.pathname}${url.hash}`;
}

/** The bytes served at a site path of a build (its file, as the static server sends it). */
function served(distDir: string, sitePath: string): Buffer {
  return readFileSync(join(distDir, new URL(sitePath, 'http://x').pathname, 'index.html'));
}

/** What a reader sees at a site path of a build with JavaScript off: a screenshot and the visible text. */
async function seen(browser: Browser, distDir: string, sitePath: string) {
  const { server, url } = await serveStatic({ root: distDir, port: 0 });
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 900, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(new URL(sitePath, url).href);
    return { shot: await page.screenshot({ fullPage: true }), text: await page.locator('body').innerText() };
  } finally {
    await context.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

test('a frozen embed serves the same bytes and shows the same chart night after night', async ({ browser }) => {
  test.setTimeout(1_800_000);
  mkdirSync('test-results', { recursive: true });
  const root = mkdtempSync(join('test-results', 'nights-'));
  const dataDir = join(root, 'data');
  const dists = NIGHTS.map((_, i) => join(root, `dist-${i + 1}`));
  try {
    mkdirSync(join(dataDir, 'embeds', DAY_FILE.date), { recursive: true });
    writeFileSync(join(dataDir, 'embeds', DAY_FILE.date, `${DAY_FILE.id}.html`), DAY_FILE.html);
    for (const [i, day] of NIGHTS.entries()) await night(day, dataDir, dists[i] ?? '');
    const [first = '', second = '', third = ''] = dists;

    const daily = NIGHTS.map((_, i) => offeredFrozen(dists[i] ?? '', DAILY));
    expect(daily).toEqual([
      `/embed/${DAILY}/2026-W48/#2026-11-28`,
      `/embed/${DAILY}/2026-W48/#2026-11-29`,
      `/embed/${DAILY}/2026-W49/#2026-11-30`,
    ]);
    const [night1Url = '', night2Url = ''] = daily;

    // Night 2 adds its copy to the week's pack: every byte served on night 1 is still there, in place.
    const night1 = served(first, night1Url);
    const end = night1.lastIndexOf('</main>');
    const night2 = served(second, night1Url);
    expect(night2.subarray(0, end).equals(night1.subarray(0, end))).toBe(true);
    expect(night2.subarray(night2.length - (night1.length - end)).equals(night1.subarray(end))).toBe(true);
    // Once its week is over the pack never changes again.
    expect(served(third, night1Url).equals(night2)).toBe(true);

    // What night 1's URL shows, with JavaScript off (CSS :target picks the copy), is the same on night 3.
    const before = await seen(browser, first, night1Url);
    const after = await seen(browser, third, night1Url);
    expect(after.text).toBe(before.text);
    expect(after.text).toContain('Frozen on 28 Nov 2026');
    expect(after.shot.equals(before.shot), 'night 1 and night 3 screenshots differ').toBe(true);
    expect((await seen(browser, third, night2Url)).text).toContain('Frozen on 29 Nov 2026');

    // A weekly chart offers one copy for its week, whose pack is served unchanged night after night.
    const weekly = NIGHTS.map((_, i) => offeredFrozen(dists[i] ?? '', WEEKLY));
    expect(weekly[0]).toBe(`/embed/${WEEKLY}/2026-W47/#2026-11-22`);
    expect(weekly[1]).toBe(weekly[0]);
    for (const dist of [second, third])
      expect(served(dist, weekly[0] ?? '').equals(served(first, weekly[0] ?? ''))).toBe(true);

    // The day file from before packs is served as it was.
    for (const dist of dists) {
      expect(served(dist, `/embed/${DAY_FILE.id}/${DAY_FILE.date}/`).toString()).toBe(DAY_FILE.html);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
