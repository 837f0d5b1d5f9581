import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type BenchResults,
  mergeResults,
  type PartRun,
  readPreviousResults,
  writeResults,
} from '../../../src/lib/bench/results.ts';

const OLD_MACHINE = { date: '2026-12-05T21:19:14.618Z', cpus: 2 };

/** A results file as written before `parts` and `pageWeightBeforeAfter` existed (trimmed). */
const OLD_FILE = {
  machine: OLD_MACHINE,
  revision: { commit: '3fc3aa6', dirtyFiles: 0 },
  quick: false,
  fetch: [{ run: 'empty archive', requests: 100 }],
  build: { cases: [], skipped: [] },
  pages: [{ type: 'overview', path: '/' }],
  lighthouse: [{ type: 'overview', performance: 99 }],
  growth: { nights: [{ night: 1 }] },
  peer: null,
};

const RUN: PartRun = { commit: 'abc1234', dirtyFiles: 2, date: '2026-12-09T10:00:00.000Z', quick: true };

/** This run's results with fresh page figures (the only part that ran). */
function current(): BenchResults {
  return {
    machine: {
      date: RUN.date,
      cpuModel: 'x',
      cpus: 2,
      memoryBytes: 1,
      node: 'v24',
      os: 'linux',
      chromium: 'c',
      loadAverage: 1,
    },
    revision: { commit: RUN.commit, dirtyFiles: RUN.dirtyFiles },
    quick: true,
    parts: { fetch: null, build: null, pages: RUN, peer: null, growth: null },
    fetch: null,
    build: null,
    pages: [],
    lighthouse: null,
    pageWeightBeforeAfter: { baseline: null, rows: [] },
    growth: null,
    peer: null,
  };
}

/** Writes `content` to a fresh file and returns what `readPreviousResults` makes of it. */
function readBack(content: string) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-results-'));
  try {
    const file = join(dir, 'results.json');
    writeFileSync(file, content);
    return readPreviousResults(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe(mergeResults, () => {
  it("keeps the other parts' figures of an older file, each credited to that file's revision", () => {
    const previous = readBack(JSON.stringify(OLD_FILE));
    const merged = mergeResults(previous, current(), ['pages']);
    const earlier = { commit: '3fc3aa6', dirtyFiles: 0, date: OLD_MACHINE.date, quick: false };
    expect(merged['parts']).toEqual({ fetch: earlier, build: earlier, pages: RUN, peer: null, growth: earlier });
    expect(merged['fetch']).toEqual(OLD_FILE.fetch);
    expect(merged['growth']).toEqual(OLD_FILE.growth);
    expect(merged['pages']).toEqual([]);
    expect(merged['lighthouse']).toBeNull();
    expect(merged['pageWeightBeforeAfter']).toEqual({ baseline: null, rows: [] });
    expect(merged['revision']).toEqual({ commit: 'abc1234', dirtyFiles: 2 });
  });

  it('keeps the run each part was credited to in a file that has parts', () => {
    const older: PartRun = { commit: 'def5678', dirtyFiles: 0, date: '2026-12-07T00:00:00.000Z', quick: false };
    const withParts = { ...OLD_FILE, parts: { fetch: older, growth: older } };
    const merged = mergeResults(readBack(JSON.stringify(withParts)), current(), ['pages']);
    expect(merged['parts']).toEqual({ fetch: older, build: null, pages: RUN, peer: null, growth: older });
  });

  it('writes only this run without an earlier file', () => {
    const merged = mergeResults(null, current(), ['pages']);
    expect(merged['parts']).toEqual({ fetch: null, build: null, pages: RUN, peer: null, growth: null });
    expect([merged['fetch'], merged['build'], merged['growth'], merged['peer']]).toEqual([null, null, null, null]);
  });

  it('round-trips through the file, so a later --only run keeps this one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-results-'));
    try {
      const file = join(dir, 'results.json');
      writeResults(file, mergeResults(readBack(JSON.stringify(OLD_FILE)), current(), ['pages']));
      const later: PartRun = { ...RUN, commit: 'fed9876' };
      const growthRun: BenchResults = {
        ...current(),
        parts: { fetch: null, build: null, pages: null, peer: null, growth: later },
        pages: null,
        pageWeightBeforeAfter: null,
      };
      const again = mergeResults(readPreviousResults(file), growthRun, ['growth']);
      expect(again['pages']).toEqual([]);
      expect(again['parts']).toMatchObject({ pages: RUN, growth: later });
      expect(JSON.parse(readFileSync(file, 'utf8')).parts.pages).toEqual(RUN);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe(readPreviousResults, () => {
  it('gives null without a file and names the file when it is not results', () => {
    expect(readPreviousResults(join(tmpdir(), 'no-such-dir-bench', 'results.json'))).toBeNull();
    expect(() => readBack('{')).toThrow(/results\.json: not JSON/);
    expect(() => readBack('{"machine":{}}')).toThrow(/results\.json: machine\.date: .*revision/);
  });
});
