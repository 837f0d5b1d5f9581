/**
 * The local Data API: a real HTTP server on 127.0.0.1 that answers the four Data API endpoints by the spec's rules,
 * and their newer parameters and the newer endpoints by `@openrouter/sdk`'s (rankings views, optional and
 * openrouter benchmark sources, the model catalogue, session cost), over the seeded synthetic world. Every success carries the synthetic marker (`meta.synthetic: true`, or
 * `data.synthetic` for classifications, top-level `synthetic` for the model catalogue); every error is the real API's body `{"error":{"code":N,"message":"…"}}`.
 * Pipeline per request: route (404) -> method (405) -> key (401) -> rate limits (429) -> faults -> handler (400).
 */
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Endpoint, ENDPOINT_PATHS } from '../lib/api/client.ts';
import { EXACT_PARAMS, SAMPLED_PARAMS } from '../lib/api/rankings-views.ts';
import { appRankings } from './app-rankings.ts';
import { benchmarks } from './benchmarks.ts';
import { breakShape, faultsFor, type FaultSpec, parseFaults, SLOW_DELAY_MS, truncateBody } from './faults.ts';
import { withHostileNames } from './hostile-names.ts';
import { models } from './models.ts';
import { isQueryError, type RouteHandler } from './route.ts';
import { rankingsDaily } from './rankings-daily.ts';
import { createRateLimiter } from './rate-limit.ts';
import { sessionCost } from './session-cost.ts';
import { taskClassifications } from './task-classifications.ts';
import { sharedWorld } from './world.ts';

/** The demo key the local Data API accepts by default; it unlocks nothing anywhere else. */
export const DEMO_KEY = 'sk-or-demo-token-atlas';

/** The port `npm run mock` listens on unless told otherwise. */
export const DEFAULT_PORT = 8787;

/** The path prefix of every endpoint, as on openrouter.ai. */
const API_PREFIX = '/api/v1';

const HANDLERS: Record<Endpoint, RouteHandler> = {
  'rankings-daily': rankingsDaily,
  'app-rankings': appRankings,
  benchmarks,
  'task-classifications': taskClassifications,
  models,
  'session-cost': sessionCost,
};

/** Endpoints the older spec does not have: with the `legacy` fault they answer 404, as an unknown path does. */
const NEWER_ENDPOINTS: readonly Endpoint[] = ['models', 'session-cost'];

const ROUTES = new Map(
  Object.entries(ENDPOINT_PATHS).map(([endpoint, path]) => [`${API_PREFIX}${path}`, endpoint as Endpoint]),
);

/** The rankings-daily parameters that pick a view (`period` picks only the grain). */
const VIEW_PARAMS = [...SAMPLED_PARAMS, ...EXACT_PARAMS];

/** Spec: classifications are "cached for 60 seconds on the server side" with this header on every response. */
const TASKS_CACHE_CONTROL = 'private, max-age=60, stale-while-revalidate=300';

export interface MockServerOptions {
  /** Port on 127.0.0.1; 0 picks a free one. Default {@link DEFAULT_PORT}. */
  readonly port?: number | undefined;
  /** The one API key accepted. Default {@link DEMO_KEY}. */
  readonly key?: string | undefined;
  /** Lifts both rate limits (demo, fast tests). */
  readonly relaxed?: boolean | undefined;
  /** Fault switches, parsed or as `NAME` / `NAME@scope` strings. */
  readonly faults?: readonly (FaultSpec | string)[] | undefined;
  /** The clock: rate limits, `as_of`, "today" and "yesterday" all read it. Default: real time. */
  readonly now?: (() => Date) | undefined;
  /**
   * Rankings views answered with no rows, as a view without traffic would be (tests): `param=value` strings,
   * e.g. `modality=audio`. The request is still checked as usual; only its rows are dropped.
   */
  readonly emptyViews?: readonly string[] | undefined;
  /** Session cost answers as if no snapshot were published yet: no cells, null window fields. */
  readonly sessionCostUnpublished?: boolean | undefined;
}

export interface MockServer {
  /** Base URL of the API, e.g. `http://127.0.0.1:8787/api/v1`. */
  readonly url: string;
  readonly port: number;
  /** Stops listening and drops open connections (pending `slow` answers included). */
  close(): Promise<void>;
  /** Requests received so far, every status included. */
  requestCount(): number;
}

/** A JSON answer with the given status and headers. */
function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  if (res.destroyed || res.headersSent) return;
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
  res.end(body);
}

/** The real API's error body: `{"error":{"code":401,"message":"…"}}`. */
function sendError(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  send(res, status, JSON.stringify({ error: { code: status, message } }), headers);
}

/** True when a query names one of `emptyViews` (`modality=audio`): the `emptyViews` option. */
function isEmptyView(query: URLSearchParams, emptyViews: readonly string[]): boolean {
  return VIEW_PARAMS.some((param) => query.has(param) && emptyViews.includes(`${param}=${query.get(param)}`));
}

/** True when `header` is `Bearer <key>` with exactly `key`, compared in constant time. */
function hasKey(header: string | undefined, key: string): boolean {
  const given = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
  if (given === undefined) return false;
  const [a, b] = [Buffer.from(given), Buffer.from(key)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Starts the local Data API; resolves once it listens. */
export async function startMockServer(options: MockServerOptions): Promise<MockServer> {
  const key = options.key ?? DEMO_KEY;
  if (key.trim() === '' || /\s/.test(key)) throw new Error('local Data API: the key must be non-empty, without spaces');
  const faults = (options.faults ?? []).flatMap((f) => (typeof f === 'string' ? parseFaults([f]) : [f]));
  const now = options.now ?? (() => new Date());
  // With the `legacy` fault, a newer endpoint is not there at all: a 404 before the key is even checked.
  const isServed = (endpoint: Endpoint) =>
    !NEWER_ENDPOINTS.includes(endpoint) || !faultsFor(faults, endpoint).has('legacy');
  const limiter = options.relaxed ? null : createRateLimiter();
  const world = sharedWorld();
  const seenUrls = new Set<string>();
  const pendingWaits = new Set<() => void>();
  let requests = 0;

  /** Waits `ms`; resolves false instead when the server closes first. */
  const wait = (ms: number) =>
    new Promise<boolean>((resolve) => {
      const cancel = () => {
        clearTimeout(timer);
        pendingWaits.delete(cancel);
        resolve(false);
      };
      const timer = setTimeout(() => {
        pendingWaits.delete(cancel);
        resolve(true);
      }, ms);
      pendingWaits.add(cancel);
    });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    requests += 1;
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const endpoint = ROUTES.get(url.pathname);
    if (endpoint === undefined || !isServed(endpoint)) {
      const paths = [...ROUTES].filter(([, served]) => isServed(served)).map(([path]) => path);
      return sendError(res, 404, `Not found: ${url.pathname}. Endpoints: ${paths.join(', ')}`);
    }
    if (req.method !== 'GET') return sendError(res, 405, `Method ${req.method} not allowed; use GET`, { Allow: 'GET' });
    if (!hasKey(req.headers.authorization, key)) {
      return sendError(res, 401, 'Missing or invalid API key: send Authorization: Bearer <key>');
    }
    const verdict = limiter?.admit(key, now().getTime()) ?? { ok: true };
    if (!verdict.ok) {
      return sendError(res, 429, verdict.message, { 'Retry-After': String(verdict.retryAfterSeconds) });
    }
    const active = faultsFor(faults, endpoint);
    if (active.has('server-error')) return sendError(res, 500, 'Internal server error (fault: server-error)');
    if (active.has('rate-limit')) {
      return sendError(res, 429, 'Rate limit exceeded (fault: rate-limit)', { 'Retry-After': '1' });
    }
    if (active.has('flaky') && !seenUrls.has(req.url ?? '')) {
      seenUrls.add(req.url ?? '');
      return sendError(res, 503, 'Service temporarily unavailable (fault: flaky); retry');
    }
    if (active.has('slow') && !(await wait(SLOW_DELAY_MS))) return;
    let body: object;
    try {
      body = HANDLERS[endpoint](url.searchParams, {
        world,
        now: now(),
        hugeTokens: active.has('huge-tokens'),
        legacy: active.has('legacy'),
        sessionCostUnpublished: options.sessionCostUnpublished ?? false,
      });
    } catch (error) {
      if (isQueryError(error)) return sendError(res, 400, error.message);
      throw error;
    }
    if (endpoint === 'rankings-daily' && isEmptyView(url.searchParams, options.emptyViews ?? [])) {
      body = { ...body, data: [] };
    }
    if (active.has('hostile-names')) body = withHostileNames(endpoint, body);
    const headers: Record<string, string> =
      endpoint === 'task-classifications' ? { 'Cache-Control': TASKS_CACHE_CONTROL } : {};
    if (active.has('malformed')) return send(res, 200, truncateBody(JSON.stringify(body)), headers);
    send(res, 200, JSON.stringify(active.has('bad-shape') ? breakShape(body) : body), headers);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      sendError(res, 500, `Internal error: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}${API_PREFIX}`,
    port,
    requestCount: () => requests,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        for (const cancel of [...pendingWaits]) cancel();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
