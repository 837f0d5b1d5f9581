import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureDir, toDirSize } from '../../../src/lib/bench/dir-size.ts';

describe(toDirSize, () => {
  it('sums files in total and per lower-cased extension, extensions sorted, with the largest of each', () => {
    expect(
      toDirSize([
        { path: 'models/x/index.html', bytes: 100 },
        { path: 'models/x/share.SVG', bytes: 30 },
        { path: 'index.html', bytes: 50 },
        { path: 'CNAME', bytes: 5 },
      ]),
    ).toEqual({
      files: 4,
      bytes: 185,
      byExtension: {
        '(none)': { files: 1, bytes: 5, largest: { path: 'CNAME', bytes: 5 } },
        html: { files: 2, bytes: 150, largest: { path: 'models/x/index.html', bytes: 100 } },
        svg: { files: 1, bytes: 30, largest: { path: 'models/x/share.SVG', bytes: 30 } },
      },
    });
  });

  it('keeps the first of equally large files as the largest', () => {
    const size = toDirSize([
      { path: 'a.csv', bytes: 7 },
      { path: 'b.csv', bytes: 7 },
    ]);
    expect(size.byExtension['csv']?.largest.path).toBe('a.csv');
  });

  it('is empty for no files', () => {
    expect(toDirSize([])).toEqual({ files: 0, bytes: 0, byExtension: {} });
  });
});

describe(measureDir, () => {
  it('walks sub-folders, counts only files and gives paths relative to the folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-dir-'));
    try {
      mkdirSync(join(dir, 'a', 'b'), { recursive: true });
      writeFileSync(join(dir, 'a', 'b', 'c.csv'), '1,2\n');
      writeFileSync(join(dir, 'top.json'), '{}');
      expect(measureDir(dir)).toEqual({
        files: 2,
        bytes: 6,
        byExtension: {
          csv: { files: 1, bytes: 4, largest: { path: join('a', 'b', 'c.csv'), bytes: 4 } },
          json: { files: 1, bytes: 2, largest: { path: 'top.json', bytes: 2 } },
        },
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
