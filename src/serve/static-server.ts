/**
 * A small static file server for the built site (`npm start`, `npm run preview`, the e2e suite). Ours rather than
 * `astro preview` because Astro refuses to start a second preview per project, which would make `npm test` fail
 * while `npm start` is running. Serves `root` under `base`, maps `/x/` to `/x/index.html`, redirects `/x` to `/x/`
 * when that is a directory, answers 404 with the site's 404 page, and never serves a file outside `root`.
 */
import { createReadStream, statSync, type Stats } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

/** The content type of a file by its extension: `contentTypeOf('a.svg') === 'image/svg+xml'`. */
export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** What a request path resolves to: a file to send, a redirect, or not found. */
export type Resolution = { kind: 'file'; path: string } | { kind: 'redirect'; location: string } | { kind: 'missing' };

function statOf(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/**
 * Resolves a URL path against the site: `/base/models/` -> `<root>/models/index.html`; `/base/models` -> redirect
 * to `/base/models/`; a path outside `base` or escaping `root` -> missing.
 */
export function resolveRequest(root: string, base: string, urlPath: string): Resolution {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { kind: 'missing' };
  }
  if (`${decoded}/` === prefix) return { kind: 'redirect', location: prefix };
  if (!decoded.startsWith(prefix)) return { kind: 'missing' };
  const absoluteRoot = resolve(root);
  const target = resolve(absoluteRoot, `.${sep}${normalize(decoded.slice(prefix.length))}`);
  if (target !== absoluteRoot && !target.startsWith(absoluteRoot + sep)) return { kind: 'missing' };
  const stats = statOf(target);
  if (stats?.isFile()) return { kind: 'file', path: target };
  if (stats?.isDirectory()) {
    if (!decoded.endsWith('/')) return { kind: 'redirect', location: `${encodeURI(decoded)}/` };
    const index = join(target, 'index.html');
    return statOf(index)?.isFile() ? { kind: 'file', path: index } : { kind: 'missing' };
  }
  return { kind: 'missing' };
}

function send(response: ServerResponse, status: number, path: string, head: boolean): void {
  response.writeHead(status, { 'Content-Type': contentTypeOf(path), 'Cache-Control': 'no-cache' });
  if (head) response.end();
  else createReadStream(path).pipe(response);
}

/** Starts serving `root` under `base` on 127.0.0.1:`port` (0 = a free port). */
export function serveStatic(options: {
  root: string;
  base?: string;
  port: number;
}): Promise<{ server: Server; url: string }> {
  const base = options.base ?? '/';
  const notFoundPage = join(options.root, '404.html');
  const server = createServer((request, response) => {
    const head = request.method === 'HEAD';
    if (request.method !== 'GET' && !head) {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const resolution = resolveRequest(options.root, base, new URL(request.url ?? '/', 'http://x').pathname);
    if (resolution.kind === 'file') send(response, 200, resolution.path, head);
    else if (resolution.kind === 'redirect') response.writeHead(301, { Location: resolution.location }).end();
    else if (statOf(notFoundPage)?.isFile()) send(response, 404, notFoundPage, head);
    else response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
  });
  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolveStart({ server, url: `http://127.0.0.1:${port}${base.endsWith('/') ? base : `${base}/`}` });
    });
  });
}
