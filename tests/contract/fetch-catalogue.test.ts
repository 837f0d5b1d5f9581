/**
 * `npm run fetch --only models` and `--only session-cost` as processes against the local Data API: what they
 * archive, a server without the endpoints (the `legacy` fault) failing each with one line, and session cost with
 * no published snapshot writing nothing and saying so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readManifest, readModelCatalogue, readSessionCostWindows } from '../../src/lib/archive/read.ts';
import {
  archiveFiles,
  KEY,
  removeArchive,
  runFetchCli,
  tempArchive,
  TODAY,
  withMock,
} from '../fakes/contract-harness.ts';

let dir: string;
beforeEach(() => {
  dir = tempArchive();
});
afterEach(() => removeArchive(dir));

const withKey = { OPENROUTER_API_KEY: KEY };
const fetchOnly = (url: string, only: string, today = TODAY) =>
  runFetchCli(['--base-url', url, '--data-dir', dir, '--relaxed-pacing', '--today', today, '--only', only], withKey);

describe('npm run fetch --only models', () => {
  it('archives every listed model, non-text ones included, in one dated snapshot', () =>
    withMock({ relaxed: true }, async (mock) => {
      const run = await fetchOnly(mock.url, 'models');
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const catalogue = readModelCatalogue(dir);
      expect(catalogue).toMatchObject({ date: TODAY, synthetic: true });
      expect(catalogue?.models).toHaveLength(catalogue?.totalCount ?? -1);
      expect(catalogue?.models.some((m) => m.architecture.output_modalities.includes('embeddings'))).toBe(true);
      expect(catalogue?.models.find((m) => m.id === 'openai/gpt-4o')?.name).toBe('OpenAI: GPT-4o');
    }));

  it('fails with one line against a server without the endpoint, writing nothing', () =>
    withMock({ relaxed: true, faults: ['legacy'] }, async (mock) => {
      const run = await fetchOnly(mock.url, 'models');
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        `models (GET /models): HTTP 404 from ${mock.url}. This server may not support the newer model catalogue ` +
          'endpoint; the other datasets are unaffected.\n',
      );
      expect(archiveFiles(dir, { withBudget: false })).toEqual({});
    }));
});

describe('npm run fetch --only session-cost', () => {
  it('archives the window by its end date and keeps the file byte for byte on the next night of the week', async () => {
    const at = (day: string) => ({ relaxed: true, now: () => new Date(`${day}T03:00:00Z`) });
    const first = await withMock(at('2026-05-05'), (mock) => fetchOnly(mock.url, 'session-cost', '2026-05-05'));
    expect(first.code).toBe(0);
    const file = join(dir, 'session-cost', '2026-05-03.json');
    const bytes = readFileSync(file, 'utf8');
    const second = await withMock(at('2026-05-06'), (mock) => fetchOnly(mock.url, 'session-cost', '2026-05-06'));
    expect(second.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(bytes);
    expect(readSessionCostWindows(dir)).toHaveLength(1);
    expect(readSessionCostWindows(dir)[0]?.data.length).toBeGreaterThan(500); // two pages
  });

  it('writes nothing when no snapshot is published, and its last line says so', () =>
    withMock({ relaxed: true, sessionCostUnpublished: true }, async (mock) => {
      const run = await fetchOnly(mock.url, 'session-cost');
      expect(run.code).toBe(0);
      expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(
        /^Done: 1 requests planned and sent; 0 files written, .*\. session-cost: no snapshot published yet \(meta\.window_end_date is null\); nothing written\.$/,
      );
      expect(archiveFiles(dir, { withBudget: false })).toEqual({});
      expect(readManifest(dir)).toBeNull();
    }));

  it('fails with one line against a server without the dataset', () =>
    withMock({ relaxed: true, faults: ['legacy@session-cost'] }, async (mock) => {
      const run = await fetchOnly(mock.url, 'session-cost');
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        `session-cost (GET /datasets/session-cost): HTTP 404 from ${mock.url}. This server may not support the ` +
          'newer session-cost dataset; the other datasets are unaffected.\n',
      );
      expect(archiveFiles(dir, { withBudget: false })).toEqual({});
    }));
});
