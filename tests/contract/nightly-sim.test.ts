import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, REFETCH_DAYS } from '../../src/lib/api/dates.ts';
import type { Manifest, SnapshotDataset } from '../../src/lib/archive/format.ts';
import { sessionCostFile, snapshotFile } from '../../src/lib/archive/paths.ts';
import { readManifest, readRankings } from '../../src/lib/archive/read.ts';
import { NIGHTLY_STEPS } from '../../src/lib/nightly/fetch-step.ts';
import { consecutiveDays, type Night, nightlyNow, simulateNightly } from '../../src/lib/nightly/simulate.ts';
import { DEMO_KEY, startMockServer } from '../../src/mock/server.ts';

/**
 * Four simulated nights of the nightly workflow, each fetch step a real `scripts/fetch.ts --only …` process against
 * the local Data API (relaxed limits, its clock at 03:00 UTC of that day), into one temporary archive. Night 3 runs
 * with `server-error@apps`. The days are fixed: the Data API's clock is pinned, so they need not be near today.
 * They run Monday to Thursday: the first night (03:00) is before that Monday's session-cost window is published.
 */
const FIRST_DAY = '2026-11-16';
const DAYS = consecutiveDays(FIRST_DAY, 4);
const FAILED_NIGHT = 2; // index into DAYS
const FAILED_DAY = DAYS[FAILED_NIGHT] ?? '';
const SNAPSHOT_DATASETS: SnapshotDataset[] = ['app-rankings', 'benchmarks', 'task-classifications', 'models'];
const OTHER_SNAPSHOT_DATASETS = SNAPSHOT_DATASETS.filter((dataset) => dataset !== 'app-rankings');

/** What the test reads back after each night, besides the simulation's own report. */
interface Observed {
  readonly night: Night;
  /** rankings-daily rows by date, serialised, so equal rows compare equal. */
  readonly rankings: ReadonlyMap<string, string>;
  readonly manifest: Manifest | null;
}

function rankingsByDate(dataDir: string): Map<string, string> {
  const byDate = new Map<string, unknown[]>();
  for (const row of readRankings(dataDir)?.rows ?? []) byDate.set(row.date, [...(byDate.get(row.date) ?? []), row]);
  return new Map([...byDate].map(([date, rows]) => [date, JSON.stringify(rows)]));
}

const isSnapshot = (path: string) => SNAPSHOT_DATASETS.some((dataset) => path.startsWith(`${dataset}/`));
const NORMAL_NIGHTS = DAYS.map((_, index) => index).filter((index) => index !== FAILED_NIGHT);

let dataDir = '';
const observed: Observed[] = [];

/** The observations of night `index`; fails the test when it did not run. */
function at(index: number): Observed {
  const found = observed[index];
  if (!found) throw new Error(`night ${index + 1} was not simulated`);
  return found;
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'nightly-sim-'));
  await simulateNightly({
    firstDay: FIRST_DAY,
    nights: DAYS.length,
    dataDir,
    apiKey: DEMO_KEY,
    faults: { [FAILED_DAY]: ['server-error@apps'] },
    startApi: (day, faults) =>
      startMockServer({ port: 0, relaxed: true, faults: [...faults], now: () => nightlyNow(day) }),
    onNight: (night) => observed.push({ night, rankings: rankingsByDate(dataDir), manifest: readManifest(dataDir) }),
  });
}, 300_000);

afterAll(() => {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe(simulateNightly, () => {
  it('runs one fetch step per dataset each night, all succeeding on nights without faults', () => {
    expect(observed.map(({ night }) => night.day)).toEqual(DAYS);
    for (const index of NORMAL_NIGHTS) {
      const { steps } = at(index).night;
      expect(steps.map((step) => step.alias)).toEqual(NIGHTLY_STEPS);
      for (const step of steps)
        expect(step, step.line).toMatchObject({ ok: true, line: expect.stringMatching(/^Done: /) });
    }
  });

  it('grows the archive by a dated snapshot of each snapshot dataset per night', () => {
    for (const index of NORMAL_NIGHTS) {
      const { night } = at(index);
      for (const dataset of SNAPSHOT_DATASETS) expect(night.changes.added).toContain(snapshotFile(dataset, night.day));
    }
  });

  it('adds the rankings rows of each new day and keeps every day it had', () => {
    expect(at(0).rankings.has('2025-01-01')).toBe(true);
    DAYS.forEach((day, index) => {
      const { rankings } = at(index);
      expect(rankings.has(day)).toBe(true);
      expect(rankings.has(addDays(day, 1))).toBe(false);
      const before = index > 0 ? [...at(index - 1).rankings.keys()] : [];
      expect([...rankings.keys()]).toEqual(expect.arrayContaining(before));
    });
  });

  it('leaves every snapshot of an earlier night byte-identical', () => {
    for (let index = 1; index < DAYS.length; index += 1) {
      const before = at(index - 1).night.files;
      const after = at(index).night.files;
      const earlier = [...before.keys()].filter(isSnapshot);
      expect(earlier.length).toBeGreaterThan(0);
      for (const path of earlier) expect(after.get(path), path).toBe(before.get(path));
    }
  });

  it('adds a session-cost window when a new week is published, and keeps it byte for byte the nights after', () => {
    expect(at(0).night.changes.added).toContain(sessionCostFile('2026-11-08'));
    expect(at(1).night.changes.added).toContain(sessionCostFile('2026-11-15'));
    for (const index of [2, 3]) {
      const { night } = at(index);
      expect(night.changes.added.filter((path) => path.startsWith('session-cost/'))).toEqual([]);
      expect(night.changes.unchanged).toEqual(
        expect.arrayContaining([sessionCostFile('2026-11-08'), sessionCostFile('2026-11-15')]),
      );
    }
  });

  it('changes no earlier file but the rankings and view months, the manifest and the budget', () => {
    const month = /^(rankings-daily|rankings-(category|language|modality|context)\/[^/]+)\/\d{4}-\d{2}\.json$/;
    const bookkeeping = /^(manifest|budget)\.json$/;
    for (const { night } of observed) {
      for (const path of night.changes.changed) expect(month.test(path) || bookkeeping.test(path), path).toBe(true);
      expect(night.changes.removed).toEqual([]);
    }
  });

  it('keeps the rankings rows of days older than the re-fetch window identical', () => {
    for (let index = 1; index < DAYS.length; index += 1) {
      const before = at(index - 1).rankings;
      const after = at(index).rankings;
      const newest = [...before.keys()].sort().at(-1) ?? '';
      const settled = [...before.keys()].filter((date) => date < addDays(newest, -REFETCH_DAYS));
      expect(settled.length).toBeGreaterThan(0);
      for (const date of settled) expect(after.get(date), date).toBe(before.get(date));
    }
  });

  it('replaces the rows of the day that was still in progress at the previous night', () => {
    for (let index = 1; index < DAYS.length; index += 1) {
      const previousDay = DAYS[index - 1] ?? '';
      expect(at(index).rankings.get(previousDay)).not.toBe(at(index - 1).rankings.get(previousDay));
    }
  });
});

describe('a night when one endpoint fails', () => {
  it('fails only that dataset step, with its one-line error', () => {
    const { steps } = at(FAILED_NIGHT).night;
    expect(steps.map((step) => step.alias)).toEqual(NIGHTLY_STEPS);
    for (const step of steps) {
      if (step.alias === 'apps') {
        expect(step.ok).toBe(false);
        expect(step.line).toMatch(/^app-rankings: .*500/);
      } else {
        expect(step, step.line).toMatchObject({ ok: true });
      }
    }
  });

  it('changes nothing of the failed dataset', () => {
    const { night, manifest } = at(FAILED_NIGHT);
    const touched = [...night.changes.added, ...night.changes.changed, ...night.changes.removed];
    expect(touched.filter((path) => path.startsWith('app-rankings/'))).toEqual([]);
    expect(existsSync(join(dataDir, snapshotFile('app-rankings', FAILED_DAY)))).toBe(false);
    expect(manifest?.datasets['app-rankings']).toEqual(at(FAILED_NIGHT - 1).manifest?.datasets['app-rankings']);
  });

  it('still refreshes the other datasets', () => {
    const { night, rankings, manifest } = at(FAILED_NIGHT);
    for (const dataset of OTHER_SNAPSHOT_DATASETS)
      expect(night.changes.added).toContain(snapshotFile(dataset, FAILED_DAY));
    expect(rankings.has(FAILED_DAY)).toBe(true);
    for (const dataset of ['rankings-daily', ...OTHER_SNAPSHOT_DATASETS] as const) {
      expect(manifest?.datasets[dataset]).not.toEqual(at(FAILED_NIGHT - 1).manifest?.datasets[dataset]);
    }
  });

  it('is caught up by the next night, which skips the missed day', () => {
    const { night } = at(FAILED_NIGHT + 1);
    expect(night.changes.added).toContain(snapshotFile('app-rankings', night.day));
    expect(night.files.has(snapshotFile('app-rankings', FAILED_DAY))).toBe(false);
  });
});
