/**
 * Frozen embeds are published once and carried forward byte for byte, so a build must render them the same from
 * the same archive whatever else differs: this builds the archive under test a second time, under another origin
 * and base path, and compares every frozen embed with the one the server under test serves.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DATA_DIR, relative } from './section-helpers.ts';

/** Runs `astro build` into `outDir` from the archive under test; rejects with its output on failure. */
function buildSite(outDir: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
      env: { ...process.env, DATA_DIR, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`astro build exited ${code}:\n${output.slice(-3000)}`)),
    );
  });
}

test('frozen embeds built twice from the same archive are byte-identical, whatever the origin and base path', async ({
  request,
  baseURL,
}) => {
  test.setTimeout(600_000);
  const url = (path: string) => new URL(relative(path), baseURL).href;
  const latest = (await (await request.get(url('/embed/latest.json'))).json()) as {
    date: string;
    charts: Record<string, string>;
  };
  const ids = Object.keys(latest.charts);
  // The first chart of each section page, the use-case rankings' default view and the session-cost grid
  // (keepsFrozenCopies).
  expect([...ids].sort()).toEqual([
    'apps-popular-all',
    'benchmarks-aa-intelligence',
    'model-share-share-30d',
    'models-categories-programming-52w',
    'session-cost-10-49-turns',
    'tasks-treemap-usage',
  ]);

  // Inside the project (test-results/ is git-ignored): Astro keeps the prerender chunks of an outDir outside the
  // project in the shared .astro/, where another build running at the same time could remove them.
  mkdirSync('test-results', { recursive: true });
  const outDir = mkdtempSync(join('test-results', 'rebuild-'));
  try {
    await buildSite(outDir, { SITE_URL: 'https://elsewhere.example', BASE_PATH: '/atlas' });
    // Each chart's new frozen copy of this build, at its pack's path (the ISO week of its date).
    const frozenPacks = (id: string) =>
      readdirSync(join(outDir, 'embed', id)).filter((entry) => /^\d{4}-W\d{2}$/.test(entry));
    const chartIds = readdirSync(join(outDir, 'embed'), { withFileTypes: true }).filter((e) => e.isDirectory());
    const rebuilt = chartIds.map((e) => e.name).filter((id) => frozenPacks(id).length > 0);
    expect(rebuilt.sort()).toEqual([...ids].sort());
    for (const id of ids) {
      const [pack, ...more] = frozenPacks(id);
      expect(more, id).toEqual([]);
      const served = await request.get(url(`/embed/${id}/${pack}/`));
      expect(served.ok(), id).toBe(true);
      const again = readFileSync(join(outDir, 'embed', id, pack ?? '', 'index.html'));
      expect(Buffer.compare(await served.body(), again), `${id}: served and rebuilt frozen embeds differ`).toBe(0);
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});
