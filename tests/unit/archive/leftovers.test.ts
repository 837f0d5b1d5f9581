import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Manifest } from '../../../src/lib/archive/format.ts';
import { findLeftovers, removeLeftovers } from '../../../src/lib/archive/leftovers.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-leftovers-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function files(paths: readonly string[]): void {
  for (const path of paths) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), '{}');
  }
}

const manifest: Manifest = {
  format: 1,
  synthetic: false,
  datasets: { 'rankings-daily': { fetched_at: 'f', as_of: 'a', files: ['rankings-daily/2026-05.json'] } },
};

describe(findLeftovers, () => {
  it('finds temp files and data files of a dataset that the manifest does not list', () => {
    files([
      'manifest.json',
      'budget.json',
      '.budget.json.77-3.tmp',
      'rankings-daily/2026-05.json',
      'rankings-daily/2026-04.json',
      'rankings-daily/.2026-05.json.77-1.tmp',
      'rankings-category/marketing-seo/2026-05.json',
      'benchmarks/2026-05-11.json',
      'rankings-daily/README.md',
      'embeds/chart/2026-05-11.json',
      'notes.json',
    ]);
    expect(findLeftovers(dir, manifest)).toEqual([
      '.budget.json.77-3.tmp',
      'benchmarks/2026-05-11.json',
      'rankings-category/marketing-seo/2026-05.json',
      'rankings-daily/.2026-05.json.77-1.tmp',
      'rankings-daily/2026-04.json',
    ]);
  });

  it('without a manifest finds temp files only: the data may be an archive whose manifest was deleted', () => {
    files(['rankings-daily/2026-05.json', 'rankings-daily/.2026-05.json.77-1.tmp']);
    expect(findLeftovers(dir, null)).toEqual(['rankings-daily/.2026-05.json.77-1.tmp']);
  });

  it('finds nothing in a directory that does not exist', () => {
    expect(findLeftovers(join(dir, 'missing'), manifest)).toEqual([]);
  });
});

describe(removeLeftovers, () => {
  it('deletes the leftovers and the dataset folders they leave empty', async () => {
    files([
      'rankings-category/marketing-seo/2026-05.json',
      'rankings-daily/2026-04.json',
      'rankings-daily/2026-05.json',
    ]);
    await removeLeftovers(dir, ['rankings-category/marketing-seo/2026-05.json', 'rankings-daily/2026-04.json']);
    expect(existsSync(join(dir, 'rankings-category'))).toBe(false);
    expect(existsSync(join(dir, 'rankings-daily', '2026-05.json'))).toBe(true);
  });
});
