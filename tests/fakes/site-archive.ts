/**
 * A whole archive for tests of the figure layer: every dataset fetched by the real client from the local Data API
 * (in-process, relaxed, instant sleeps) on a pinned day, into a temporary directory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATASETS } from '../../src/lib/archive/format.ts';
import { runFetch } from '../../src/lib/fetch/run.ts';
import { parseFaults } from '../../src/mock/faults.ts';
import { startMockServer } from '../../src/mock/server.ts';

const KEY = 'sk-or-fixture-site-archive';

/** Fills a new temporary directory with every dataset as a run on `day` would (`faults`: the server's); returns it. */
export async function buildSiteArchive(day: string, faults: readonly string[] = []): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-site-'));
  const now = () => new Date(`${day}T12:00:00Z`);
  const mock = await startMockServer({ port: 0, key: KEY, relaxed: true, now, faults: parseFaults(faults) });
  try {
    await runFetch(
      {
        baseUrl: mock.url,
        apiKey: KEY,
        dataDir: dir,
        datasets: [...DATASETS],
        dryRun: false,
        relaxedPacing: true,
        today: day,
      },
      { clock: now, sleep: () => Promise.resolve() },
    );
  } finally {
    await mock.close();
  }
  return dir;
}

/** Removes an archive made by {@link buildSiteArchive}. */
export function removeSiteArchive(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
