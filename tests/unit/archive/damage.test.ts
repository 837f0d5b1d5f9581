import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findDamagedFiles } from '../../../src/lib/archive/damage.ts';
import type { Manifest } from '../../../src/lib/archive/format.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-damage-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const entry = (files: string[]) => ({ fetched_at: 'f', as_of: 'a', files });
const snapshot = { dataset: 'benchmarks', date: '2026-05-11', fetched_at: 'f', synthetic: false, responses: [] };

describe(findDamagedFiles, () => {
  it('names each listed file that is missing, not JSON, or not of its dataset’s format, for the datasets asked', () => {
    mkdirSync(join(dir, 'benchmarks'));
    writeFileSync(join(dir, 'benchmarks', '2026-05-11.json'), JSON.stringify(snapshot));
    writeFileSync(join(dir, 'benchmarks', '2026-05-10.json'), '{');
    writeFileSync(join(dir, 'benchmarks', '2026-05-09.json'), JSON.stringify({ ...snapshot, responses: 'x' }));
    const manifest: Manifest = {
      format: 1,
      synthetic: false,
      datasets: {
        benchmarks: entry([
          'benchmarks/2026-05-08.json',
          'benchmarks/2026-05-09.json',
          'benchmarks/2026-05-10.json',
          'benchmarks/2026-05-11.json',
        ]),
        'rankings-daily': entry(['rankings-daily/2026-05.json']),
      },
    };
    expect(findDamagedFiles(dir, manifest, ['benchmarks'])).toEqual([
      { dataset: 'benchmarks', file: 'benchmarks/2026-05-08.json', problem: 'is listed in manifest.json but missing' },
      {
        dataset: 'benchmarks',
        file: 'benchmarks/2026-05-09.json',
        problem: expect.stringMatching(/^does not match its format: responses: /) as unknown as string,
      },
      { dataset: 'benchmarks', file: 'benchmarks/2026-05-10.json', problem: 'is not valid JSON' },
    ]);
    expect(findDamagedFiles(dir, manifest, ['rankings-daily'])).toEqual([
      {
        dataset: 'rankings-daily',
        file: 'rankings-daily/2026-05.json',
        problem: 'is listed in manifest.json but missing',
      },
    ]);
  });
});
