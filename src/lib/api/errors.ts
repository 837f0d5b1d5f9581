/**
 * Failures talking to the Data API. Every message is one line: the endpoint, what happened, where, and what to do,
 * e.g. `rankings-daily: HTTP 401 from http://127.0.0.1:8787/api/v1. Set OPENROUTER_API_KEY, or run npm start for
 * the demo.` Messages never contain the API key (the key travels only in the Authorization header).
 */

/** Base of every Data API failure: which endpoint, which HTTP status (if any) and the request URL (no key in it). */
export class ApiError extends Error {
  override readonly name: string = 'ApiError';
  constructor(
    readonly endpoint: string,
    readonly status: number | undefined,
    readonly url: string,
    message: string,
  ) {
    super(message);
  }
}

/** Type guard for {@link ApiError} and its subclasses. */
export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** What to do about a status, keyed by the status or its class. */
function hintFor(status: number): string {
  if (status === 400) return 'The request plan is wrong; please report a bug.';
  if (status === 401) return 'Set OPENROUTER_API_KEY, or run npm start for the demo.';
  if (status === 403)
    return 'The key may not read the Data API; check it on openrouter.ai, or run npm start for the demo.';
  if (status === 404) return 'Check --base-url (it should end in /api/v1).';
  if (status === 429) return 'The daily request budget (500/day per account) is exhausted; try again tomorrow (UTC).';
  if (status >= 500) return 'The Data API is failing; re-run later.';
  return 'Unexpected answer; please report a bug.';
}

/**
 * The API answered a non-2xx status. `apiMessage` is the body's `error.message`, when it had one; the line quotes
 * it, with the query, only for a 400, where it is the diagnosis (which parameter broke which rule).
 */
export class HttpStatusError extends ApiError {
  override readonly name: string = 'HttpStatusError';
  constructor(
    endpoint: string,
    status: number,
    url: string,
    readonly baseUrl: string,
    readonly apiMessage: string | undefined,
  ) {
    const said = apiMessage === undefined ? '' : `: "${oneLine(apiMessage)}"`;
    const detail = status === 400 ? `${said} (query ${new URL(url).search.slice(1) || 'empty'})` : '';
    super(endpoint, status, url, `${endpoint}: HTTP ${status} from ${baseUrl}${detail}. ${hintFor(status)}`);
  }
}

/** The request never got an answer: connection refused, DNS failure, reset. */
export class NetworkError extends ApiError {
  override readonly name: string = 'NetworkError';
  constructor(endpoint: string, url: string, baseUrl: string, cause: string) {
    super(
      endpoint,
      undefined,
      url,
      `${endpoint}: network error reaching ${baseUrl} (${oneLine(cause)}). Check your connection and --base-url, then re-run.`,
    );
  }
}

/** No complete answer within the per-request timeout. */
export class TimeoutError extends ApiError {
  override readonly name: string = 'TimeoutError';
  constructor(endpoint: string, url: string, baseUrl: string, timeoutMs: number) {
    const seconds = timeoutMs / 1000;
    super(
      endpoint,
      undefined,
      url,
      `${endpoint}: no response from ${baseUrl} within ${seconds} s. The API is slow or unreachable; re-run later.`,
    );
  }
}

/** A 2xx answer whose body is not JSON. */
export class MalformedResponseError extends ApiError {
  override readonly name: string = 'MalformedResponseError';
  constructor(endpoint: string, status: number, url: string, baseUrl: string) {
    super(
      endpoint,
      status,
      url,
      `${endpoint}: malformed JSON from ${baseUrl} (HTTP ${status}). The API sent a broken response; re-run later, and report it if it persists.`,
    );
  }
}

/** A JSON answer missing or mistyping a documented field; `detail` names the endpoint and each bad field path. */
export class ResponseShapeError extends ApiError {
  override readonly name: string = 'ResponseShapeError';
  constructor(endpoint: string, status: number, url: string, baseUrl: string, detail: string) {
    super(
      endpoint,
      status,
      url,
      `${detail} (from ${baseUrl}). The response does not match the documented format; please report a bug.`,
    );
  }
}

/** An answer larger than the client reads (see `MAX_RESPONSE_BYTES`): refused, not retried. */
export class ResponseTooLargeError extends ApiError {
  override readonly name: string = 'ResponseTooLargeError';
  constructor(endpoint: string, status: number, url: string, baseUrl: string, maxBytes: number) {
    const limit = `${Math.round(maxBytes / (1024 * 1024))} MB`;
    super(
      endpoint,
      status,
      url,
      `${endpoint}: the answer from ${baseUrl} (HTTP ${status}) is larger than ${limit}; refused unread. No answer should be near that size: check --base-url, and report it if it persists.`,
    );
  }
}

/** The key holds characters an HTTP header cannot carry; found before any request, so nothing was sent or counted. */
export class InvalidKeyError extends ApiError {
  override readonly name: string = 'InvalidKeyError';
  constructor(endpoint: string, baseUrl: string) {
    super(
      endpoint,
      undefined,
      baseUrl,
      `${endpoint}: the API key contains characters that cannot be sent in a header (a line break, a space or a non-ASCII character). Set OPENROUTER_API_KEY to the key alone.`,
    );
  }
}

/** The client's own daily budget (kept under the API's 500/day) is used up; no request was sent. */
export class DailyBudgetError extends ApiError {
  override readonly name: string = 'DailyBudgetError';
  constructor(endpoint: string, url: string, budget: number, day: string) {
    super(
      endpoint,
      undefined,
      url,
      `${endpoint}: the daily budget of ${budget} requests is used up for ${day} (counted in the archive's budget.json). Try again tomorrow (UTC).`,
    );
  }
}

/** A request that uses parameters the older spec does not list, as its error line names it. */
export interface NewerRequest {
  readonly endpoint: string;
  /** The newer parameters as the line shows them: `category=programming`, or `all sources`. */
  readonly view: string;
  /** What such a server may lack: `rankings views`, `benchmark sources`. */
  readonly what: string;
}

/**
 * A request with a newer parameter (period, a rankings view, an optional or new benchmark source) failed in a way
 * that says the server may follow only the older spec: a 400, or an answer that ignored the parameter. The line
 * names the view: `rankings-daily (category=programming): HTTP 400 from http://…/api/v1: "…". This server may not
 * support the newer rankings views; the other datasets are unaffected.` (the fetch run keeps that promise).
 */
export class NewerParameterError extends ApiError {
  override readonly name: string = 'NewerParameterError';
  constructor(request: NewerRequest, url: string, reason: string, status?: number) {
    super(
      request.endpoint,
      status,
      url,
      `${request.endpoint} (${request.view}): ${oneLine(reason)}. This server may not support the newer ` +
        `${request.what}; the other datasets are unaffected.`,
    );
  }
}

/** Type guard for {@link NewerParameterError}. */
export function isNewerParameterError(error: unknown): error is NewerParameterError {
  return error instanceof NewerParameterError;
}

/** A 400 to a request with newer parameters becomes a {@link NewerParameterError}; other errors pass unchanged. */
export function asNewerParameterError(error: unknown, request: NewerRequest): unknown {
  if (!(error instanceof HttpStatusError) || error.status !== 400) return error;
  const said = error.apiMessage === undefined ? '' : `: "${error.apiMessage}"`;
  return new NewerParameterError(request, error.url, `HTTP 400 from ${error.baseUrl}${said}`, 400);
}

/**
 * A 404 from an endpoint newer than the spec (models, session-cost) becomes a {@link NewerParameterError}: a server
 * that follows only the older spec has no such path, and the run goes on without that dataset. Other errors pass
 * unchanged (a wrong `--base-url` fails every dataset, the older ones first).
 */
export function asNewerEndpointError(error: unknown, request: NewerRequest): unknown {
  if (!(error instanceof HttpStatusError) || error.status !== 404) return error;
  return new NewerParameterError(request, error.url, `HTTP 404 from ${error.baseUrl}`, 404);
}

/** Collapses untrusted text (an API message, an OS error) to one short line. */
function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 199)}…` : flat;
}
