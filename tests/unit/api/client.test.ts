import { describe, expect, it } from 'vitest';
import { RankingsDailyResponseSchema } from '../../../src/lib/api/rankings-daily.ts';
import { createClient, type RetryNotice, toRequestUrl } from '../../../src/lib/api/client.ts';
import {
  HttpStatusError,
  InvalidKeyError,
  isApiError,
  MalformedResponseError,
  NetworkError,
  ResponseShapeError,
  ResponseTooLargeError,
  TimeoutError,
} from '../../../src/lib/api/errors.ts';
import { createPacer } from '../../../src/lib/api/pacing.ts';
import { apiError, type FakeFetch, fakeFetch, fakeTime, hangingFetch, json, rankingsBody } from '../../fakes/fetch.ts';

const BASE = 'http://127.0.0.1:8787/api/v1';
const KEY = 'sk-or-test-secret-key-123';

function setup(fake: FakeFetch, options: { timeoutMs?: number } = {}) {
  const time = fakeTime();
  const pacer = createPacer({ relaxed: false, clock: time.clock, sleep: time.sleep, today: () => '2026-05-11' });
  const notices: RetryNotice[] = [];
  const client = createClient({
    baseUrl: `${BASE}/`,
    apiKey: KEY,
    pacer,
    fetch: fake.fetch,
    sleep: time.sleep,
    clock: time.clock,
    timeoutMs: options.timeoutMs,
    onRetry: (notice) => notices.push(notice),
  });
  const get = () =>
    client.get('rankings-daily', { start_date: '2026-05-01', end_date: '2026-05-02' }, RankingsDailyResponseSchema);
  return { client, get, time, pacer, notices };
}

/** The error a request fails with (fails the test when it succeeds). */
async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe(toRequestUrl, () => {
  it('joins base, endpoint path and the defined parameters in order', () => {
    expect(toRequestUrl(`${BASE}/`, 'app-rankings', { sort: 'popular', category: undefined, limit: 100 })).toBe(
      `${BASE}/datasets/app-rankings?sort=popular&limit=100`,
    );
    expect(toRequestUrl(BASE, 'task-classifications', { window: '7d' })).toBe(`${BASE}/classifications/task?window=7d`);
  });
});

describe(createClient, () => {
  it('sends the key as a Bearer token and returns the body with additive fields kept verbatim', async () => {
    const body = rankingsBody('2026-05-01', '2026-05-02', { synthetic: true, note: { nested: [1, 'x'] } });
    const fake = fakeFetch(() => json({ ...body, extra: 'kept' }));
    const { get } = setup(fake);
    const result = await get();
    expect(fake.calls[0]?.headers.get('authorization')).toBe(`Bearer ${KEY}`);
    expect(fake.calls[0]?.url.toString()).toBe(
      `${BASE}/datasets/rankings-daily?start_date=2026-05-01&end_date=2026-05-02`,
    );
    expect(result).toEqual({ ...body, extra: 'kept' });
  });

  it('keeps a token count above 2^53 as its exact digits', async () => {
    const body = rankingsBody('2026-05-01', '2026-05-01');
    body.data[0] = {
      ...body.data[0],
      date: '2026-05-01',
      model_permaslug: 'huge/model',
      total_tokens: '9007199254740993',
    };
    const { get } = setup(fakeFetch(() => json(body)));
    const rows = (await get()).data;
    expect(rows[0]?.total_tokens).toBe('9007199254740993');
    expect(rows.reduce((sum, row) => sum + BigInt(row.total_tokens), 0n)).toBe(9007199254740993n + 2000n + 500n);
  });

  it('honours Retry-After on a 429 and then succeeds', async () => {
    const fake = fakeFetch((_, n) =>
      n === 1 ? apiError(429, 'slow down', { 'retry-after': '7' }) : json(rankingsBody('2026-05-01', '2026-05-02')),
    );
    const { get, time, notices } = setup(fake);
    await get();
    expect(fake.calls).toHaveLength(2);
    expect(time.sleeps).toEqual([7000]);
    expect(notices).toEqual([{ endpoint: 'rankings-daily', attempt: 1, delayMs: 7000, reason: 'HTTP 429' }]);
  });

  it('honours a Retry-After given as an HTTP date', async () => {
    const fake = fakeFetch((_, n) =>
      n === 1
        ? apiError(429, 'slow down', { 'retry-after': 'Mon, 11 May 2026 12:00:03 GMT' })
        : json(rankingsBody('2026-05-01', '2026-05-02')),
    );
    const { get, time } = setup(fake);
    await get();
    expect(time.sleeps).toEqual([3000]);
  });

  it('gives up at once on a 429 whose Retry-After is hours away (a daily limit), saying to try tomorrow', async () => {
    const fake = fakeFetch(() => apiError(429, 'daily limit', { 'retry-after': '36000' }));
    const { get, time } = setup(fake);
    const error = await failure(get());
    expect(fake.calls).toHaveLength(1);
    expect(time.sleeps).toEqual([]);
    expect(error.message).toBe(
      `rankings-daily: HTTP 429 from ${BASE}. The daily request budget (500/day per account) is exhausted; try again tomorrow (UTC).`,
    );
  });

  it('retries 5xx with bounded exponential backoff, at most 4 tries, then fails with one line', async () => {
    const fake = fakeFetch(() => apiError(503, 'unavailable'));
    const { get, time, pacer } = setup(fake);
    const error = await failure(get());
    expect(fake.calls).toHaveLength(4);
    expect(time.sleeps).toEqual([1000, 2000, 4000]);
    expect(pacer.state().requestsToday).toBe(4);
    expect(error).toBeInstanceOf(HttpStatusError);
    expect(error.message).toBe(`rankings-daily: HTTP 503 from ${BASE}. The Data API is failing; re-run later.`);
  });

  it('recovers when a retry of a 5xx succeeds', async () => {
    const fake = fakeFetch((_, n) =>
      n < 3 ? new Response('oops', { status: 500 }) : json(rankingsBody('2026-05-01', '2026-05-02')),
    );
    const { get } = setup(fake);
    await expect(get()).resolves.toMatchObject({ meta: { version: 'v1' } });
    expect(fake.calls).toHaveLength(3);
  });

  it.each([
    [400, 'The request plan is wrong; please report a bug.'],
    [401, 'Set OPENROUTER_API_KEY, or run npm start for the demo.'],
    [403, 'check it on openrouter.ai'],
    [404, 'Check --base-url'],
  ])('never retries HTTP %i and says what to do', async (status, hint) => {
    const fake = fakeFetch(() => apiError(status, 'nope'));
    const { get, time } = setup(fake);
    const error = await failure(get());
    expect(fake.calls).toHaveLength(1);
    expect(time.sleeps).toEqual([]);
    expect(isApiError(error) && error.status).toBe(status);
    expect(error.message).toContain(hint);
    expect(error.message).not.toContain('\n');
  });

  it('prints the 401 line of the design contract', async () => {
    const { get } = setup(fakeFetch(() => apiError(401, 'Missing or invalid API key')));
    expect((await failure(get())).message).toBe(
      `rankings-daily: HTTP 401 from ${BASE}. Set OPENROUTER_API_KEY, or run npm start for the demo.`,
    );
  });

  it("names the API's message and the query on a 400", async () => {
    const { get } = setup(fakeFetch(() => apiError(400, 'end_date before 2025-01-01')));
    expect((await failure(get())).message).toBe(
      `rankings-daily: HTTP 400 from ${BASE}: "end_date before 2025-01-01" (query start_date=2026-05-01&end_date=2026-05-02). The request plan is wrong; please report a bug.`,
    );
  });

  it('retries network errors and names the cause', async () => {
    const fake = fakeFetch(() => {
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }) });
    });
    const { get } = setup(fake);
    const error = await failure(get());
    expect(fake.calls).toHaveLength(4);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.message).toBe(
      `rankings-daily: network error reaching ${BASE} (ECONNREFUSED). Check your connection and --base-url, then re-run.`,
    );
  });

  it('aborts a request that exceeds its timeout and retries it', async () => {
    const fake = hangingFetch();
    const { get, notices } = setup(fake, { timeoutMs: 5 });
    const error = await failure(get());
    expect(fake.calls).toHaveLength(4);
    expect(notices.map((n) => n.reason)).toEqual(['timeout', 'timeout', 'timeout']);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.message).toBe(
      `rankings-daily: no response from ${BASE} within 0.005 s. The API is slow or unreachable; re-run later.`,
    );
  });

  it('fails on malformed JSON without retrying', async () => {
    const fake = fakeFetch(() => new Response('{"data": [', { status: 200 }));
    const { get } = setup(fake);
    const error = await failure(get());
    expect(fake.calls).toHaveLength(1);
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error.message).toBe(
      `rankings-daily: malformed JSON from ${BASE} (HTTP 200). The API sent a broken response; re-run later, and report it if it persists.`,
    );
  });

  it('fails on a missing or mistyped field with one line naming the endpoint and the field path', async () => {
    const body = rankingsBody('2026-05-01', '2026-05-01');
    const broken = {
      data: [{ ...body.data[0], total_tokens: 12 }, ...body.data.slice(1)],
      meta: { ...body.meta, as_of: undefined },
    };
    const { get } = setup(fakeFetch(() => json(broken)));
    const error = await failure(get());
    expect(error).toBeInstanceOf(ResponseShapeError);
    expect(error.message).toMatch(
      /^rankings-daily response: data\.0\.total_tokens: .+; meta\.as_of: .+ \(from http:\/\/127\.0\.0\.1:8787\/api\/v1\)\. /,
    );
    expect(error.message).not.toContain('\n');
  });

  it('never puts the key in an error message, even when the API echoes it', async () => {
    const answers = [
      () => apiError(401, `invalid key ${KEY}`),
      () => apiError(400, `bad ${KEY}`),
      () => {
        throw new TypeError('fetch failed', { cause: new Error(`refused for ${KEY}`) });
      },
    ];
    for (const answer of answers) {
      const { get } = setup(fakeFetch(answer));
      const error = await failure(get());
      expect(error.message).not.toContain(KEY);
      expect(JSON.stringify(error)).not.toContain(KEY);
    }
  });
});

describe('createClient against hostile input', () => {
  function clientWith(fake: FakeFetch, overrides: { apiKey?: string; baseUrl?: string; maxResponseBytes?: number }) {
    const time = fakeTime();
    const pacer = createPacer({ relaxed: true, clock: time.clock, sleep: time.sleep, today: () => '2026-05-11' });
    const client = createClient({
      baseUrl: overrides.baseUrl ?? BASE,
      apiKey: overrides.apiKey ?? KEY,
      pacer,
      fetch: fake.fetch,
      sleep: time.sleep,
      clock: time.clock,
      maxResponseBytes: overrides.maxResponseBytes,
    });
    const get = () =>
      client.get('rankings-daily', { start_date: '2026-05-01', end_date: '2026-05-02' }, RankingsDailyResponseSchema);
    return { get, pacer };
  }

  it.each([`${KEY}\n`, `sk-or-ключ`, `sk or key`, `sk-or-🔑`])(
    'fails once, without a request or a count, for the key %j',
    async (apiKey) => {
      const fake = fakeFetch(() => json(rankingsBody('2026-05-01', '2026-05-02')));
      const { get, pacer } = clientWith(fake, { apiKey });
      const error = await failure(get());
      expect(error).toBeInstanceOf(InvalidKeyError);
      expect(error.message).toBe(
        'rankings-daily: the API key contains characters that cannot be sent in a header (a line break, a space or a non-ASCII character). Set OPENROUTER_API_KEY to the key alone.',
      );
      expect(fake.calls).toHaveLength(0);
      expect(pacer.state().requestsToday).toBe(0);
    },
  );

  it('refuses an answer larger than the limit from its Content-Length, without retrying', async () => {
    const fake = fakeFetch(
      () => new Response('x'.repeat(2048), { headers: { 'content-length': '2048', 'content-type': 'text/plain' } }),
    );
    const error = await failure(clientWith(fake, { maxResponseBytes: 1024 }).get());
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error.message).toMatch(
      /^rankings-daily: the answer from http:\/\/127\.0\.0\.1:8787\/api\/v1 \(HTTP 200\) is larger than/,
    );
    expect(fake.calls).toHaveLength(1);
  });

  it('stops reading a body without Content-Length as soon as it passes the limit', async () => {
    let pulled = 0;
    const endless = () =>
      new Response(
        new ReadableStream<Uint8Array>({
          pull(controller) {
            pulled += 1;
            controller.enqueue(new Uint8Array(512));
          },
        }),
      );
    const error = await failure(clientWith(fakeFetch(endless), { maxResponseBytes: 4096 }).get());
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(pulled).toBeLessThan(20);
  });

  it('never prints credentials of the base URL', async () => {
    const fake = fakeFetch(() => apiError(500, 'boom'));
    const error = await failure(clientWith(fake, { baseUrl: 'http://user:hunter2@127.0.0.1:8787/api/v1' }).get());
    expect(error.message).toBe(
      'rankings-daily: HTTP 500 from http://[credentials]@127.0.0.1:8787/api/v1. The Data API is failing; re-run later.',
    );
    expect(error.message).not.toContain('hunter2');
  });
});
