import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  acquireArchiveLock,
  ArchiveLockedError,
  type LockHolder,
  type LockOptions,
} from '../../../src/lib/archive/lock.ts';
import { fakeTime } from '../../fakes/fetch.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-lock-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const lockPath = () => join(dir, 'fetch.lock');
const DEAD_PID = 999_999_999;

/** A lock file as another run would have left it. */
function writeHolder(holder: Partial<LockHolder> = {}): LockHolder {
  const full = { pid: DEAD_PID, host: hostname(), started_at: '2026-11-20T02:30:00.000Z', token: 'other', ...holder };
  writeFileSync(lockPath(), `${JSON.stringify(full)}\n`);
  return full;
}

function fakeWaits(overrides: Partial<LockOptions> = {}) {
  const time = fakeTime(Date.parse('2026-11-20T03:00:00Z'));
  const options: LockOptions = {
    waitMs: 3_000,
    pollMs: 1_000,
    sleep: time.sleep,
    clock: time.date,
    isAlive: (pid) => pid !== DEAD_PID,
    ...overrides,
  };
  return { time, options };
}

describe(acquireArchiveLock, () => {
  it('takes a free lock, writing pid, host and start time, and removes it on release', async () => {
    const { options } = fakeWaits();
    const lock = await acquireArchiveLock(dir, options);
    const holder = JSON.parse(readFileSync(lockPath(), 'utf8')) as LockHolder;
    expect(holder).toMatchObject({ pid: process.pid, host: hostname(), started_at: '2026-11-20T03:00:00.000Z' });
    expect(lock.tookOverFrom).toBeNull();
    await lock.release();
    expect(existsSync(lockPath())).toBe(false);
  });

  it('creates a missing archive directory', async () => {
    const nested = join(dir, 'new', 'archive');
    const lock = await acquireArchiveLock(nested, fakeWaits().options);
    expect(existsSync(join(nested, 'fetch.lock'))).toBe(true);
    await lock.release();
  });

  it('waits a bounded time for a live holder, then fails with one line naming it', async () => {
    const { options, time } = fakeWaits();
    const first = await acquireArchiveLock(dir, options);
    const waits: (LockHolder | null)[] = [];
    const error = await acquireArchiveLock(dir, { ...options, onWait: (h) => waits.push(h) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArchiveLockedError);
    expect((error as Error).message).toBe(
      `fetch: ${lockPath()} is held by another fetch (pid ${process.pid} on ${hostname()}, started ` +
        `2026-11-20T03:00:00.000Z); waited 3 s. Let it finish and run again; if no fetch is running, delete ${lockPath()}.`,
    );
    expect(waits).toHaveLength(1);
    expect(time.sleeps).toEqual([1_000, 1_000, 1_000]);
    await first.release();
  });

  it('gets the lock once the holder releases it while waiting', async () => {
    const { options } = fakeWaits();
    const first = await acquireArchiveLock(dir, options);
    const second = await acquireArchiveLock(dir, {
      ...options,
      sleep: async () => {
        await first.release();
      },
    });
    expect(second.tookOverFrom).toBeNull();
    expect(readFileSync(lockPath(), 'utf8')).toContain(`"pid":${process.pid}`);
    await second.release();
  });

  it('takes over the stale lock of a dead process at once, and says whose it was', async () => {
    const stale = writeHolder();
    const { options, time } = fakeWaits();
    const lock = await acquireArchiveLock(dir, options);
    expect(lock.tookOverFrom).toEqual(stale);
    expect(time.sleeps).toEqual([]);
    expect(JSON.parse(readFileSync(lockPath(), 'utf8'))).toMatchObject({ pid: process.pid });
    expect(existsSync(`${lockPath()}.takeover`)).toBe(false);
    await lock.release();
  });

  it('lets only one of two runs take over the same stale lock', async () => {
    writeHolder();
    const { options } = fakeWaits({ waitMs: 0 });
    const results = await Promise.allSettled([acquireArchiveLock(dir, options), acquireArchiveLock(dir, options)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected');
    expect(rejected?.status === 'rejected' && rejected.reason).toBeInstanceOf(ArchiveLockedError);
  });

  it('never takes over the lock of a process on another host (its pid means nothing here)', async () => {
    writeHolder({ host: 'other-host' });
    const error = await acquireArchiveLock(dir, fakeWaits().options).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/held by another fetch \(pid 999999999 on other-host/);
  });

  it('takes over an unreadable lock file only once it is old enough to be abandoned', async () => {
    writeFileSync(lockPath(), '{"pid": 12');
    await expect(acquireArchiveLock(dir, fakeWaits().options)).rejects.toThrow(/held by another fetch;/);
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockPath(), old, old);
    const lock = await acquireArchiveLock(dir, fakeWaits().options);
    expect(JSON.parse(readFileSync(lockPath(), 'utf8'))).toMatchObject({ pid: process.pid });
    await lock.release();
  });

  it('leaves a lock that is no longer its own on release', async () => {
    const lock = await acquireArchiveLock(dir, fakeWaits().options);
    writeHolder({ pid: process.pid, token: 'someone else' });
    await lock.release();
    expect(existsSync(lockPath())).toBe(true);
  });
});
