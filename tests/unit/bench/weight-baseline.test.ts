import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  baselineOf,
  parseWeightBaseline,
  readWeightBaseline,
  WEIGHT_BASELINE_FILE,
} from '../../../src/lib/bench/weight-baseline.ts';

const BASELINE = {
  commit: '3fc3aa6fd42e58e6a3e7f4e0a9ad5d4f35b5e250',
  date: '2026-12-05',
  source: 'bench/results.json at 62bea65',
  measured: 'first visit in Chromium',
  pages: [
    { type: 'models', path: '/models/', totalGzip: 26334, htmlGzip: 24817 },
    { type: 'embed: share 30d', path: '/embed/model-share-share-30d/', totalGzip: 8401, htmlGzip: null, note: 'x' },
  ],
};

describe(parseWeightBaseline, () => {
  it('reads the commit, day and each page type recorded', () => {
    const parsed = parseWeightBaseline(JSON.stringify(BASELINE), 'before.json');
    expect(parsed.commit).toBe(BASELINE.commit);
    expect(parsed.pages.map((page) => [page.type, page.totalGzip, page.htmlGzip])).toEqual([
      ['models', 26334, 24817],
      ['embed: share 30d', 8401, null],
    ]);
  });

  it('names the file and each bad field by its path', () => {
    const bad = { ...BASELINE, date: '2026-02-30', pages: [{ ...BASELINE.pages[0], totalGzip: '26334' }] };
    expect(() => parseWeightBaseline(JSON.stringify(bad), 'before.json')).toThrow(
      /^before\.json: date: .*; pages\.0\.totalGzip: /,
    );
  });

  it('says when the file is not JSON', () => {
    expect(() => parseWeightBaseline('{', 'before.json')).toThrow(/^before\.json: not JSON/);
  });

  it('reads the committed baseline: the eight page types of issue 7 and the 30-day share embed at 3fc3aa6', () => {
    const committed = readWeightBaseline(WEIGHT_BASELINE_FILE);
    expect(committed?.commit.startsWith('3fc3aa6')).toBe(true);
    expect(committed?.pages.map((page) => page.type)).toEqual([
      'overview',
      'models',
      'model page',
      'apps',
      'app category',
      'benchmarks',
      'tasks',
      'about',
      'embed: share 30d',
    ]);
  });
});

describe(readWeightBaseline, () => {
  it('gives null when there is no file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-baseline-'));
    try {
      expect(readWeightBaseline(join(dir, 'none.json'))).toBeNull();
      writeFileSync(join(dir, 'bad.json'), '[]');
      expect(() => readWeightBaseline(join(dir, 'bad.json'))).toThrow(/bad\.json: \(root\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe(baselineOf, () => {
  it('matches a page type by name, and finds nothing for a type or a baseline that is missing', () => {
    const parsed = parseWeightBaseline(JSON.stringify(BASELINE), 'before.json');
    expect(baselineOf(parsed, 'models')?.totalGzip).toBe(26334);
    expect(baselineOf(parsed, 'session cost')).toBeUndefined();
    expect(baselineOf(null, 'models')).toBeUndefined();
  });
});
