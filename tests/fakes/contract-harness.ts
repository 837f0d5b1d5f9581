/** Shared set-up of the fetch contract tests: a local Data API on a free port, temp archives, the CLI as a process. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMockServer } from '../../src/mock/server.ts';
import { fakeTime } from './fetch.ts';

export { archiveFiles } from './archive-files.ts';

/** The key the local Data API is started with; long and unique so a leak is easy to spot. */
export const KEY = 'sk-or-contract-7f3a9c1e5b2d4f60';

/** The pinned "now" of every contract run: noon UTC, so the in-progress day is half done. */
export const TODAY = '2026-05-11';
export const NOON = new Date(`${TODAY}T12:00:00Z`);

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export type MockOptions = Parameters<typeof startMockServer>[0];
export type Mock = Awaited<ReturnType<typeof startMockServer>>;

/** Starts the local Data API on a free port with the test key and a pinned clock, runs `body`, always closes it. */
export async function withMock<T>(options: Partial<MockOptions>, body: (mock: Mock) => Promise<T>): Promise<T> {
  const mock = await startMockServer({ port: 0, key: KEY, now: () => NOON, ...options });
  try {
    return await body(mock);
  } finally {
    await mock.close();
  }
}

/** A fresh temporary archive directory; remove it with {@link removeArchive}. */
export function tempArchive(): string {
  return mkdtempSync(join(tmpdir(), 'atlas-contract-'));
}

export function removeArchive(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** What a CLI run printed and how it exited. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `scripts/fetch.ts` as `npm run fetch` does (tsx on the pinned Node), with only the given environment. */
export function runFetchCli(args: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/fetch.ts', ...args], {
      cwd: REPO_ROOT,
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A fake clock to share between the local Data API (`now: clock.date`) and the client: sleeping advances both. */
export function sharedClock() {
  return fakeTime(NOON.getTime());
}
