import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  it("takes the run day's count, zero for a day not seen, keeping recent times", () => {
    const budget = { days: { '2026-05-11': 42 }, recent: ['2026-05-11T23:59:30.000Z'] };
    expect(toPacerState(budget, '2026-05-11').requestsToday).toBe(42);
    expect(toPacerState(budget, '2026-05-12')).toEqual({
      day: '2026-05-12',
      requestsToday: 0,
      recent: [Date.parse('2026-05-11T23:59:30.000Z')],
    });
  });
});

describe(toBudget, () => {
  it('keeps the count of a later day when a run is dated a day back', () => {
    const previous = { days: { '2026-11-20': 100 }, recent: [] };
    const budget = toBudget({ day: '2026-11-19', requestsToday: 2, recent: [] }, previous);
    expect(budget.days).toEqual({ '2026-11-19': 2, '2026-11-20': 100 });
    expect(toPacerState(budget, '2026-11-20').requestsToday).toBe(100);
  });

  it('keeps the newest day seen and the one before it, and forgets older days', () => {
    const previous = { days: { '2026-11-17': 5, '2026-11-18': 7, '2026-11-19': 9 }, recent: [] };
    expect(toBudget({ day: '2026-11-20', requestsToday: 1, recent: [] }, previous).days).toEqual({
      '2026-11-19': 9,
      '2026-11-20': 1,
    });
  });

  it("always keeps the run's own day, however far back it is dated (a simulation)", () => {
    const previous = { days: { '2026-11-20': 100 }, recent: [] };
    expect(toBudget({ day: '2026-01-05', requestsToday: 3, recent: [] }, previous).days).toEqual({
      '2026-01-05': 3,
      '2026-11-20': 100,
    });
  });
});

describe(readBudget, () => {
  it('reads the one-day budget.json of older archives as that day', () => {
    writeFileSync(
      join(dir, 'budget.json'),
      JSON.stringify({ day: '2026-05-11', requests_today: 440, recent: ['2026-05-11T10:00:00.000Z'] }),
    );
    expect(readBudget(dir)).toEqual({ days: { '2026-05-11': 440 }, recent: ['2026-05-11T10:00:00.000Z'] });
  });
});

describe(writeBudget, () => {
  it('round-trips through budget.json as sorted JSON', async () => {
    const state = { day: '2026-05-11', requestsToday: 3, recent: [Date.parse('2026-05-11T10:00:00Z')] };
    await writeBudget(dir, toBudget(state));
    expect(readBudget(dir)).toEqual({ days: { '2026-05-11': 3 }, recent: ['2026-05-11T10:00:00.000Z'] });
    expect(readFileSync(join(dir, 'budget.json'), 'utf8')).toBe(
      '{\n  "days": {\n    "2026-05-11": 3\n  },\n  "recent": [\n    "2026-05-11T10:00:00.000Z"\n  ]\n}\n',
    );
    expect(toPacerState(readBudget(dir), '2026-05-11')).toEqual(state);
  });
});
