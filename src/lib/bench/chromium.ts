import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';

/** Debian's Chromium, as the e2e tests use it (`CHROMIUM_PATH` overrides, as in playwright.config.ts). */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * The flags every bench Chromium runs with: headless, no sandbox (containers), and no traffic of its own (QUIC,
 * background networking, component updates, sync) so the only requests are the page's. Each launch also gets a
 * fresh user data dir, so every visit is a first visit.
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A fresh, empty Chromium profile folder; the caller removes it. */
export function freshUserDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'token-atlas-bench-chromium-'));
}

/**
 * Runs `use` on the page of a Chromium launched with a fresh profile (so its visit is a first visit, empty cache),
 * at `viewport` when given, then closes it and removes the profile whatever happened.
 */
export async function withFreshPage<T>(
  use: (page: Page) => Promise<T>,
  viewport?: { width: number; height: number },
): Promise<T> {
  const userDataDir = freshUserDataDir();
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_FLAGS],
    ...(viewport ? { viewport } : {}),
  });
  try {
    return await use(context.pages()[0] ?? (await context.newPage()));
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

/** `DevToolsActivePort` holds the port on its first line once Chromium listens: `'40127\n/devtools/browser/…'`. */
export function parseDevToolsPort(text: string): number | undefined {
  const [first, second] = text.split('\n');
  const port = Number(first);
  return second !== undefined && Number.isInteger(port) && port > 0 ? port : undefined;
}

/** A running Chromium that Lighthouse drives through its DevTools port. */
export interface DevToolsChromium {
  readonly port: number;
  close(): Promise<void>;
}

function stop(child: ChildProcess, userDataDir: string): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      rmSync(userDataDir, { recursive: true, force: true });
      resolve();
    };
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', done);
    child.kill('SIGTERM');
  });
}

/** Starts Chromium with {@link CHROMIUM_FLAGS}, a fresh profile and a DevTools port; resolves once it listens. */
export async function launchDevToolsChromium(timeoutMs = 30_000): Promise<DevToolsChromium> {
  const userDataDir = freshUserDataDir();
  const args = [...CHROMIUM_FLAGS, `--user-data-dir=${userDataDir}`, '--remote-debugging-port=0', 'about:blank'];
  const child = spawn(CHROMIUM_PATH, args, { stdio: 'ignore' });
  let failure: Error | undefined;
  child.once('error', (error) => (failure = error));
  const portFile = join(userDataDir, 'DevToolsActivePort');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const port = existsSync(portFile) ? parseDevToolsPort(readFileSync(portFile, 'utf8')) : undefined;
    if (port !== undefined) return { port, close: () => stop(child, userDataDir) };
    if (failure) {
      rmSync(userDataDir, { recursive: true, force: true });
      throw new Error(
        `Chromium (${CHROMIUM_PATH}) did not start: ${failure.message}. Install it: apt-get install chromium.`,
      );
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop(child, userDataDir);
      throw new Error(`Chromium (${CHROMIUM_PATH}) did not open a DevTools port within ${timeoutMs / 1000} s.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
