import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionCostWindow } from '../../../src/lib/archive/format.ts';
import { toKeptWindow, writeSessionCostWindow } from '../../../src/lib/archive/session-cost.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-session-cost-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A window as a run on `fetchedAt` would build it, with `as_of` moving every night as the API's may. */
function window(fetchedAt: string, usd = 0.5, synthetic = false): SessionCostWindow {
  return {
    dataset: 'session-cost',
    window_end_date: '2026-05-10',
    window_days: 7,
    fetched_at: fetchedAt,
    synthetic,
    meta: { as_of: fetchedAt, version: 'v1', window_days: 7, window_end_date: '2026-05-10' },
    data: [
      {
        app_name: 'Cline',
        app_slug: 'cline',
        model_permaslug: 'openai/gpt-4o',
        turn_range: '10-49-turns',
        median_session_cost_usd: usd,
      },
    ],
  };
}

describe(toKeptWindow, () => {
  it.each([
    { when: 'nothing is archived', archived: null, next: window('2026-05-12'), kept: 'next' },
    { when: 'the cells are the same', archived: window('2026-05-11'), next: window('2026-05-12'), kept: 'archived' },
    { when: 'a median changed', archived: window('2026-05-11'), next: window('2026-05-12', 0.51), kept: 'next' },
    {
      when: 'the synthetic flag differs',
      archived: window('2026-05-11'),
      next: window('2026-05-12', 0.5, true),
      kept: 'next',
    },
  ])('gives the $kept window when $when', ({ archived, next, kept }) => {
    expect(toKeptWindow(archived, next)).toBe(kept === 'next' ? next : archived);
  });
});

describe(writeSessionCostWindow, () => {
  it('writes a new window, then keeps its bytes when a later night sees the same cells', async () => {
    expect(await writeSessionCostWindow(dir, window('2026-05-11T03:00:00Z'))).toEqual(['session-cost/2026-05-10.json']);
    const path = join(dir, 'session-cost', '2026-05-10.json');
    const first = readFileSync(path, 'utf8');
    expect(await writeSessionCostWindow(dir, window('2026-05-12T03:00:00Z'))).toEqual([]);
    expect(readFileSync(path, 'utf8')).toBe(first);
  });

  it('rewrites the window when the API republished it with other medians', async () => {
    await writeSessionCostWindow(dir, window('2026-05-11T03:00:00Z'));
    expect(await writeSessionCostWindow(dir, window('2026-05-12T03:00:00Z', 0.75))).toEqual([
      'session-cost/2026-05-10.json',
    ]);
    const stored: unknown = JSON.parse(readFileSync(join(dir, 'session-cost', '2026-05-10.json'), 'utf8'));
    expect(stored).toMatchObject({ fetched_at: '2026-05-12T03:00:00Z', data: [{ median_session_cost_usd: 0.75 }] });
  });
});
