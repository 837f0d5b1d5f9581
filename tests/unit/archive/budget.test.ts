import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBudget, toBudget, toPacerState, writeBudget } from '../../../src/lib/archive/budget.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-budget-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe(toPacerState, () => {
  it('starts from zero without a budget file', () => {
    expect(toPacerState(null, '2026-05-11')).toEqual({ day: '2026-05-11', requestsToday: 0, recent: [] });
  });

  it('carries the count over on the same day and resets it on another, keeping recent send times', () => {
    const budget = { day: '2026-05-11', requests_today: 42, recent: ['2026-05-11T23:59:30.000Z'] };
    expect(toPacerState(budget, '2026-05-11').requestsToday).toBe(42);
    expect(toPacerState(budget, '2026-05-12')).toEqual({
      day: '2026-05-12',
      requestsToday: 0,
      recent: [Date.parse('2026-05-11T23:59:30.000Z')],
    });
  });
});

describe(writeBudget, () => {
  it('round-trips through budget.json as sorted JSON', async () => {
    const state = { day: '2026-05-11', requestsToday: 3, recent: [Date.parse('2026-05-11T10:00:00Z')] };
    await writeBudget(dir, toBudget(state));
    expect(readBudget(dir)).toEqual({ day: '2026-05-11', requests_today: 3, recent: ['2026-05-11T10:00:00.000Z'] });
    expect(readFileSync(join(dir, 'budget.json'), 'utf8')).toBe(
      '{\n  "day": "2026-05-11",\n  "recent": [\n    "2026-05-11T10:00:00.000Z"\n  ],\n  "requests_today": 3\n}\n',
    );
    expect(toPacerState(readBudget(dir), '2026-05-11')).toEqual(state);
  });
});
