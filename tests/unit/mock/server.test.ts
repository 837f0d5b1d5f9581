import { afterEach, describe, expect, it } from 'vitest';
import { ApiErrorBodySchema } from '../../../src/lib/api/common.ts';
import { parseWith } from '../../../src/lib/api/parse.ts';
import { DEMO_KEY, type MockServer, type MockServerOptions, startMockServer } from '../../../src/mock/server.ts';
import { NOW } from '../../fakes/mock-harness.ts';

const KEY = 'sk-or-unit-test-key';
let servers: MockServer[] = [];

async function start(options: Partial<MockServerOptions> = {}): Promise<MockServer> {
  const server = await startMockServer({ port: 0, key: KEY, relaxed: true, now: () => NOW, ...options });
  servers.push(server);
  return server;
}

afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

function get(server: MockServer, path: string, init: RequestInit & { key?: string | null } = {}) {
  const { key = KEY, ...rest } = init;
  const headers: Record<string, string> = key === null ? {} : { Authorization: `Bearer ${key}` };
  return fetch(`${server.url}${path}`, { ...rest, headers });
}

/** The error body of a response, checked against the shape the real API (and its SDK) use. */
async function errorOf(response: Response) {
  return parseWith(ApiErrorBodySchema, await response.json(), 'error body').error;
}

const PATHS = [
  '/datasets/rankings-daily',
  '/datasets/app-rankings',
  '/benchmarks?source=design-arena',
  '/classifications/task',
  '/datasets/session-cost',
];

describe(startMockServer, () => {
  it('listens on 127.0.0.1 under /api/v1, on a free port when asked for 0', async () => {
    const server = await start();
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/api/v1`);
    expect(server.port).toBeGreaterThan(0);
  });

  it('marks the model catalogue synthetic at its top, since it has no meta', async () => {
    const body: unknown = await (await get(await start(), '/models')).json();
    expect(body).toMatchObject({ synthetic: true, total_count: expect.any(Number) });
  });

  it('answers the newer endpoints with 404 under the legacy fault, as a server without them would', async () => {
    const server = await start({ faults: ['legacy'] });
    for (const path of ['/models', '/datasets/session-cost']) {
      const response = await get(server, path);
      expect(response.status).toBe(404);
      const { message } = await errorOf(response);
      const older = ['/datasets/rankings-daily', '/datasets/app-rankings', '/benchmarks', '/classifications/task'];
      expect(message).toBe(`Not found: /api/v1${path}. Endpoints: ${older.map((p) => `/api/v1${p}`).join(', ')}`);
    }
    expect((await get(server, '/classifications/task')).status).toBe(200);
    const scoped = await start({ faults: ['legacy@session-cost'] });
    expect((await get(scoped, '/models')).status).toBe(200);
    expect((await get(scoped, '/datasets/session-cost')).status).toBe(404);
  });

  it('answers session cost with no snapshot when started with sessionCostUnpublished', async () => {
    const body: unknown = await (
      await get(await start({ sessionCostUnpublished: true }), '/datasets/session-cost')
    ).json();
    expect(body).toMatchObject({ data: [], meta: { window_days: null, window_end_date: null, synthetic: true } });
  });

  it.each(PATHS)('answers %s as JSON with the synthetic marker', async (path) => {
    const response = await get(await start(), path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as { meta?: { synthetic?: unknown }; data: { synthetic?: unknown } };
    expect(body.meta?.synthetic ?? body.data.synthetic).toBe(true);
  });

  it('sets the spec’s Cache-Control on classifications', async () => {
    const response = await get(await start(), '/classifications/task');
    expect(response.headers.get('cache-control')).toBe('private, max-age=60, stale-while-revalidate=300');
  });

  it.each([
    ['no header', null],
    ['a wrong key', 'sk-or-wrong'],
    ['a key with a suffix', `${KEY}x`],
  ])('answers 401 with the error body for %s', async (_, key) => {
    const response = await get(await start(), '/datasets/rankings-daily', { key });
    expect(response.status).toBe(401);
    expect(await errorOf(response)).toEqual({ code: 401, message: expect.stringMatching(/Authorization: Bearer/) });
  });

  it('accepts the demo key by default', async () => {
    const server = await startMockServer({ port: 0, relaxed: true, now: () => NOW });
    servers.push(server);
    expect((await get(server, '/classifications/task', { key: DEMO_KEY })).status).toBe(200);
    expect((await get(server, '/classifications/task', { key: KEY })).status).toBe(401);
  });

  it('answers 400 with the error body naming the rule', async () => {
    const response = await get(await start(), '/datasets/rankings-daily?start_date=2026-02-30');
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toEqual({ code: 400, message: expect.stringMatching(/start_date .*2026-02-30/) });
  });

  it('answers 404 for an unknown path and 405 for another method', async () => {
    const server = await start();
    const missing = await get(server, '/datasets/rankings');
    expect(missing.status).toBe(404);
    expect((await errorOf(missing)).code).toBe(404);
    const posted = await get(server, '/datasets/rankings-daily', { method: 'POST' });
    expect(posted.status).toBe(405);
    expect(posted.headers.get('allow')).toBe('GET');
    expect((await errorOf(posted)).code).toBe(405);
  });

  it('counts every request it receives, refusals included', async () => {
    const server = await start();
    await get(server, '/nowhere');
    await get(server, '/classifications/task', { key: null });
    await get(server, '/classifications/task');
    expect(server.requestCount()).toBe(3);
  });

  it('answers the 31st request in a minute with 429 and Retry-After, on its own clock', async () => {
    let now = NOW.getTime();
    const server = await start({ relaxed: false, now: () => new Date(now) });
    for (let i = 0; i < 30; i += 1) expect((await get(server, '/classifications/task')).status).toBe(200);
    now += 20_000;
    const limited = await get(server, '/classifications/task');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('40');
    expect(await errorOf(limited)).toEqual({ code: 429, message: expect.stringMatching(/30 requests per minute/) });
    now += 40_000;
    expect((await get(server, '/classifications/task')).status).toBe(200);
  });

  it('counts requests that fail with 400 against the limit, but not unauthorised ones', async () => {
    const server = await start({ relaxed: false });
    for (let i = 0; i < 10; i += 1) await get(server, '/classifications/task', { key: 'sk-or-wrong' });
    for (let i = 0; i < 30; i += 1) expect((await get(server, '/benchmarks?source=lmarena')).status).toBe(400);
    expect((await get(server, '/classifications/task')).status).toBe(429);
  });

  it('lifts both limits when relaxed', async () => {
    const server = await start({ relaxed: true });
    const statuses = await Promise.all(
      Array.from({ length: 40 }, () => get(server, '/classifications/task').then((r) => r.status)),
    );
    expect(statuses.every((s) => s === 200)).toBe(true);
  });

  it('refuses a bad fault name before listening', async () => {
    await expect(startMockServer({ port: 0, faults: ['explode'] })).rejects.toThrow(/unknown fault "explode"/);
  });

  it('closes promptly while a slow answer is pending, dropping the connection', async () => {
    const server = await start({ faults: ['slow'] });
    const pending = get(server, '/classifications/task').then(
      (r) => r.status,
      () => 'dropped',
    );
    while (server.requestCount() === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    await server.close();
    expect(await pending).toBe('dropped');
  });
});
