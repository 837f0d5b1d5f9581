import type { z } from 'astro/zod';
import { ApiErrorBodySchema } from './common.ts';
import {
  type ApiError,
  HttpStatusError,
  InvalidKeyError,
  MalformedResponseError,
  NetworkError,
  ResponseShapeError,
  ResponseTooLargeError,
  TimeoutError,
} from './errors.ts';
import { isSchemaError, parseWith } from './parse.ts';
import { type Pacer, realSleep, type Sleep } from './pacing.ts';
import { MAX_RESPONSE_BYTES, readBodyCapped } from './read-body.ts';
import { backoffDelay, DEFAULT_RETRY_POLICY, isRetryableStatus, parseRetryAfter, type RetryPolicy } from './retry.ts';

/** The real Data API; `--base-url` or `OPENROUTER_BASE_URL` points elsewhere (the local Data API). */
export const DEFAULT_BASE_URL = 'https://openrouter.ai/api/v1';

/** Per-request timeout, covering the body too. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** Path of each endpoint under the base URL. */
export const ENDPOINT_PATHS = {
  'rankings-daily': '/datasets/rankings-daily',
  'app-rankings': '/datasets/app-rankings',
  benchmarks: '/benchmarks',
  'task-classifications': '/classifications/task',
  models: '/models',
  'session-cost': '/datasets/session-cost',
} as const;
export type Endpoint = keyof typeof ENDPOINT_PATHS;

/** Query parameters in the order they are sent; `undefined` ones are left out. */
export type QueryParams = Readonly<Record<string, string | number | undefined>>;

/** Told before the client waits to retry: which try failed, why, and how long it will wait. */
export interface RetryNotice {
  readonly endpoint: Endpoint;
  readonly attempt: number;
  readonly delayMs: number;
  readonly reason: string;
}

export interface ClientOptions {
  readonly baseUrl: string;
  readonly apiKey: string;
  readonly pacer: Pacer;
  readonly fetch?: typeof globalThis.fetch | undefined;
  readonly sleep?: Sleep | undefined;
  /** Epoch milliseconds now, for `Retry-After` dates. */
  readonly clock?: (() => number) | undefined;
  readonly timeoutMs?: number | undefined;
  readonly retry?: RetryPolicy | undefined;
  readonly onRetry?: ((notice: RetryNotice) => void) | undefined;
  /** The largest body read (default {@link MAX_RESPONSE_BYTES}); tests lower it. */
  readonly maxResponseBytes?: number | undefined;
}

/** A Data API client: paced, retrying, validating. The endpoint files wrap `get` in one typed function each. */
export interface DataApiClient {
  readonly baseUrl: string;
  /** GETs one endpoint and returns its body parsed by `schema` (loose schemas keep additive fields verbatim). */
  get<S extends z.ZodType>(endpoint: Endpoint, query: QueryParams, schema: S): Promise<z.infer<S>>;
}

/** Base URL without trailing slashes: `http://127.0.0.1:8787/api/v1/` -> `http://127.0.0.1:8787/api/v1`. */
export function toBaseUrl(value: string): string {
  return value.replace(/\/+$/, '');
}

/**
 * A URL as it may be printed: a user name and password in it are blanked, so an error line never shows them:
 * `withoutCredentials('http://user:pw@host/api/v1') === 'http://[credentials]@host/api/v1'`.
 */
export function withoutCredentials(text: string): string {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/gi, '$1[credentials]@');
}

/**
 * True when the key can travel in an HTTP header: visible ASCII only. A line break (a key copied with its newline),
 * a space or a non-ASCII character cannot, and would fail every try as a network error.
 */
function isHeaderSafeKey(key: string): boolean {
  return /^[\x21-\x7e]+$/.test(key);
}

/** The request URL: `toRequestUrl(base, 'benchmarks', { source: 'design-arena' })` -> `…/benchmarks?source=…`. */
export function toRequestUrl(baseUrl: string, endpoint: Endpoint, query: QueryParams): string {
  const url = new URL(`${toBaseUrl(baseUrl)}${ENDPOINT_PATHS[endpoint]}`);
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) url.searchParams.append(name, String(value));
  }
  return url.toString();
}

/** One try's outcome: a 2xx body, or an error with whether another try may help. */
type Attempt =
  | { readonly ok: true; readonly status: number; readonly text: string }
  | {
      readonly ok: false;
      readonly error: ApiError;
      readonly retryable: boolean;
      readonly retryAfterMs?: number | undefined;
    };

/** What one try needs: the resolved options. */
interface Connection {
  /** The base URL as printed (credentials blanked). */
  readonly baseUrl: string;
  readonly apiKey: string;
  readonly pacer: Pacer;
  readonly fetch: typeof globalThis.fetch;
  readonly clock: () => number;
  readonly timeoutMs: number;
  readonly maxResponseBytes: number;
}

/** Blanks the key out of text that came from elsewhere (an API message, an OS error). */
function redact(connection: Connection, text: string): string {
  return connection.apiKey ? text.split(connection.apiKey).join('[key]') : text;
}

/** One paced try: the 2xx body, or the failure and whether another try may help. */
async function sendOnce(connection: Connection, endpoint: Endpoint, url: string): Promise<Attempt> {
  const { baseUrl, timeoutMs } = connection;
  const ticket = await connection.pacer.acquire(endpoint, url);
  let response: Response;
  let text: string | undefined;
  try {
    response = await connection.fetch(url, {
      headers: { Authorization: `Bearer ${connection.apiKey}`, Accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    });
    text = await readBodyCapped(response, connection.maxResponseBytes);
  } catch (error) {
    const failure = isTimeout(error)
      ? new TimeoutError(endpoint, url, baseUrl, timeoutMs)
      : new NetworkError(endpoint, url, baseUrl, redact(connection, describeCause(error)));
    return { ok: false, error: failure, retryable: true };
  } finally {
    await ticket.arrived();
  }
  if (text === undefined) {
    const error = new ResponseTooLargeError(endpoint, response.status, url, baseUrl, connection.maxResponseBytes);
    return { ok: false, error, retryable: false };
  }
  if (response.ok) return { ok: true, status: response.status, text };
  const message = apiMessageOf(text);
  const error = new HttpStatusError(endpoint, response.status, url, baseUrl, message && redact(connection, message));
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), connection.clock());
  return { ok: false, error, retryable: isRetryableStatus(response.status), retryAfterMs };
}

/** Parses a 2xx body as JSON, then with `schema`; each failure is one typed line. */
function decodeBody<S extends z.ZodType>(
  connection: Connection,
  endpoint: Endpoint,
  url: string,
  answer: { readonly status: number; readonly text: string },
  schema: S,
): z.infer<S> {
  let json: unknown;
  try {
    json = JSON.parse(answer.text);
  } catch {
    throw new MalformedResponseError(endpoint, answer.status, url, connection.baseUrl);
  }
  try {
    return parseWith(schema, json, `${endpoint} response`);
  } catch (error) {
    if (!isSchemaError(error)) throw error;
    const detail = redact(connection, error.message);
    throw new ResponseShapeError(endpoint, answer.status, url, connection.baseUrl, detail);
  }
}

/** Creates a client. Every try (retries included) passes the pacer, so each one counts against the limits. */
export function createClient(options: ClientOptions): DataApiClient {
  const base = toBaseUrl(options.baseUrl);
  const connection: Connection = {
    baseUrl: withoutCredentials(base),
    apiKey: options.apiKey,
    pacer: options.pacer,
    fetch: options.fetch ?? globalThis.fetch,
    clock: options.clock ?? Date.now,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxResponseBytes: options.maxResponseBytes ?? MAX_RESPONSE_BYTES,
  };
  const sleep = options.sleep ?? realSleep;
  const policy = options.retry ?? DEFAULT_RETRY_POLICY;
  return {
    baseUrl: connection.baseUrl,
    async get(endpoint, query, schema) {
      const url = toRequestUrl(base, endpoint, query);
      // Before the pacer: a key that cannot be sent is not a request, so it is neither retried nor counted.
      if (!isHeaderSafeKey(connection.apiKey)) throw new InvalidKeyError(endpoint, connection.baseUrl);
      for (let attempt = 1; ; attempt += 1) {
        const result = await sendOnce(connection, endpoint, url);
        if (result.ok) return decodeBody(connection, endpoint, url, result, schema);
        if (!result.retryable || attempt >= policy.maxAttempts) throw result.error;
        const delayMs = result.retryAfterMs ?? backoffDelay(attempt, policy);
        // A Retry-After of hours means a daily limit: waiting it out in-process helps no one.
        if (delayMs > policy.maxRetryAfterMs) throw result.error;
        options.onRetry?.({ endpoint, attempt, delayMs, reason: reasonOf(result.error) });
        await sleep(delayMs);
      }
    },
  };
}

/** True for the abort `AbortSignal.timeout` raises (`TimeoutError`, or `AbortError` from some fetch versions). */
function isTimeout(error: unknown): boolean {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  return name === 'TimeoutError' || name === 'AbortError';
}

/** The most specific cause of a fetch failure: `ECONNREFUSED` rather than Node's `fetch failed`. */
function describeCause(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause: unknown = error.cause;
  if (cause instanceof Error) return 'code' in cause && typeof cause.code === 'string' ? cause.code : cause.message;
  return error.message;
}

/** The API's `error.message` from an error body, or `undefined` when the body is not the documented shape. */
function apiMessageOf(text: string): string | undefined {
  try {
    const parsed = ApiErrorBodySchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.error.message : undefined;
  } catch {
    return undefined;
  }
}

/** A short reason for a retry notice: `HTTP 503`, `timeout`, `network error`. */
function reasonOf(error: ApiError): string {
  if (error.status !== undefined) return `HTTP ${error.status}`;
  return error instanceof TimeoutError ? 'timeout' : 'network error';
}
