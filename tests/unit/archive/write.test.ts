import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Manifest } from '../../../src/lib/archive/format.ts';
import { readManifest } from '../../../src/lib/archive/read.ts';
import type { WriteFs } from '../../../src/lib/archive/write-atomic.ts';
import {
  compactArchive,
  newestSnapshotDate,
  toCompacted,
  withoutFiles,
  withDatasetEntry,
  writeSnapshot,
  writeViewPartitions,
} from '../../../src/lib/archive/write.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-write-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const entry = (files: string[]) => ({ fetched_at: 'f', as_of: 'a', files });

describe(withDatasetEntry, () => {
  it("starts a manifest with the data's synthetic flag and unions file lists later", () => {
    const first = withDatasetEntry(null, 'benchmarks', entry(['benchmarks/2026-05-01.json']), true);
    const second = withDatasetEntry(
      first,
      'benchmarks',
      entry(['benchmarks/2026-05-02.json', 'benchmarks/2026-05-01.json']),
      true,
    );
    expect(second).toEqual({
      format: 1,
      synthetic: true,
      datasets: { benchmarks: entry(['benchmarks/2026-05-01.json', 'benchmarks/2026-05-02.json']) },
    });
  });

  it('lays the days views were checked through over the old ones, keeping views this run did not fetch', () => {
    const checked = (days: Record<string, string>) => ({ ...entry([]), checked_through: days });
    const days = { audio: '2026-05-10', text: '2026-05-10' };
    const first = withDatasetEntry(null, 'rankings-modality', checked(days), true);
    const second = withDatasetEntry(first, 'rankings-modality', checked({ audio: '2026-05-11' }), true);
    expect(second.datasets['rankings-modality']?.checked_through).toEqual({ audio: '2026-05-11', text: '2026-05-10' });
    const snapshot = withDatasetEntry(second, 'benchmarks', entry(['benchmarks/2026-05-11.json']), true);
    expect(Object.keys(snapshot.datasets.benchmarks ?? {})).not.toContain('checked_through');
  });
});

describe(toCompacted, () => {
  it('drops old snapshots by the retention rule and never a rankings partition', () => {
    const manifest: Manifest = {
      format: 1,
      synthetic: false,
      datasets: {
        'rankings-daily': entry(['rankings-daily/2020-01.json']),
        'task-classifications': entry(['task-classifications/2026-09-14.json', 'task-classifications/2026-09-15.json']),
      },
    };
    const { manifest: kept, dropped } = toCompacted(manifest, '2026-11-25');
    expect(dropped).toEqual(['task-classifications/2026-09-14.json']);
    expect(kept.datasets['task-classifications']?.files).toEqual(['task-classifications/2026-09-15.json']);
    expect(kept.datasets['rankings-daily']?.files).toEqual(['rankings-daily/2020-01.json']);
  });

  it("drops nothing for a run dated before the archive's newest snapshot", () => {
    const files = ['2062-11-20', '2026-09-14', '2026-09-15'].map((d) => `task-classifications/${d}.json`);
    const manifest: Manifest = { format: 1, synthetic: true, datasets: { 'task-classifications': entry(files) } };
    expect(toCompacted(manifest, '2026-11-25')).toEqual({ manifest, dropped: [] });
    expect(newestSnapshotDate(manifest)).toBe('2062-11-20');
  });
});

describe(withoutFiles, () => {
  it('takes files out of every dataset entry, keeping the entries', () => {
    const manifest: Manifest = {
      format: 1,
      synthetic: false,
      datasets: { benchmarks: entry(['benchmarks/2026-05-10.json', 'benchmarks/2026-05-11.json']) },
    };
    expect(withoutFiles(manifest, ['benchmarks/2026-05-10.json']).datasets.benchmarks).toEqual(
      entry(['benchmarks/2026-05-11.json']),
    );
  });
});

describe(compactArchive, () => {
  it('writes the smaller manifest before deleting, so the manifest never lists a missing file', async () => {
    const snapshot = (date: string) => ({
      dataset: 'benchmarks' as const,
      date,
      fetched_at: 'f',
      synthetic: false,
      responses: [],
    });
    await writeSnapshot(dir, snapshot('2026-09-14'));
    await writeSnapshot(dir, snapshot('2026-09-15'));
    const manifest: Manifest = {
      format: 1,
      synthetic: false,
      datasets: { benchmarks: entry(['benchmarks/2026-09-14.json', 'benchmarks/2026-09-15.json']) },
    };
    const order: string[] = [];
    const fs: WriteFs = {
      ...nodeFs,
      rename: async (from, to) => {
        order.push(`write ${to.slice(dir.length + 1)}`);
        await nodeFs.rename(from, to);
      },
      unlink: async (path) => {
        if (!path.endsWith('.tmp')) order.push(`delete ${path.slice(dir.length + 1)}`);
        await nodeFs.unlink(path);
      },
    };
    expect(await compactArchive(dir, manifest, '2026-11-25', fs)).toEqual(['benchmarks/2026-09-14.json']);
    expect(order).toEqual(['write manifest.json', `delete ${join('benchmarks', '2026-09-14.json')}`]);
    expect(existsSync(join(dir, 'benchmarks', '2026-09-14.json'))).toBe(false);
    expect(readManifest(dir)?.datasets.benchmarks?.files).toEqual(['benchmarks/2026-09-15.json']);
    expect(readFileSync(join(dir, 'manifest.json'), 'utf8').endsWith('}\n')).toBe(true);
  });

  it('writes nothing when nothing is dropped', async () => {
    const manifest: Manifest = {
      format: 1,
      synthetic: false,
      datasets: { benchmarks: entry(['benchmarks/2026-11-25.json']) },
    };
    expect(await compactArchive(dir, manifest, '2026-11-25')).toEqual([]);
    expect(existsSync(join(dir, 'manifest.json'))).toBe(false);
  });
});

describe(writeViewPartitions, () => {
  it('writes each view’s months under its folder, and keeps them through compaction', async () => {
    const partition = {
      dataset: 'rankings-context' as const,
      view: '100K',
      period: 'week' as const,
      estimate: false,
      month: '2025-01',
      synthetic: false,
      meta: { as_of: 'a', version: 'v1' as const, start_date: '2025-01-01', end_date: '2025-01-31' },
      data: [{ date: '2024-12-30', model_permaslug: 'm', total_tokens: '1' }],
    };
    expect(await writeViewPartitions(dir, [partition])).toEqual(['rankings-context/100K/2025-01.json']);
    expect(await writeViewPartitions(dir, [partition])).toEqual([]);
    const manifest: Manifest = {
      format: 1,
      synthetic: false,
      datasets: {
        'rankings-context': entry(['rankings-context/100K/2025-01.json']),
        'benchmarks-openrouter': entry([
          'benchmarks-openrouter/2026-09-14.json',
          'benchmarks-openrouter/2026-09-15.json',
        ]),
      },
    };
    const { manifest: kept, dropped } = toCompacted(manifest, '2026-11-25');
    expect(dropped).toEqual(['benchmarks-openrouter/2026-09-14.json']);
    expect(kept.datasets['rankings-context']).toEqual(manifest.datasets['rankings-context']);
  });
});
