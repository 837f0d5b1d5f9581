import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { z } from 'astro/zod';
import { realSleep, type Sleep } from '../api/pacing.ts';
import { archivePath, LOCK_FILE } from './paths.ts';
import { isNotFound } from './write-atomic.ts';

/**
 * The archive's lock, `fetch.lock`: one fetch at a time writes an archive, and counts its budget. Two runs at once
 * would each write a manifest that lacks the other's datasets, and each count requests over the other's. The lock
 * file is created exclusively (`O_EXCL`) and holds the holder's pid, host and start time. A second run waits a
 * bounded time, then fails with one line naming the holder. A lock whose holder is dead (same host, no such pid) is
 * stale and is taken over: under a short-lived guard file, the stale lock is replaced by a rename, so the lock file
 * never disappears meanwhile and two runs cannot both take it over.
 */

/** Who holds the lock, as written in `fetch.lock`. */
export const LockHolderSchema = z.object({
  pid: z.number().int(),
  host: z.string(),
  started_at: z.string(),
  /** Tells this acquisition from any other, even by the same process. */
  token: z.string(),
});
export type LockHolder = z.infer<typeof LockHolderSchema>;

/** How long a run waits for the lock by default: a nightly step takes about a minute. */
const DEFAULT_LOCK_WAIT_MS = 60_000;
/** How often a waiting run looks again. */
const LOCK_POLL_MS = 1_000;
/** A takeover guard (or an unreadable lock) older than this was left by a process that died holding it. */
const ABANDONED_MS = 10_000;

/** The lock is held by another run that is alive; the line names it and what to do. */
export class ArchiveLockedError extends Error {
  override readonly name = 'ArchiveLockedError';
  constructor(lockPath: string, holder: LockHolder | null, waitedMs: number) {
    const who = holder
      ? `another fetch (pid ${holder.pid} on ${holder.host}, started ${holder.started_at})`
      : 'another fetch';
    super(
      `fetch: ${lockPath} is held by ${who}; waited ${Math.round(waitedMs / 1000)} s. Let it finish and run again; ` +
        `if no fetch is running, delete ${lockPath}.`,
    );
  }
}

/** Type guard for {@link ArchiveLockedError}. */
export function isArchiveLockedError(error: unknown): error is ArchiveLockedError {
  return error instanceof ArchiveLockedError;
}

/** A held lock. */
export interface ArchiveLock {
  readonly path: string;
  /** The dead holder whose stale lock this run took over, if any (the run says so). */
  readonly tookOverFrom: LockHolder | null;
  /** Removes the lock file, if it is still this run's. */
  release(): Promise<void>;
}

/** How to wait and how to tell a live holder; injectable so tests never wait and can play a dead process. */
export interface LockOptions {
  readonly waitMs?: number | undefined;
  readonly pollMs?: number | undefined;
  readonly sleep?: Sleep | undefined;
  readonly clock?: (() => Date) | undefined;
  /** True when a process with this pid runs on this host. */
  readonly isAlive?: ((pid: number) => boolean) | undefined;
  /** Told once, when the run starts waiting for a live holder. */
  readonly onWait?: ((holder: LockHolder | null) => void) | undefined;
}

/** True when a process with `pid` exists here (`EPERM`: it exists, but belongs to someone else). */
function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

/** Creates `path` with `content` unless it exists; false when it does. */
async function createExclusive(path: string, content: string): Promise<boolean> {
  try {
    await writeFile(path, content, { encoding: 'utf8', flag: 'wx' });
    return true;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') return false;
    throw error;
  }
}

/** The lock file's text, or `null` when it is gone. */
async function readText(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

/** The holder written in a lock file's text, or `null` when it cannot be read (being written, or garbage). */
function toHolder(text: string): LockHolder | null {
  try {
    const parsed = LockHolderSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Milliseconds since `path` last changed (by the file system's clock, the real one), or `null` when it is gone. */
async function ageOf(path: string): Promise<number | null> {
  try {
    return Date.now() - (await stat(path)).mtimeMs;
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

/**
 * Replaces the stale lock whose text is `staleText` with `content`, under the guard `<lock>.takeover`. False when
 * another run is taking it over, or the lock changed since it was judged stale.
 */
async function takeOver(path: string, staleText: string, content: string): Promise<boolean> {
  const guard = `${path}.takeover`;
  if (!(await createExclusive(guard, content))) {
    const age = await ageOf(guard);
    if (age !== null && age > ABANDONED_MS) await unlink(guard).catch(() => undefined);
    return false;
  }
  try {
    if ((await readText(path)) !== staleText) return false;
    const temp = `${dirname(path)}/.${LOCK_FILE}.${process.pid}.tmp`;
    await writeFile(temp, content, 'utf8');
    await rename(temp, path);
    return true;
  } finally {
    await unlink(guard).catch(() => undefined);
  }
}

/**
 * Takes the archive's lock: at once when it is free; by taking it over when its holder is dead; else after waiting
 * up to `waitMs` for the holder to finish. Throws {@link ArchiveLockedError} when it is still held then. Call
 * `release()` when done (in a `finally`).
 */
export async function acquireArchiveLock(dir: string, options: LockOptions = {}): Promise<ArchiveLock> {
  const path = archivePath(dir, LOCK_FILE);
  const clock = options.clock ?? (() => new Date());
  const sleep = options.sleep ?? realSleep;
  const isAlive = options.isAlive ?? isProcessAlive;
  const pollMs = options.pollMs ?? LOCK_POLL_MS;
  const waitMs = options.waitMs ?? DEFAULT_LOCK_WAIT_MS;
  const host = hostname();
  const own: LockHolder = { pid: process.pid, host, started_at: clock().toISOString(), token: randomUUID() };
  const content = `${JSON.stringify(own)}\n`;
  const held = (tookOverFrom: LockHolder | null): ArchiveLock => ({
    path,
    tookOverFrom,
    async release() {
      if ((await readText(path)) === content) await unlink(path).catch(() => undefined);
    },
  });

  await mkdir(dir, { recursive: true });
  let waited = 0;
  for (let attempt = 0; ; attempt += 1) {
    if (await createExclusive(path, content)) return held(null);
    const text = await readText(path);
    if (text === null) continue; // released meanwhile: try again at once
    const holder = toHolder(text);
    const age = (await ageOf(path)) ?? 0;
    const stale = holder ? holder.host === host && !isAlive(holder.pid) : age > ABANDONED_MS;
    if (stale && (await takeOver(path, text, content))) return held(holder);
    if (!stale) {
      if (waited >= waitMs) throw new ArchiveLockedError(path, holder, waited);
      if (waited === 0) options.onWait?.(holder);
      waited += pollMs;
    }
    // A stale lock another run is taking over is settled within milliseconds; look again soon.
    if (attempt > Math.ceil(waitMs / pollMs) + 100) throw new ArchiveLockedError(path, holder, waited);
    await sleep(stale ? Math.min(pollMs, 50) : pollMs);
  }
}
