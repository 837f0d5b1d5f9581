import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gzipBytes } from '../../../src/lib/bench/page-weight.ts';
import { firstModelPath, pageTypesOf, weighPageHtml } from '../../../src/lib/bench/pages.ts';

describe(firstModelPath, () => {
  it('takes the first model page linked, skipping the section, chart and rankings views, anchors and downloads', () => {
    const html = [
      '<a href="/models/">Models</a>',
      '<a href="/models/categories/">By use case</a>',
      '<a href="/models/context/">By context length</a>',
      '<a href="/models/#model-share">',
      '<a href="/models/view/share-1y/#model-share">',
      '<a href="/models/model-share-30d.csv">',
      '<a href="/models/x-ai_grok-code-fast-1/">',
      '<a href="/models/anthropic_claude-4.5-sonnet-20250929/">',
    ].join('');
    expect(firstModelPath(html)).toBe('/models/x-ai_grok-code-fast-1/');
  });

  it('keeps the characters of free variants and dotted versions', () => {
    expect(firstModelPath('<a href="/models/mistralai_mistral-nemo~free/">')).toBe(
      '/models/mistralai_mistral-nemo~free/',
    );
  });

  it('gives undefined when no model page is linked', () => {
    expect(firstModelPath('<a href="/models/view/share-all/">')).toBeUndefined();
  });
});

describe(weighPageHtml, () => {
  it("weighs each page type's HTML file, the model page found through /models/", () => {
    const outDir = mkdtempSync(join(tmpdir(), 'bench-pages-'));
    try {
      const paths = ['', 'models', 'models/a_b', 'apps', 'apps/popular/coding', 'benchmarks', 'tasks', 'about'];
      for (const path of paths) {
        mkdirSync(join(outDir, path), { recursive: true });
        writeFileSync(
          join(outDir, path, 'index.html'),
          path === 'models' ? '<a href="/models/a_b/">' : `<p>${path}</p>`,
        );
      }
      const weighed = weighPageHtml(outDir);
      expect(weighed.map((page) => page.path)).toEqual([
        '/',
        '/models/',
        '/models/a_b/',
        '/apps/',
        '/apps/popular/coding/',
        '/benchmarks/',
        '/tasks/',
        '/about/',
      ]);
      expect(weighed[2]).toEqual({
        type: 'model page',
        path: '/models/a_b/',
        raw: '<p>models/a_b</p>'.length,
        gzip: gzipBytes('<p>models/a_b</p>'),
      });
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });

  it('adds the later sections and embeds the build has, after the page types of issue 7', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'bench-pages-'));
    try {
      const paths = ['', 'models', 'models/a_b', 'apps', 'apps/popular/coding', 'benchmarks', 'tasks', 'about'];
      const present = ['session-cost', 'embed/model-share-share-30d', 'embed/models-bump-6m'];
      for (const path of [...paths, ...present]) {
        mkdirSync(join(outDir, path), { recursive: true });
        writeFileSync(join(outDir, path, 'index.html'), path === 'models' ? '<a href="/models/a_b/">' : '<p></p>');
      }
      mkdirSync(join(outDir, 'benchmarks', 'openrouter'));
      const weighed = weighPageHtml(outDir);
      expect(weighed.slice(8).map(({ type, path }) => ({ type, path }))).toEqual([
        { type: 'session cost', path: '/session-cost/' },
        { type: 'embed: share 30d', path: '/embed/model-share-share-30d/' },
        { type: 'embed: ranks 26w', path: '/embed/models-bump-6m/' },
      ]);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });

  it('says which file links to no model page', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'bench-pages-'));
    try {
      mkdirSync(join(outDir, 'models'));
      writeFileSync(join(outDir, 'models', 'index.html'), '<p>no models</p>');
      expect(() => weighPageHtml(outDir)).toThrow(/models\/index\.html links to no model page/);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});

describe(pageTypesOf, () => {
  it('audits the page types of issue 7 with Lighthouse and only weighs the later ones', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'bench-pages-'));
    try {
      mkdirSync(join(outDir, 'models'));
      writeFileSync(join(outDir, 'models', 'index.html'), '<a href="/models/a_b/">');
      mkdirSync(join(outDir, 'benchmarks', 'openrouter'), { recursive: true });
      writeFileSync(join(outDir, 'benchmarks', 'openrouter', 'index.html'), '<p></p>');
      const pages = pageTypesOf(outDir);
      expect(pages.filter((page) => page.lighthouse)).toHaveLength(8);
      expect(pages.filter((page) => !page.lighthouse)).toEqual([
        { type: 'openrouter benchmarks', path: '/benchmarks/openrouter/', lighthouse: false },
      ]);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
