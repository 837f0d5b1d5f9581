import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppRankingsResponseSchema } from '../../../src/lib/api/app-rankings.ts';
import type { Manifest, RankingsPartition, Snapshot } from '../../../src/lib/archive/format.ts';
import {
  listSnapshotDates,
  readLatestSnapshot,
  readManifest,
  readRankings,
  readSnapshot,
  snapshotBody,
} from '../../../src/lib/archive/read.ts';
import { writeManifest, writeRankingsPartitions, writeSnapshot } from '../../../src/lib/archive/write.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-read-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const meta = (as_of: string) => ({ as_of, version: 'v1' as const, start_date: '2026-04-01', end_date: '2026-05-02' });
const partition = (month: string, dates: string[], as_of: string): RankingsPartition => ({
  dataset: 'rankings-daily',
  month,
  synthetic: true,
  meta: meta(as_of),
  data: dates.map((date) => ({ date, model_permaslug: 'm', total_tokens: '9007199254740993' })),
});
const appsBody = {
  data: [{ rank: 1, app_id: 1, app_name: '<b>Cline</b>', total_tokens: '12', total_requests: 3, icon: 'x' }],
  meta: meta('2026-05-02T00:00:00Z'),
};
const snapshot = (date: string): Snapshot => ({
  dataset: 'app-rankings',
  date,
  fetched_at: `${date}T03:00:00.000Z`,
  synthetic: false,
  responses: [{ key: 'popular/all', query: { sort: 'popular', limit: 100 }, body: appsBody }],
});
const manifest = (files: Record<string, string[]>): Manifest => ({
  format: 1,
  synthetic: true,
  datasets: Object.fromEntries(
    Object.entries(files).map(([dataset, list]) => [dataset, { fetched_at: 'f', as_of: 'a', files: list }]),
  ),
});

describe(readRankings, () => {
  it('returns null for an empty archive', () => {
    expect(readRankings(dir)).toBeNull();
  });

  it('joins the partitions the manifest lists, by month, with the newest meta and exact tokens', async () => {
    await writeRankingsPartitions(dir, [
      partition('2026-05', ['2026-05-01', '2026-05-02'], 'new'),
      partition('2026-04', ['2026-04-30'], 'old'),
    ]);
    await writeManifest(
      dir,
      manifest({ 'rankings-daily': ['rankings-daily/2026-05.json', 'rankings-daily/2026-04.json'] }),
    );
    const rankings = readRankings(dir);
    expect(rankings?.rows.map((r) => r.date)).toEqual(['2026-04-30', '2026-05-01', '2026-05-02']);
    expect(rankings?.meta.as_of).toBe('new');
    expect(rankings?.synthetic).toBe(true);
    expect(rankings?.rows[0]?.total_tokens).toBe('9007199254740993');
  });

  it('ignores a partition the manifest does not list yet', async () => {
    await writeRankingsPartitions(dir, [partition('2026-05', ['2026-05-01'], 'new')]);
    expect(readRankings(dir)).toBeNull();
  });
});

describe(readManifest, () => {
  it('throws one line naming the file when it is not valid JSON', () => {
    writeFileSync(join(dir, 'manifest.json'), '{"format": 1,');
    expect(() => readManifest(dir)).toThrow(/manifest\.json: is not valid JSON\. Restore it from git/);
  });

  it('throws one line naming the file and field when it does not match its format', () => {
    writeFileSync(join(dir, 'manifest.json'), '{"format": 1, "synthetic": "no", "datasets": {}}');
    expect(() => readManifest(dir)).toThrow(/manifest\.json: does not match its format: synthetic: /);
  });
});

describe(listSnapshotDates, () => {
  it('lists the dates of the snapshots in the manifest, ascending', async () => {
    await writeManifest(
      dir,
      manifest({ 'app-rankings': ['app-rankings/2026-05-02.json', 'app-rankings/2026-05-01.json'] }),
    );
    expect(listSnapshotDates(dir, 'app-rankings')).toEqual(['2026-05-01', '2026-05-02']);
    expect(listSnapshotDates(dir, 'benchmarks')).toEqual([]);
  });
});

describe(readLatestSnapshot, () => {
  it('reads the newest listed snapshot, or null when there is none', async () => {
    expect(readLatestSnapshot(dir, 'app-rankings')).toBeNull();
    await writeSnapshot(dir, snapshot('2026-05-01'));
    await writeSnapshot(dir, snapshot('2026-05-02'));
    await writeManifest(
      dir,
      manifest({ 'app-rankings': ['app-rankings/2026-05-01.json', 'app-rankings/2026-05-02.json'] }),
    );
    expect(readLatestSnapshot(dir, 'app-rankings')?.date).toBe('2026-05-02');
    expect(readSnapshot(dir, 'app-rankings', '2026-05-01')?.date).toBe('2026-05-01');
    expect(readSnapshot(dir, 'app-rankings', '2026-04-01')).toBeNull();
  });
});

describe(snapshotBody, () => {
  it('parses the stored body under a key, keeping additive fields, and gives null for a missing key', () => {
    const body = snapshotBody(snapshot('2026-05-01'), 'popular/all', AppRankingsResponseSchema);
    expect(body?.data[0]?.app_name).toBe('<b>Cline</b>');
    expect(body?.data[0]?.['icon']).toBe('x');
    expect(snapshotBody(snapshot('2026-05-01'), 'trending/all', AppRankingsResponseSchema)).toBeNull();
  });

  it('throws one line naming the snapshot, key and field when a stored body no longer parses', () => {
    const broken: Snapshot = {
      ...snapshot('2026-05-01'),
      responses: [{ key: 'popular/all', query: {}, body: { data: [{}], meta: {} } }],
    };
    expect(() => snapshotBody(broken, 'popular/all', AppRankingsResponseSchema)).toThrow(
      /^app-rankings\/2026-05-01 popular\/all: data\.0\.rank: /,
    );
  });
});

describe('a file on disk', () => {
  it('is read with the schema of its kind', () => {
    mkdirSync(join(dir, 'benchmarks'));
    writeFileSync(join(dir, 'benchmarks', '2026-05-01.json'), '{"dataset": "benchmarks"}');
    expect(() => readSnapshot(dir, 'benchmarks', '2026-05-01')).toThrow(
      /2026-05-01\.json: does not match its format: date: /,
    );
  });
});
