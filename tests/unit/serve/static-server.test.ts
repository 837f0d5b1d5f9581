import { createReadStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeOf, isCompressible, resolveRequest, serveStatic } from '../../../src/serve/static-server.ts';

/** The first bytes of every PNG file. */
const PNG_HEAD = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ta-serve-'));
  mkdirSync(join(root, 'models'));
  writeFileSync(join(root, 'index.html'), '<h1>home</h1>');
  writeFileSync(join(root, 'models', 'index.html'), '<h1>models</h1>');
  writeFileSync(join(root, 'models', 'share.csv'), 'a,b\r\n');
  writeFileSync(join(root, '404.html'), '<h1>missing</h1>');
  writeFileSync(join(root, 'card.png'), Buffer.concat([PNG_HEAD, Buffer.alloc(64)]));
});

describe(isCompressible, () => {
  it.each([
    ['text/html; charset=utf-8', true],
    ['image/svg+xml', true],
    ['application/json; charset=utf-8', true],
    ['application/xml', true],
    ['text/csv; charset=utf-8', true],
    ['image/png', false],
    ['application/octet-stream', false],
  ])('%s -> %s', (type, expected) => expect(isCompressible(type)).toBe(expected));
});

describe(resolveRequest, () => {
  it('maps a directory path to its index.html', () => {
    expect(resolveRequest(root, '/', '/models/')).toEqual({ kind: 'file', path: join(root, 'models', 'index.html') });
  });
  it('redirects a directory without its trailing slash', () => {
    expect(resolveRequest(root, '/', '/models')).toEqual({ kind: 'redirect', location: '/models/' });
  });
  it('serves under a base path only', () => {
    expect(resolveRequest(root, '/atlas/', '/atlas/models/share.csv')).toEqual({
      kind: 'file',
      path: join(root, 'models', 'share.csv'),
    });
    expect(resolveRequest(root, '/atlas/', '/models/')).toEqual({ kind: 'missing' });
    expect(resolveRequest(root, '/atlas/', '/atlas')).toEqual({ kind: 'redirect', location: '/atlas/' });
  });
  it.each(['/../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/models/../../x'])('never leaves the root: %s', (path) => {
    expect(resolveRequest(root, '/', path).kind).toBe('missing');
  });
});

describe(contentTypeOf, () => {
  it.each([
    ['a.html', 'text/html; charset=utf-8'],
    ['a.SVG', 'image/svg+xml'],
    ['a.bin', 'application/octet-stream'],
  ])('%s -> %s', (path, type) => expect(contentTypeOf(path)).toBe(type));
});

describe(serveStatic, () => {
  let stop: () => void;
  let url: string;
  beforeAll(async () => {
    const started = await serveStatic({ root, port: 0 });
    url = started.url;
    stop = () => started.server.close();
  });
  afterAll(() => stop());

  it('serves files with their content type', async () => {
    const response = await fetch(`${url}models/share.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await response.text()).toBe('a,b\r\n');
  });
  it('gzips text for a client that accepts it, as hosts do, and never a PNG', async () => {
    const get = (path: string, encoding: string | null) =>
      new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((done, fail) => {
        const headers = encoding === null ? {} : { 'Accept-Encoding': encoding };
        httpGet(`${url}${path}`, { headers }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => done({ headers: response.headers, body: Buffer.concat(chunks) }));
        }).on('error', fail);
      });
    const gzipped = await get('models/share.csv', 'br, gzip;q=0.8');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(gzipped.body).toString()).toBe('a,b\r\n');
    const plain = await get('models/share.csv', null);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe('a,b\r\n');
    expect((await get('models/share.csv', 'gzip;q=0, identity')).headers['content-encoding']).toBeUndefined();
    const png = await get('card.png', 'gzip');
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.body.subarray(0, 4)).toEqual(PNG_HEAD);
  });
  it('answers a missing page with the site 404 page', async () => {
    const response = await fetch(`${url}nope/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('missing');
  });
});

describe('resolveRequest redirects', () => {
  it.each([
    ['/%2Fevil.example%2F..%2Fmodels', '/models/'],
    ['//models', '/models/'],
    ['/models/./', undefined],
  ])('keeps the redirect for %s on the site: %s', (path, location) => {
    const resolution = resolveRequest(root, '/', path);
    if (location === undefined) expect(resolution.kind).toBe('file');
    else expect(resolution).toEqual({ kind: 'redirect', location });
  });

  it('keeps redirects under the base path', () => {
    expect(resolveRequest(root, '/atlas/', '/atlas/%2F%2Fevil.example%2F..%2F..%2Fmodels')).toEqual({
      kind: 'redirect',
      location: '/atlas/models/',
    });
  });
});

describe('serveStatic under a rebuild', () => {
  it('answers 404 for a file that vanished between the check and the read, and keeps serving', async () => {
    writeFileSync(join(root, 'vanish.html'), 'here');
    const started = await serveStatic({
      root,
      port: 0,
      openFile: (path) => {
        if (path.endsWith('vanish.html')) rmSync(path, { force: true });
        return createReadStream(path);
      },
    });
    try {
      const gone = await fetch(`${started.url}vanish.html`);
      expect(gone.status).toBe(404);
      await gone.text();
      const next = await fetch(`${started.url}models/share.csv`);
      expect(next.status).toBe(200);
      expect(await next.text()).toBe('a,b\r\n');
    } finally {
      started.server.close();
    }
  });

  it('never answers a redirect to another origin', async () => {
    const started = await serveStatic({ root, port: 0 });
    try {
      const response = await fetch(`${started.url}%2Fevil.example%2F..%2Fmodels`, { redirect: 'manual' });
      expect(response.status).toBe(301);
      expect(response.headers.get('location')).toBe('/models/');
    } finally {
      started.server.close();
    }
  });
});
