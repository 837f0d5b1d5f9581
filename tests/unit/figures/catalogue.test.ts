import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allCsvFiles,
  allFigures,
  checkCatalogue,
  editionOf,
  figureById,
  findFigure,
  frozenDate,
  frozenDateOf,
  pageCardOf,
} from '../../../src/lib/figures/catalogue.ts';
import { BACKGROUNDS } from '../../../src/lib/charts/theme.ts';
import { embedCodesOf, type SiteLocation } from '../../../src/lib/figures/exports.ts';
import { contrastRatio } from '../../../src/lib/transform/colors.ts';
import { FigureSchema, type Figure } from '../../../src/lib/figures/schema.ts';
import { readSiteData, type SiteData } from '../../../src/lib/figures/site-data.ts';
import { buildSiteArchive, removeSiteArchive } from '../../fakes/site-archive.ts';

const DAY = '2026-05-11';
let dir = '';
let data: SiteData;

beforeAll(async () => {
  dir = await buildSiteArchive(DAY);
  data = readSiteData(dir);
  // Building every figure of a whole archive (hundreds of model pages) is the slow part: once, here.
  allFigures(data);
}, 300_000);

afterAll(() => removeSiteArchive(dir));

/** A minimal valid figure for the pure checks. */
function figure(id: string, frozen: Figure['embed']['frozen']): Figure {
  return FigureSchema.parse({
    id,
    anchor: id,
    heading: id,
    title: id,
    takeaway: '',
    svg: '<svg></svg>',
    alt: id,
    table: { caption: id, columns: ['a'], rows: [['1']] },
    attribution: 'Source: test',
    asOf: DAY,
    links: { page: '/x/', csv: '/x/a.csv', exports: '/x/a' },
    embed: { card: false, frozen },
  });
}

describe(checkCatalogue, () => {
  it('refuses an id used twice, naming it', () => {
    expect(() => checkCatalogue([figure('a', { kind: 'own' }), figure('a', { kind: 'none' })])).toThrow(
      /"a" is used twice/,
    );
  });

  it('refuses a re-cut whose named variant has no frozen copies of its own', () => {
    const recut = figure('b', { kind: 'variant', of: 'a' });
    expect(() => checkCatalogue([figure('a', { kind: 'none' }), recut])).toThrow(/"b" names "a"/);
    expect(() => checkCatalogue([figure('a', { kind: 'own' }), recut])).not.toThrow();
  });
});

describe(allFigures, () => {
  it('holds every section: models, apps, views, benchmarks, OpenRouter benchmarks, tasks and model pages', () => {
    const ids = allFigures(data).map((f) => f.id);
    for (const prefix of [
      'model-share-',
      'author-share-',
      'apps-',
      'models-categories-',
      'benchmarks-',
      'tasks-treemap-',
    ]) {
      expect(
        ids.some((id) => id.startsWith(prefix)),
        prefix,
      ).toBe(true);
    }
    expect(ids.some((id) => id.startsWith('benchmarks-openrouter-'))).toBe(true);
    expect(ids.filter((id) => /^model-.*_.*-tokens$/.test(id)).length).toBeGreaterThan(10);
  });

  it('gives every figure a CSV that the build emits, and a unique export path', () => {
    const csvPaths = new Set(allCsvFiles(data).map((f) => f.path));
    const figures = allFigures(data);
    for (const f of figures) expect(csvPaths.has(f.links.csv), `${f.id}: ${f.links.csv}`).toBe(true);
    const exports = figures.map((f) => f.links.exports);
    expect(new Set(exports).size).toBe(exports.length);
  });

  it('links every figure to its own anchor on its page', () => {
    for (const f of allFigures(data)) expect(f.links.page.endsWith(`#${f.anchor}`), f.id).toBe(true);
  });

  it('names the window in every standalone title of a re-cut, so two windows never share a title', () => {
    const titles = allFigures(data).map((f) => f.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('builds the catalogue once per data value', () => {
    expect(allFigures(data)).toBe(allFigures(data));
  });

  it('is empty for an empty archive, without throwing', () => {
    const empty = mkdtempSync(join(tmpdir(), 'atlas-empty-'));
    try {
      const nothing = readSiteData(empty);
      expect(allFigures(nothing)).toEqual([]);
      expect(allCsvFiles(nothing)).toEqual([]);
      expect(frozenDate(nothing)).toBeNull();
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('PNG exports', () => {
  const location: SiteLocation = { site: 'https://atlas.example', withBase: (path) => `/base${path}` };

  it("builds a PNG for every section figure and none for a model page's own charts", () => {
    const figures = allFigures(data);
    const withoutPng = figures.filter((f) => !f.links.png);
    expect(withoutPng.length).toBeGreaterThan(10);
    const ownPage = /^\/(models|session-cost\/model)\/[^/]*(_|~)[^/]*\/#/;
    for (const f of withoutPng) expect(f.links.page, f.id).toMatch(ownPage);
    for (const f of figures.filter((f) => ownPage.test(f.links.page))) expect(f.links.png, f.id).toBe(false);
    expect(figures.some((f) => f.id.endsWith('-categories') && ownPage.test(f.links.page))).toBe(true);
    for (const prefix of ['model-share-', 'apps-', 'benchmarks-', 'tasks-treemap-', 'session-cost-1']) {
      const section = figures.filter((f) => f.id.startsWith(prefix));
      expect(section.length, prefix).toBeGreaterThan(0);
      for (const f of section) expect(f.links.png, f.id).toBe(true);
    }
  });

  it("gives a chart without a PNG SVG image codes and its page's card as the oEmbed thumbnail", () => {
    const rank = allFigures(data).find((f) => /^model-.*_.*-rank$/.test(f.id));
    if (!rank) throw new Error('no model rank chart in the fixture archive');
    const card = pageCardOf(data, rank);
    expect(card?.id).toBe(rank.id.replace(/-rank$/, '-tokens'));
    const codes = embedCodesOf(location, rank, null, card);
    expect(codes.imgPng).toBeNull();
    expect(codes.markdown).toContain(`https://atlas.example/base${rank.links.exports}.svg`);
    expect(codes.markdown).not.toContain('.png');
    expect(codes.thumbnail).toEqual({
      url: `https://atlas.example/base/embed/${card?.id ?? ''}/card.png`,
      width: 1200,
      height: 630,
    });
    expect(embedCodesOf(location, rank, null, null).thumbnail).toBeNull();
  });

  it('gives a section chart PNG image codes and its 2x PNG as the thumbnail', () => {
    const share = figureById(data, 'model-share-share-30d');
    const codes = embedCodesOf(location, share, null, pageCardOf(data, share));
    const png = `https://atlas.example/base${share.links.exports}.png`;
    expect(codes.imgPng).toContain(`src="${png}"`);
    expect(codes.markdown).toContain(png);
    expect(codes.thumbnail?.url).toBe(png);
    expect(codes.thumbnail?.width).toBe(codes.image.width * 2);
  });
});

describe('legend colours', () => {
  it('key every line and dot in a colour at 3:1 on the light and the dark page, as the chart draws it', () => {
    const marks = allFigures(data).flatMap((f) =>
      f.legend.filter((item) => item.kind !== undefined && item.kind !== 'swatch').map((item) => ({ f, item })),
    );
    expect(marks.length).toBeGreaterThan(20);
    for (const { f, item } of marks) {
      const contrast = Math.min(
        contrastRatio(item.color, BACKGROUNDS.light),
        contrastRatio(item.color, BACKGROUNDS.dark),
      );
      expect(contrast, `${f.id}: ${item.label} ${item.color}`).toBeGreaterThanOrEqual(3);
      if (item.kind === 'line') expect(f.svg, `${f.id}: ${item.label}`).toContain(`stroke="${item.color}"`);
    }
  });

  it('key the ranks and history charts by their lines', () => {
    const lines = allFigures(data).filter((f) => /^models-bump-|-history$|-ranks$|^tasks-share-history-/.test(f.id));
    expect(lines.some((f) => f.id === 'models-bump-6m')).toBe(true);
    for (const f of lines) {
      expect(f.legend.length, f.id).toBeGreaterThan(0);
      for (const item of f.legend) expect(item.kind, f.id).toBe('line');
    }
  });
});

describe(figureById, () => {
  it('finds a figure by id, and names a missing one in one line', () => {
    expect(figureById(data, 'model-share-share-30d').heading).toBe('Share of tokens by model');
    expect(findFigure(data, 'no-such-chart')).toBeNull();
    expect(() => figureById(data, 'no-such-chart')).toThrow('figures: no figure "no-such-chart"');
  });
});

describe(frozenDateOf, () => {
  it('dates own frozen copies by the archive, weekly charts by their last week, and re-cuts not at all', () => {
    const figures = allFigures(data);
    const daily = figureById(data, 'model-share-share-30d');
    expect(frozenDateOf(data, daily)).toBe(DAY);
    expect(frozenDateOf(data, figureById(data, 'model-share-share-90d'))).toBeNull();
    const weekly = figures.find((f) => f.weeksThrough !== undefined && f.embed.frozen.kind === 'own');
    expect(weekly).not.toBeUndefined();
    expect(frozenDateOf(data, weekly!)).toBe(weekly!.weeksThrough);
    expect(editionOf(data, weekly!)).toBe(weekly!.weeksThrough);
    expect(editionOf(data, daily)).toBe(DAY);
  });
});
