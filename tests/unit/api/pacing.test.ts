import { describe, expect, it } from 'vitest';
import { DailyBudgetError } from '../../../src/lib/api/errors.ts';
import { createPacer, pacedWallTimeMs, type PacerState } from '../../../src/lib/api/pacing.ts';
import { fakeTime } from '../../fakes/fetch.ts';

/** Sends `count` requests through a pacer and returns the fake-clock time each one was allowed out. */
async function sendTimes(count: number, options: { relaxed?: boolean; initial?: PacerState } = {}) {
  const time = fakeTime(0);
  const pacer = createPacer({
    relaxed: options.relaxed ?? false,
    clock: time.clock,
    sleep: time.sleep,
    today: () => '2026-05-11',
    initial: options.initial,
    dailyBudget: 1000,
  });
  const times: number[] = [];
  await Promise.all(
    Array.from({ length: count }, () =>
      pacer.acquire('rankings-daily', 'http://x').then(() => times.push(time.clock())),
    ),
  );
  return { times, time, pacer };
}

describe(createPacer, () => {
  it('never lets more than 30 requests out within any 60 s', async () => {
    const { times } = await sendTimes(95);
    expect(times).toHaveLength(95);
    for (let i = 30; i < times.length; i += 1)
      expect((times[i] ?? 0) - (times[i - 30] ?? 0)).toBeGreaterThanOrEqual(60_000);
  });

  it('lets the first 30 out at once and the 31st when the first leaves the window (sliding, not per minute)', async () => {
    const { times } = await sendTimes(31);
    expect(times.slice(0, 30).every((t) => t === 0)).toBe(true);
    expect(times[30]).toBe(60_000);
  });

  it('grants requests in call order, one wait at a time', async () => {
    const { time } = await sendTimes(65);
    // Two full windows of waiting, never two sleeps for the same slot.
    expect(time.sleeps.filter((ms) => ms > 0)).toEqual([60_000, 60_000]);
  });

  it('counts send times carried over from an earlier run', async () => {
    const initial = { day: '2026-05-11', requestsToday: 30, recent: Array.from({ length: 30 }, () => -10_000) };
    const { times } = await sendTimes(1, { initial });
    expect(times[0]).toBe(50_000);
  });

  it('does not pace when relaxed, but still counts', async () => {
    const { times, pacer } = await sendTimes(100, { relaxed: true });
    expect(times.every((t) => t === 0)).toBe(true);
    expect(pacer.state().requestsToday).toBe(100);
  });

  it('refuses the request past the daily budget without sending it, and keeps serving the queue after', async () => {
    const time = fakeTime(0);
    const pacer = createPacer({
      relaxed: true,
      clock: time.clock,
      sleep: time.sleep,
      today: () => '2026-05-11',
      dailyBudget: 2,
    });
    await pacer.acquire('benchmarks', 'http://x');
    await pacer.acquire('benchmarks', 'http://x');
    await expect(pacer.acquire('benchmarks', 'http://x')).rejects.toBeInstanceOf(DailyBudgetError);
    await expect(pacer.acquire('benchmarks', 'http://x')).rejects.toThrow(
      'benchmarks: the daily budget of 2 requests is used up for 2026-05-11',
    );
    expect(pacer.state().requestsToday).toBe(2);
    expect(pacer.remainingToday()).toBe(0);
  });

  it('enforces the budget carried over from earlier runs the same day, and starts afresh on a new day', async () => {
    const time = fakeTime(0);
    let day = '2026-05-11';
    const pacer = createPacer({
      relaxed: true,
      clock: time.clock,
      sleep: time.sleep,
      today: () => day,
      initial: { day: '2026-05-11', requestsToday: 450, recent: [] },
    });
    await expect(pacer.acquire('app-rankings', 'http://x')).rejects.toBeInstanceOf(DailyBudgetError);
    day = '2026-05-12';
    await pacer.acquire('app-rankings', 'http://x');
    expect(pacer.state()).toMatchObject({ day: '2026-05-12', requestsToday: 1 });
  });

  it('reports every counted request so it can be persisted before the request goes out', async () => {
    const time = fakeTime(0);
    const seen: number[] = [];
    const pacer = createPacer({
      relaxed: false,
      clock: time.clock,
      sleep: time.sleep,
      today: () => '2026-05-11',
      onCount: async (state) => {
        seen.push(state.requestsToday);
      },
    });
    await pacer.acquire('rankings-daily', 'http://x');
    await pacer.acquire('rankings-daily', 'http://x');
    expect(seen).toEqual([1, 2]);
  });
});

describe(pacedWallTimeMs, () => {
  it.each([
    [0, 0],
    [30, 0],
    [31, 60_000],
    [60, 60_000],
    [61, 120_000],
  ])('%i requests on a fresh window need %i ms', (requests, expected) => {
    expect(pacedWallTimeMs(requests, [], 0)).toBe(expected);
  });

  it('counts requests still in the window', () => {
    expect(
      pacedWallTimeMs(
        1,
        Array.from({ length: 30 }, () => 0),
        20_000,
      ),
    ).toBe(40_000);
  });
});

describe('createPacer with latency', () => {
  /**
   * A backfill against an independent server that counts each request when it arrives: request 1 takes 2 s to
   * get there (a new connection), the others 20 ms; each answer is back 30 ms after arrival.
   */
  it('keeps every 31 arrivals at the server at least 60 s apart, however slow the first request was', async () => {
    const time = fakeTime(0);
    const pacer = createPacer({ relaxed: false, clock: time.clock, sleep: time.sleep, today: () => '2026-05-11' });
    const arrivals: number[] = [];
    for (let i = 0; i < 95; i += 1) {
      const ticket = await pacer.acquire('rankings-daily', 'http://x');
      time.advance(i === 0 ? 2_000 : 20);
      arrivals.push(time.clock());
      time.advance(30);
      await ticket.arrived();
    }
    for (let i = 30; i < arrivals.length; i += 1) {
      expect((arrivals[i] ?? 0) - (arrivals[i - 30] ?? 0), `request ${i + 1}`).toBeGreaterThanOrEqual(60_000);
    }
  });

  it('persists the arrival time, so the next run paces from it', async () => {
    const time = fakeTime(0);
    const seen: (readonly number[])[] = [];
    const pacer = createPacer({
      relaxed: false,
      clock: time.clock,
      sleep: time.sleep,
      today: () => '2026-05-11',
      onCount: async (state) => {
        seen.push(state.recent);
      },
    });
    const ticket = await pacer.acquire('rankings-daily', 'http://x');
    time.advance(1_500);
    await ticket.arrived();
    expect(seen).toEqual([[0], [1_500]]);
    expect(pacer.state()).toMatchObject({ requestsToday: 1, recent: [1_500] });
  });
});
