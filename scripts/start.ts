/**
 * `npm start`: the whole pipeline on the embedded demo — local Data API -> fetch into a demo archive, night by
 * night (seven earlier nights, see `demoNights`, then today), so history charts and the feed have a past -> build ->
 * serve. Flags: --port N (site port, default 4321), --data-dir DIR (default demo-data), --today YYYY-MM-DD
 * (pins the local Data API's clock and the fetch's date: reproducible builds for tests), --no-serve (stop after
 * the build). The API key is the local Data API's own demo key; no real key is read or needed.
 */
import { spawn, type StdioOptions } from 'node:child_process';
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { toIsoDate } from '../src/lib/api/dates.ts';
import { demoNights } from '../src/lib/demo/nights.ts';
import { nightlyNow } from '../src/lib/nightly/simulate.ts';
import { DEMO_KEY, startMockServer } from '../src/mock/server.ts';
import { serveStatic } from '../src/serve/static-server.ts';

const USAGE = 'Usage: npm start -- [--port N] [--data-dir DIR] [--today YYYY-MM-DD] [--no-serve]';

function parseFlags() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4321' },
      'data-dir': { type: 'string', default: 'demo-data' },
      today: { type: 'string' },
      'no-serve': { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`--port ${values.port} is not a port. ${USAGE}`);
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
    throw new Error(`--today ${values.today} is not YYYY-MM-DD. ${USAGE}`);
  }
  return { port, dataDir: values['data-dir'], today: values.today, serve: !values['no-serve'] };
}

/**
 * Runs `node <args>` with the pinned Node; rejects with a one-line reason on failure. `quiet` keeps the output and
 * prints only its last line (all of it on failure).
 */
function runNode(step: string, args: string[], env: NodeJS.ProcessEnv = {}, quiet = false): Promise<void> {
  return new Promise((resolve, reject) => {
    const stdio: StdioOptions = quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit';
    const child = spawn(process.execPath, args, { stdio, env: { ...process.env, ...env } });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', (error) => reject(new Error(`${step}: ${error.message}`)));
    child.on('close', (code) => {
      if (quiet) console.log(code === 0 ? `  ${output.trimEnd().split('\n').at(-1) ?? ''}` : output);
      if (code === 0) resolve();
      else reject(new Error(`${step} failed (exit ${code}); see above.`));
    });
  });
}

/** The fetch CLI into the demo archive, its date pinned to `today` when given. */
function runFetch(baseUrl: string, dataDir: string, today: string | undefined, quiet: boolean): Promise<void> {
  const args = ['--base-url', baseUrl, '--data-dir', dataDir, '--relaxed-pacing', ...(today ? ['--today', today] : [])];
  const step = today ? `fetch --today ${today}` : 'fetch';
  return runNode(step, ['--import', 'tsx', 'scripts/fetch.ts', ...args], { OPENROUTER_API_KEY: DEMO_KEY }, quiet);
}

function progress(step: number, text: string): void {
  console.log(`\n[${step}/4] ${text}`);
}

async function main(): Promise<void> {
  const flags = parseFlags();
  const final = flags.today ? () => new Date(`${flags.today}T12:00:00Z`) : () => new Date();
  // One server; its clock is each simulated night's 03:00 UTC in turn, then today's (pinned or real).
  let night: Date | null = null;
  progress(1, 'Starting the local Data API (synthetic demo data, relaxed rate limits)…');
  const mock = await startMockServer({ port: 0, relaxed: true, now: () => night ?? final() });
  try {
    console.log(`Local Data API: ${mock.url}`);
    const nights = demoNights(flags.today ?? toIsoDate(final()));
    progress(2, `Fetching ${nights.length} earlier nights and today into ${flags.dataDir}/ …`);
    // A fresh demo archive every time: the demo world is regenerated, so merging old runs would mix clocks.
    rmSync(flags.dataDir, { recursive: true, force: true });
    for (const [i, day] of nights.entries()) {
      night = nightlyNow(day);
      console.log(`Night ${i + 1} of ${nights.length}: ${day}`);
      await runFetch(mock.url, flags.dataDir, day, true);
    }
    night = null;
    console.log('Today:');
    await runFetch(mock.url, flags.dataDir, flags.today, false);
  } finally {
    await mock.close();
  }
  progress(3, 'Building the site…');
  // Where this demo is served, so its embed codes and export links work here (and the build has no SITE_URL warning).
  const siteUrl = process.env.SITE_URL || `http://localhost:${flags.port}`;
  await runNode('build', ['node_modules/astro/bin/astro.mjs', 'build'], { DATA_DIR: flags.dataDir, SITE_URL: siteUrl });
  if (!flags.serve) return;
  progress(4, 'Serving the site…');
  const { url } = await serveStatic({ root: 'dist', base: process.env.BASE_PATH ?? '/', port: flags.port });
  console.log(`Serving the site at ${url.replace('127.0.0.1', 'localhost')} (Ctrl-C to stop)`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
