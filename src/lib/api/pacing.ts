import { DailyBudgetError } from './errors.ts';

/** Spec: "30 requests / minute" per key. */
export const REQUESTS_PER_WINDOW = 30;
/** The sliding window the per-minute limit is counted over. */
export const PACING_WINDOW_MS = 60_000;
/** Requests we allow ourselves per UTC day: under the spec's "500 requests / day" per account, leaving slack. */
export const DAILY_BUDGET = 450;

/** Waits `ms` milliseconds; injectable so tests never wait. */
export type Sleep = (ms: number) => Promise<void>;

/** The default {@link Sleep}: a real timer. */
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What the pacer counts: requests sent on `day` (UTC) and, for the last window, when each request counts from
 * (epoch ms): its answer's arrival once it has one, its send time until then.
 */
export interface PacerState {
  readonly day: string;
  readonly requestsToday: number;
  readonly recent: readonly number[];
}

export interface PacerOptions {
  /** Lifts the per-minute pacing only (the local Data API in relaxed mode); the daily budget still holds. */
  readonly relaxed: boolean;
  /** Epoch milliseconds now. */
  readonly clock: () => number;
  readonly sleep: Sleep;
  /** The UTC day requests are counted against (`--today`, or the clock's date). */
  readonly today: () => string;
  /** Counts carried over from earlier runs (budget.json). */
  readonly initial?: PacerState | undefined;
  /**
   * Called after every request is counted, to persist the state (awaited before the request is sent), and again
   * when its answer arrives.
   */
  readonly onCount?: ((state: PacerState) => Promise<void>) | undefined;
  readonly perWindow?: number;
  readonly windowMs?: number;
  readonly dailyBudget?: number;
}

/** A request the pacer let out. */
export interface PacerTicket {
  /** Call once its answer (or failure) is in: from then on the request counts from now, not from its send time. */
  arrived(): Promise<void>;
}

/** Grants permission to send one request at a time, in call order. */
export interface Pacer {
  /** Resolves when a request to `endpoint` may go, and counts it; rejects when today's budget is spent. */
  acquire(endpoint: string, url: string): Promise<PacerTicket>;
  /** The counts so far. */
  state(): PacerState;
  /** Requests still allowed today. */
  remainingToday(): number;
}

/**
 * A pacer that never lets more than `perWindow` requests start within any `windowMs` (a sliding window, not
 * fixed minutes) and never more than `dailyBudget` per UTC day. Callers queue on one promise chain, so waits never
 * overlap and requests leave in call order, as in observablehq/framework's rate limiter.
 *
 * A request counts from when its answer arrived ({@link PacerTicket.arrived}), not from when it left: the server
 * counts it on arrival, which comes later by the request's latency, and a slow first request (a new connection)
 * would otherwise let the 31st reach the server inside the first one's window. The answer always comes after the
 * server counted the request, so this margin is never too small.
 */
export function createPacer(options: PacerOptions): Pacer {
  const perWindow = options.perWindow ?? REQUESTS_PER_WINDOW;
  const windowMs = options.windowMs ?? PACING_WINDOW_MS;
  const dailyBudget = options.dailyBudget ?? DAILY_BUDGET;
  let state: PacerState = options.initial ?? { day: options.today(), requestsToday: 0, recent: [] };
  let chain: Promise<void> = Promise.resolve();

  const rollOver = (): void => {
    const day = options.today();
    if (state.day !== day) state = { ...state, day, requestsToday: 0 };
  };

  /** Moves one request's time from `sentAt` to now, keeping the times in order. */
  const settle = async (sentAt: number): Promise<void> => {
    const now = options.clock();
    const index = state.recent.lastIndexOf(sentAt);
    const others = index === -1 ? state.recent : state.recent.toSpliced(index, 1);
    const recent = [...others.filter((t) => t > now - windowMs), now].sort((a, b) => a - b);
    state = { ...state, recent };
    await options.onCount?.(state);
  };

  const waitForSlot = async (endpoint: string, url: string): Promise<PacerTicket> => {
    rollOver();
    if (state.requestsToday >= dailyBudget) throw new DailyBudgetError(endpoint, url, dailyBudget, state.day);
    if (!options.relaxed) {
      const recent = state.recent.filter((t) => t > options.clock() - windowMs);
      if (recent.length >= perWindow) {
        // The slot frees when the request `perWindow` places back leaves the window.
        const oldest = recent[recent.length - perWindow] ?? options.clock();
        await options.sleep(Math.max(0, oldest + windowMs - options.clock()));
      }
    }
    const now = options.clock();
    const recent = [...state.recent.filter((t) => t > now - windowMs), now];
    state = { ...state, requestsToday: state.requestsToday + 1, recent };
    await options.onCount?.(state);
    let settled = false;
    return {
      arrived() {
        if (settled) return Promise.resolve();
        settled = true;
        return settle(now);
      },
    };
  };

  return {
    acquire(endpoint, url) {
      const turn = chain.then(() => waitForSlot(endpoint, url));
      chain = turn.then(
        () => undefined,
        () => undefined,
      );
      return turn;
    },
    state: () => state,
    remainingToday() {
      rollOver();
      return Math.max(0, dailyBudget - state.requestsToday);
    },
  };
}

/**
 * Least wall time `requests` more requests need under the sliding window, given the times already in it:
 * `pacedWallTimeMs(31, [], 0) === 60_000` (the 31st waits for the first to leave the window).
 */
export function pacedWallTimeMs(
  requests: number,
  recent: readonly number[],
  nowMs: number,
  perWindow = REQUESTS_PER_WINDOW,
  windowMs = PACING_WINDOW_MS,
): number {
  let times = recent.filter((t) => t > nowMs - windowMs);
  let now = nowMs;
  for (let i = 0; i < requests; i += 1) {
    if (times.length >= perWindow) now = Math.max(now, (times[times.length - perWindow] ?? now) + windowMs);
    times = [...times.slice(Math.max(0, times.length - perWindow + 1)), now];
  }
  return now - nowMs;
}
