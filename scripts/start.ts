/**
 * `npm start`: the whole pipeline on the embedded demo — local Data API -> fetch into a demo archive -> build ->
 * serve. Flags: --port N (site port, default 4321), --data-dir DIR (default demo-data), --today YYYY-MM-DD
 * (pins the local Data API's clock and the fetch's date: reproducible builds for tests), --no-serve (stop after
 * the build). The API key is the local Data API's own demo key; no real key is read or needed.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
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

/** Runs `node <args>` with the pinned Node, streaming its output; rejects with a one-line reason on failure. */
function runNode(step: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', (error) => reject(new Error(`${step}: ${error.message}`)));
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${step} failed (exit ${code}); see above.`)),
    );
  });
}

function progress(step: number, text: string): void {
  console.log(`\n[${step}/4] ${text}`);
}

async function main(): Promise<void> {
  const flags = parseFlags();
  const now = flags.today ? () => new Date(`${flags.today}T12:00:00Z`) : undefined;
  progress(1, 'Starting the local Data API (synthetic demo data, relaxed rate limits)…');
  const mock = await startMockServer({ port: 0, relaxed: true, ...(now ? { now } : {}) });
  try {
    console.log(`Local Data API: ${mock.url}`);
    progress(2, `Fetching all four datasets into ${flags.dataDir}/ …`);
    // A fresh demo archive every time: the demo world is regenerated, so merging old runs would mix clocks.
    rmSync(flags.dataDir, { recursive: true, force: true });
    const fetchArgs = ['--base-url', mock.url, '--data-dir', flags.dataDir, '--relaxed-pacing'];
    if (flags.today) fetchArgs.push('--today', flags.today);
    await runNode('fetch', ['--import', 'tsx', 'scripts/fetch.ts', ...fetchArgs], { OPENROUTER_API_KEY: DEMO_KEY });
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
