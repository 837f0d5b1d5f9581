import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  archivedPath,
  builtPath,
  freezeEmbeds,
  listArchivedEmbeds,
  listBuiltEmbeds,
} from '../../../src/lib/embed/freeze.ts';

let root: string;
let dist: string;
let data: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'atlas-freeze-'));
  dist = join(root, 'dist');
  data = join(root, 'data');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/** A build that rendered today's frozen embeds with `content` (default: a page naming id and date). */
function build(date: string, ids: string[], content = (id: string) => `<p>${id} frozen on ${date}</p>`): void {
  rmSync(dist, { recursive: true, force: true });
  write(join(dist, 'embed', 'index.html'), 'not an embed');
  for (const id of ids) {
    write(join(dist, 'embed', id, 'index.html'), `live ${id}`);
    write(builtPath(dist, { id, date }), content(id));
  }
}

/** Every file below `dir` with its bytes, by relative path. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .sort()
      .map((path) => [relative(dir, path), readFileSync(path, 'utf8')]),
  );
}

describe(freezeEmbeds, () => {
  it('publishes a freshly built frozen embed to the archive on its first day', async () => {
    build('2026-11-20', ['apps-popular-all', 'tasks-treemap-usage']);
    const report = await freezeEmbeds({ distDir: dist, dataDir: data });
    expect(report.published).toEqual([
      { id: 'apps-popular-all', date: '2026-11-20' },
      { id: 'tasks-treemap-usage', date: '2026-11-20' },
    ]);
    expect(readFileSync(archivedPath(data, { id: 'apps-popular-all', date: '2026-11-20' }), 'utf8')).toBe(
      '<p>apps-popular-all frozen on 2026-11-20</p>',
    );
    expect(readdirSync(join(data, 'embeds', '2026-11-20')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('never overwrites a published embed: a rebuild on the same day gets the archived bytes back', async () => {
    build('2026-11-20', ['apps-popular-all']);
    await freezeEmbeds({ distDir: dist, dataDir: data });
    build('2026-11-20', ['apps-popular-all'], () => '<p>re-rendered by newer code</p>');
    const report = await freezeEmbeds({ distDir: dist, dataDir: data });
    expect(report.published).toEqual([]);
    expect(report.differed).toEqual([{ id: 'apps-popular-all', date: '2026-11-20' }]);
    const embed = { id: 'apps-popular-all', date: '2026-11-20' };
    expect(readFileSync(archivedPath(data, embed), 'utf8')).toBe('<p>apps-popular-all frozen on 2026-11-20</p>');
    expect(readFileSync(builtPath(dist, embed), 'utf8')).toBe('<p>apps-popular-all frozen on 2026-11-20</p>');
  });

  it('carries every earlier day into the build unchanged', async () => {
    build('2026-11-19', ['apps-popular-all']);
    await freezeEmbeds({ distDir: dist, dataDir: data });
    build('2026-11-20', ['apps-popular-all']);
    const report = await freezeEmbeds({ distDir: dist, dataDir: data });
    expect(report.carried).toEqual([{ id: 'apps-popular-all', date: '2026-11-19' }]);
    expect(report.published).toEqual([{ id: 'apps-popular-all', date: '2026-11-20' }]);
    expect(readFileSync(builtPath(dist, { id: 'apps-popular-all', date: '2026-11-19' }), 'utf8')).toBe(
      '<p>apps-popular-all frozen on 2026-11-19</p>',
    );
  });

  it('keeps a chart that left the site available at its frozen address', async () => {
    build('2026-11-19', ['apps-popular-legal']);
    await freezeEmbeds({ distDir: dist, dataDir: data });
    build('2026-11-20', ['apps-popular-all']);
    await freezeEmbeds({ distDir: dist, dataDir: data });
    expect(readFileSync(builtPath(dist, { id: 'apps-popular-legal', date: '2026-11-19' }), 'utf8')).toContain(
      'apps-popular-legal',
    );
  });

  it('gives byte-identical builds and archive when run twice over the same build', async () => {
    build('2026-11-19', ['a', 'b']);
    await freezeEmbeds({ distDir: dist, dataDir: data });
    build('2026-11-20', ['a', 'b']);
    await freezeEmbeds({ distDir: dist, dataDir: data });
    const first = { dist: snapshot(dist), data: snapshot(data) };
    build('2026-11-20', ['a', 'b']);
    await freezeEmbeds({ distDir: dist, dataDir: data });
    expect({ dist: snapshot(dist), data: snapshot(data) }).toEqual(first);
  });

  it('leaves files that are not frozen embeds alone', async () => {
    build('2026-11-20', ['a']);
    write(join(data, 'embeds', 'notes', 'x.html'), 'x');
    write(join(data, 'embeds', '2026-11-19', 'README.md'), 'x');
    write(join(data, 'embeds', '2026-11-19', '..evil.html'), 'x');
    await freezeEmbeds({ distDir: dist, dataDir: data });
    expect(await listArchivedEmbeds(data)).toEqual([{ id: 'a', date: '2026-11-20' }]);
    expect(readFileSync(join(dist, 'embed', 'index.html'), 'utf8')).toBe('not an embed');
  });
});

describe(listBuiltEmbeds, () => {
  it('finds dated embed pages only, not live or code pages', async () => {
    build('2026-11-20', ['a']);
    write(join(dist, 'embed', 'a', 'code', 'index.html'), 'codes');
    expect(await listBuiltEmbeds(dist)).toEqual([{ id: 'a', date: '2026-11-20' }]);
  });

  it('is empty for a build without embeds', async () => {
    expect(await listBuiltEmbeds(join(root, 'nothing'))).toEqual([]);
  });
});
