/** When to retry a Data API request and how long to wait first. */

/** Bounds of the retry loop: at most `maxAttempts` tries, exponential backoff capped at `maxDelayMs`. */
export interface RetryPolicy {
  /** Total tries of one request, the first included. */
  readonly maxAttempts: number;
  /** Wait before the second try; doubles for each later try. */
  readonly baseDelayMs: number;
  /** Cap of the exponential backoff. */
  readonly maxDelayMs: number;
  /** A `Retry-After` longer than this is not waited out: the request fails at once (a daily limit, not a blip). */
  readonly maxRetryAfterMs: number;
}

/** Four tries, waiting 1 s, 2 s, 4 s (capped at 30 s); a `Retry-After` beyond two minutes gives up. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 120_000,
};

/** True for statuses worth another try: 429 and 5xx. 400, 401, 403 and 404 will not change on a retry. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/** Backoff before try `attempt + 1` after try `attempt` (1-based) failed: `backoffDelay(3, policy) === 4000`. */
export function backoffDelay(attempt: number, policy: RetryPolicy): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
}

const DELAY_SECONDS = /^\d+$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// RFC 9110 IMF-fixdate, the one HTTP-date form servers must send: `Wed, 21 Oct 2026 07:28:00 GMT`.
const IMF_FIXDATE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;

/**
 * Milliseconds a `Retry-After` value asks to wait, in the spirit of ky's retry timing: delay-seconds (`"1"` ->
 * 1000) or an IMF-fixdate (minus `nowMs`). Returns `undefined` for a missing or unreadable value (the caller falls
 * back to backoff) and never a negative delay (a date in the past means "now": 0).
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (DELAY_SECONDS.test(trimmed)) return Number(trimmed) * 1000;
  const timestamp = parseImfFixdate(trimmed);
  return timestamp === undefined ? undefined : Math.max(0, timestamp - nowMs);
}

/** Epoch milliseconds of an IMF-fixdate, or `undefined` when it is not one or names an impossible time. */
function parseImfFixdate(value: string): number | undefined {
  const match = IMF_FIXDATE.exec(value);
  if (!match) return undefined;
  const [day, month, year, hours, minutes, seconds] = [1, 2, 3, 4, 5, 6].map((i) => match[i] ?? '');
  const monthIndex = MONTHS.indexOf(month ?? '');
  if (monthIndex === -1) return undefined;
  const parts = [Number(year), monthIndex, Number(day), Number(hours), Number(minutes), Number(seconds)] as const;
  const date = new Date(Date.UTC(...parts));
  // Date.UTC rolls overflow over (31 Feb -> 3 Mar); reject it by reading the parts back.
  const back = [
    date.getUTCFullYear(),
    date.getUTCMonth(),
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
  ];
  return back.every((part, i) => part === parts[i]) ? date.getTime() : undefined;
}
