import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtPackPath, freezeEmbeds, listBuiltCopies, listPacks } from '../../../src/lib/embed/freeze.ts';
import { packDates } from '../../../src/lib/embed/frozen-pack.ts';
import { dayCopyPath, packPath, readPackedIndex } from '../../../src/lib/embed/frozen-store.ts';

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

/** A one-copy frozen embed as the build renders it at its pack's path (src/layouts/Embed.astro, trimmed). */
function copyHtml(id: string, date: string, body = `<p>${id} on ${date}</p>`): string {
  return (
    `<!DOCTYPE html><html lang="en" data-chart="${id}" data-as-of="${date}" data-frozen="${date}"><head>` +
    `<title>${id} · Token Atlas</title><meta name="token-atlas-drawn" content="d-${date}"><style>.x{}</style></head>` +
    `<body><main><article class="ta-embed">${body}</article></main></body></html>`
  );
}

/** A build that rendered new copies (`[id, date, body?]`), and a live embed that is no copy. */
function build(...copies: [string, string, string?][]): void {
  rmSync(dist, { recursive: true, force: true });
  write(join(dist, 'embed', 'latest.json'), '{}');
  for (const [id, date, body] of copies) {
    write(join(dist, 'embed', id, 'index.html'), `live ${id}`);
    const pack = date < '2026-11-30' ? '2026-W48' : '2026-W49';
    write(builtPackPath(dist, id, pack), copyHtml(id, date, body));
  }
}

const read = (path: string) => readFileSync(path, 'utf8');

describe(freezeEmbeds, () => {
  it('packs a new copy, records it in the index and serves the pack at its path', async () => {
    build(['apps-popular-all', '2026-11-26'], ['tasks-treemap-usage', '2026-11-26']);
    const report = await freezeEmbeds({ distDir: dist, dataDir: data });
    expect(report.published).toEqual([
      { id: 'apps-popular-all', date: '2026-11-26' },
      { id: 'tasks-treemap-usage', date: '2026-11-26' },
    ]);
    const pack = read(packPath(data, 'apps-popular-all', '2026-W48'));
    expect(packDates(pack)).toEqual(['2026-11-26']);
    expect(read(builtPackPath(dist, 'apps-popular-all', '2026-W48'))).toBe(pack);
    expect(readPackedIndex(data)['apps-popular-all']).toEqual([
      { date: '2026-11-26', drawn: 'd-2026-11-26', pack: '2026-W48' },
    ]);
    expect(readdirSync(join(data, 'embeds')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('adds the next copy of the week to the pack, keeping every byte the pack had', async () => {
    build(['apps-popular-all', '2026-11-26']);
    await freezeEmbeds({ distDir: dist, dataDir: data });
    const before = read(packPath(data, 'apps-popular-all', '2026-W48'));
    build(['apps-popular-all', '2026-11-27']);
    await freezeEmbeds({ distDir: dist, dataDir: data });
    const after = read(builtPackPath(dist, 'apps-popular-all', '2026-W48'));
    const end = before.lastIndexOf('</main>');
    expect(after.startsWith(before.slice(0, end))).toBe(true);
    expect(after.endsWith(before.slice(end))).toBe(true);
    expect(packDates(after)).toEqual(['2026-11-26', '2026-11-27']);
  });

  it('never alters a published copy: a rebuild the same day gets the pack back, and says it differed', async () => {
    build(['apps-popular-all', '2026-11-26']);
    await freezeEmbeds({ distDir: dist, dataDir: data });
    const pack = read(packPath(data, 'apps-popular-all', '2026-W48'));
    build(['apps-popular-all', '2026-11-26', '<p>re-rendered by newer code</p>']);
    const report = await freezeEmbeds({ distDir: dist, dataDir: data });
    expect(report.published).toEqual([]);
    expect(report.kept).toEqual([{ id: 'apps-popular-all', date: '2026-11-26' }]);
    expect(report.differed).toEqual([{ id: 'apps-popular-all', date: '2026-11-26' }]);
    expect(read(builtPackPath(dist, 'apps-popular-all', '2026-W48'))).toBe(pack);
  });

  it('carries every pack and every day file from before packs into a build that rendered none', async () => {
    write(dayCopyPath(data, 'apps-popular-coding', '2026-11-19'), 'old bytes');
    build(['apps-popular-all', '2026-11-26']);
    await freezeEmbeds({ distDir: dist, dataDir: data });
    build();
    const report = await freezeEmbeds({ distDir: dist, dataDir: data });
    expect(report).toMatchObject({ published: [], packs: 1, dayCopies: 1 });
    expect(read(join(dist, 'embed', 'apps-popular-coding', '2026-11-19', 'index.html'))).toBe('old bytes');
    expect(read(builtPackPath(dist, 'apps-popular-all', '2026-W48'))).toBe(
      read(packPath(data, 'apps-popular-all', '2026-W48')),
    );
  });

  it("packs a day file's content when one exists for the new copy's date, so both URLs show the same", async () => {
    write(
      dayCopyPath(data, 'apps-popular-all', '2026-11-26'),
      copyHtml('apps-popular-all', '2026-11-26', '<p>as first published</p>'),
    );
    build(['apps-popular-all', '2026-11-26', '<p>rendered today</p>']);
    const report = await freezeEmbeds({ distDir: dist, dataDir: data });
    expect(report.adopted).toEqual([{ id: 'apps-popular-all', date: '2026-11-26' }]);
    const pack = read(builtPackPath(dist, 'apps-popular-all', '2026-W48'));
    expect(pack).toContain('<p>as first published</p>');
    expect(pack).not.toContain('rendered today');
  });

  it('refuses a copy built under the wrong week', async () => {
    rmSync(dist, { recursive: true, force: true });
    write(builtPackPath(dist, 'apps-popular-all', '2026-W49'), copyHtml('apps-popular-all', '2026-11-26'));
    await expect(freezeEmbeds({ distDir: dist, dataDir: data })).rejects.toThrow(/belongs in 2026-W48/);
  });
});

describe(listBuiltCopies, () => {
  it('lists only pack folders with a page, not live embeds, codes or day folders', async () => {
    build(['apps-popular-all', '2026-11-26']);
    write(join(dist, 'embed', 'apps-popular-all', 'code', 'index.html'), 'codes');
    write(join(dist, 'embed', 'apps-popular-all', '2026-11-19', 'index.html'), 'day');
    mkdirSync(join(dist, 'embed', 'apps-popular-all', '2026-W47'));
    expect(await listBuiltCopies(dist)).toEqual([{ id: 'apps-popular-all', pack: '2026-W48' }]);
  });
});

describe(listPacks, () => {
  it('lists the packs in the archive and nothing else', async () => {
    write(packPath(data, 'apps-popular-all', '2026-W48'), 'x');
    write(join(data, 'embeds', 'packs', 'apps-popular-all', 'notes.txt'), 'x');
    expect(await listPacks(data)).toEqual([{ id: 'apps-popular-all', pack: '2026-W48' }]);
  });
});
