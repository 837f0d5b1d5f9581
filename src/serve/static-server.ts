/**
 * A small static file server for the built site (`npm start`, `npm run preview`, the e2e suite). Ours rather than
 * `astro preview` because Astro refuses to start a second preview per project, which would make `npm test` fail
 * while `npm start` is running. Serves `root` under `base`, maps `/x/` to `/x/index.html`, redirects `/x` to `/x/`
 * when that is a directory, answers 404 with the site's 404 page, and never serves a file outside `root`. Redirects
 * stay on the site's own origin and under `base`. A file that vanishes between the check and the read (a rebuild
 * while serving) fails that one request, never the server. Text (HTML, CSS, JS, SVG, JSON, CSV, XML) goes gzipped to
 * a client that accepts it, as GitHub Pages, Cloudflare and Netlify send it, so the bench and Lighthouse measure
 * what a reader downloads.
 */
import { createReadStream, type ReadStream, statSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';

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

/** True for a content type hosts compress: text, SVG, JSON, JavaScript and XML (never PNG or unknown bytes). */
export function isCompressible(contentType: string): boolean {
  const type = contentType.split(';')[0]?.trim() ?? '';
  return type.startsWith('text/') || /^(image\/svg\+xml|application\/(json|xml|.*\+json|.*\+xml))$/.test(type);
}

/** True when the request's `Accept-Encoding` lists gzip (without `q=0`). */
function acceptsGzip(request: IncomingMessage): boolean {
  const header = request.headers['accept-encoding'];
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  return value.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    return coding?.trim() === 'gzip' && !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p));
  });
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
 * to `/base/models/`; a path outside `base` or escaping `root` -> missing. A redirect's location is built from the
 * resolved file path under `base`, never from the request, so it cannot point at another origin:
 * `/%2Fevil.example%2F..%2Fmodels` -> redirect to `/models/`, not `//evil.example/../models/`.
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
    if (!decoded.endsWith('/')) return { kind: 'redirect', location: sitePathOf(prefix, absoluteRoot, target) };
    const index = join(target, 'index.html');
    return statOf(index)?.isFile() ? { kind: 'file', path: index } : { kind: 'missing' };
  }
  return { kind: 'missing' };
}

/** The site path of a directory under `root`, with a trailing slash: `/atlas/` + `models/x` -> `/atlas/models/x/`. */
function sitePathOf(prefix: string, root: string, directory: string): string {
  const segments = relative(root, directory)
    .split(sep)
    .filter((segment) => segment !== '');
  return `${prefix}${segments.map((segment) => `${encodeURIComponent(segment)}/`).join('')}`;
}

/** Opens a file for reading; injectable so tests can make a file vanish between the check and the read. */
export type OpenFile = (path: string) => ReadStream;

/**
 * Sends a file once it is open. A file that cannot be opened (gone since it was checked) answers 404, or 500 for
 * any other reason; a read that fails after the headers went out cuts the response. The server goes on either way.
 */
function send(
  response: ServerResponse,
  status: number,
  path: string,
  request: { head: boolean; gzip: boolean },
  open: OpenFile,
): void {
  const { head } = request;
  const stream = open(path);
  stream.once('error', (error: NodeJS.ErrnoException) => {
    if (response.headersSent) {
      response.destroy();
      return;
    }
    const gone = error.code === 'ENOENT' || error.code === 'ENOTDIR' || error.code === 'EISDIR';
    response.writeHead(gone ? 404 : 500, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' });
    response.end(gone ? 'Not found' : 'Internal server error');
  });
  stream.once('open', () => {
    const type = contentTypeOf(path);
    const compressible = isCompressible(type);
    const gzip = request.gzip && compressible;
    response.writeHead(status, {
      'Content-Type': type,
      'Cache-Control': 'no-cache',
      ...(compressible ? { Vary: 'Accept-Encoding' } : {}),
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    if (head) {
      stream.destroy();
      response.end();
    } else if (gzip) stream.pipe(createGzip()).pipe(response);
    else stream.pipe(response);
  });
}

/** The path of a request target, or `undefined` for a target that is no URL path (a request never throws). */
function pathOf(target: string | undefined): string | undefined {
  // Parsed as a path on a fixed origin: `//evil.example/x` is the path `//evil.example/x`, not another host.
  const url = `http://x${target ?? '/'}`;
  return URL.canParse(url) ? new URL(url).pathname : undefined;
}

/** Starts serving `root` under `base` on 127.0.0.1:`port` (0 = a free port). */
export function serveStatic(options: {
  root: string;
  base?: string;
  port: number;
  openFile?: OpenFile;
}): Promise<{ server: Server; url: string }> {
  const base = options.base ?? '/';
  const open = options.openFile ?? ((path: string) => createReadStream(path));
  const notFoundPage = join(options.root, '404.html');
  const server = createServer((request, response) => {
    const head = request.method === 'HEAD';
    const how = { head, gzip: acceptsGzip(request) };
    if (request.method !== 'GET' && !head) {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const path = pathOf(request.url);
    const resolution: Resolution = path === undefined ? { kind: 'missing' } : resolveRequest(options.root, base, path);
    if (resolution.kind === 'file') send(response, 200, resolution.path, how, open);
    else if (resolution.kind === 'redirect') response.writeHead(301, { Location: resolution.location }).end();
    else if (statOf(notFoundPage)?.isFile()) send(response, 404, notFoundPage, how, open);
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
