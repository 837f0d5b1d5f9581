import { createReadStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeOf, resolveRequest, serveStatic } from '../../../src/serve/static-server.ts';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ta-serve-'));
  mkdirSync(join(root, 'models'));
  writeFileSync(join(root, 'index.html'), '<h1>home</h1>');
  writeFileSync(join(root, 'models', 'index.html'), '<h1>models</h1>');
  writeFileSync(join(root, 'models', 'share.csv'), 'a,b\r\n');
  writeFileSync(join(root, '404.html'), '<h1>missing</h1>');
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
