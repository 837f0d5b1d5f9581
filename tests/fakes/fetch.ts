/** A fake `fetch` for unit tests: answers from a handler, records every call, and never touches the network. */

/** One recorded call: the URL and the headers sent. */
export interface FakeCall {
  readonly url: URL;
  readonly headers: Headers;
}

export type FakeHandler = (url: URL, call: number) => Response | Promise<Response>;

export interface FakeFetch {
  readonly fetch: typeof globalThis.fetch;
  readonly calls: FakeCall[];
}

/** A fetch that answers every request with `handler(url, n)` (n counts from 1). */
export function fakeFetch(handler: FakeHandler): FakeFetch {
  const calls: FakeCall[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    calls.push({ url, headers: new Headers(init?.headers) });
    return handler(url, calls.length);
  };
  return { fetch, calls };
}

/** A JSON response. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

/** The API's error body with its status. */
export function apiError(status: number, message: string, headers: Record<string, string> = {}): Response {
  return json({ error: { code: status, message } }, status, headers);
}

/** A fetch that never answers until its signal aborts (the per-request timeout), like a hung server. */
export function hangingFetch(): FakeFetch {
  const calls: FakeCall[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    calls.push({ url: new URL(String(input)), headers: new Headers(init?.headers) });
    return new Promise((_, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
    });
  };
  return { fetch, calls };
}

/** A fake clock whose sleep advances it instantly, recording each wait. */
export function fakeTime(startMs = Date.parse('2026-05-11T12:00:00Z')) {
  let now = startMs;
  const sleeps: number[] = [];
  return {
    clock: () => now,
    date: () => new Date(now),
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
    advance: (ms: number) => {
      now += ms;
    },
    sleeps,
  };
}

/** A valid rankings-daily body for one window: `models` rows per date, biggest first, `other` last. */
export function rankingsBody(start: string, end: string, extraMeta: Record<string, unknown> = {}) {
  const data: { date: string; model_permaslug: string; total_tokens: string }[] = [];
  for (let ms = Date.parse(`${start}T00:00:00Z`); ms <= Date.parse(`${end}T00:00:00Z`); ms += 86_400_000) {
    const date = new Date(ms).toISOString().slice(0, 10);
    data.push({ date, model_permaslug: 'openai/gpt-4o', total_tokens: '3000' });
    data.push({ date, model_permaslug: 'anthropic/claude-sonnet-4', total_tokens: '2000' });
    data.push({ date, model_permaslug: 'other', total_tokens: '500' });
  }
  return {
    data,
    meta: { as_of: `${end}T12:00:00.000Z`, version: 'v1', start_date: start, end_date: end, ...extraMeta },
  };
}
