/**
 * The Data API's rate limits, counted per key against an injected clock: 30 requests in any sliding 60 s and
 * 500 per UTC day (the spec's per-account limit; here a key is an account). Refused requests do not count, so a
 * client that waits out `Retry-After` gets through.
 */
import { toIsoDate } from '../lib/api/dates.ts';
import { PACING_WINDOW_MS, REQUESTS_PER_WINDOW } from '../lib/api/pacing.ts';

/** Spec: "500 requests / day" per account. */
const REQUESTS_PER_DAY = 500;

const DAY_MS = 86_400_000;

/** Whether a request may pass; if not, whole seconds until it could, and a one-line reason. */
export type Verdict =
  { readonly ok: true } | { readonly ok: false; readonly retryAfterSeconds: number; readonly message: string };

/** Counts requests per key; `admit` both checks and, when it passes, records the request. */
export interface RateLimiter {
  admit(key: string, nowMs: number): Verdict;
}

interface KeyState {
  day: string;
  today: number;
  /** Epoch ms of admitted requests, oldest first, trimmed to the last 60 s. */
  recent: number[];
}

/** A fresh limiter with no requests counted. */
export function createRateLimiter(): RateLimiter {
  const states = new Map<string, KeyState>();
  return {
    admit(key, nowMs) {
      const day = toIsoDate(new Date(nowMs));
      const state = states.get(key) ?? { day, today: 0, recent: [] };
      states.set(key, state);
      if (state.day !== day) Object.assign(state, { day, today: 0 });
      if (state.today >= REQUESTS_PER_DAY) {
        const untilMidnight = DAY_MS - (((nowMs % DAY_MS) + DAY_MS) % DAY_MS);
        return {
          ok: false,
          retryAfterSeconds: Math.ceil(untilMidnight / 1000),
          message: `Rate limit exceeded: ${REQUESTS_PER_DAY} requests per day per account; it resets at 00:00 UTC`,
        };
      }
      state.recent = state.recent.filter((at) => nowMs - at < PACING_WINDOW_MS);
      const oldest = state.recent[0];
      if (oldest !== undefined && state.recent.length >= REQUESTS_PER_WINDOW) {
        const wait = Math.max(1, Math.ceil((oldest + PACING_WINDOW_MS - nowMs) / 1000));
        return {
          ok: false,
          retryAfterSeconds: wait,
          message: `Rate limit exceeded: ${REQUESTS_PER_WINDOW} requests per minute per key; retry after ${wait} s`,
        };
      }
      state.recent.push(nowMs);
      state.today += 1;
      return { ok: true };
    },
  };
}
