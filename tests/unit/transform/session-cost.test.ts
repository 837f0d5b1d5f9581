import { describe, expect, it } from 'vitest';
import type { SessionCostCell } from '../../../src/lib/api/session-cost.ts';
import {
  exactUsd,
  formatUsd,
  toCostHistory,
  toCostRows,
  toExtremes,
  toHarnesses,
  toHarnessSlug,
  toModels,
  toScoredModels,
  windowPhrase,
} from '../../../src/lib/transform/session-cost.ts';

function cell(app: string, model: string, range: string, usd: number, name = app.toUpperCase()): SessionCostCell {
  return { app_name: name, app_slug: app, model_permaslug: model, turn_range: range, median_session_cost_usd: usd };
}

describe(formatUsd, () => {
  it.each([
    [0.0285, '$0.03'],
    [1234.5, '$1,234.50'],
    [0.00046, '$0.00046'],
    [0.0004, '$0.0004'],
    [0.01, '$0.01'],
    [0, '$0.00'],
  ])('writes %d as %s', (value, expected) => {
    expect(formatUsd(value)).toBe(expected);
  });
});

describe(exactUsd, () => {
  it('keeps every archived digit', () => {
    expect(exactUsd(0.0285)).toBe('$0.0285');
    expect(exactUsd(17.4766)).toBe('$17.4766');
  });
});

describe(windowPhrase, () => {
  it('names the days and the end date, or only the end without a length', () => {
    expect(windowPhrase(7, '2026-11-15')).toBe('7 days to 15 Nov 2026');
    expect(windowPhrase(1, '2026-11-15')).toBe('1 day to 15 Nov 2026');
    expect(windowPhrase(null, '2026-11-15')).toBe('the window ending 15 Nov 2026');
  });
});

describe(toHarnessSlug, () => {
  it('keeps a plain slug', () => {
    expect(toHarnessSlug('roo-code')).toBe('roo-code');
  });

  it('turns any other slug into a readable, distinct, path-safe one', () => {
    const odd = ['Roo/Code', '../etc', 'roo code', 'x'.repeat(500), '\u202Eevil'];
    const slugs = odd.map(toHarnessSlug);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9-]{1,40}~[0-9a-f]{8}$|^harness~[0-9a-f]{8}$/);
    expect(new Set(slugs).size).toBe(odd.length);
    expect(toHarnessSlug('Roo/Code')).toMatch(/^roo-code~/);
  });
});

describe(toHarnesses, () => {
  it('lists each app slug once, by name, with the first name seen', () => {
    const harnesses = toHarnesses([
      cell('b', 'm', '1-turn', 1, 'beta'),
      cell('a', 'm', '1-turn', 1, 'Alpha'),
      cell('b', 'n', '1-turn', 1, 'Other'),
    ]);
    expect(harnesses.map((h) => [h.appSlug, h.name])).toEqual([
      ['a', 'Alpha'],
      ['b', 'beta'],
    ]);
  });
});

describe(toModels, () => {
  it('lists each model once, by display name', () => {
    const names: Record<string, string> = { 'x/b': 'Alpha', 'x/a': 'Zeta' };
    const cells = [cell('h', 'x/a', '1-turn', 1), cell('h', 'x/b', '1-turn', 1), cell('g', 'x/a', '1-turn', 1)];
    expect(toModels(cells, (slug) => names[slug] ?? slug)).toEqual(['x/b', 'x/a']);
  });
});

describe(toCostRows, () => {
  const cells = [
    cell('h', 'dear', '10-49-turns', 3),
    cell('h', 'dear', '1-turn', 0.2),
    cell('h', 'cheap', '10-49-turns', 0.5),
    cell('h', 'short', '1-turn', 0.01),
    cell('h', 'cheap', 'other-range', 99),
  ];

  it('keeps each median as archived, cheapest at 10–49 turns first and rows without it last', () => {
    const rows = toCostRows(
      cells,
      (c) => c.model_permaslug,
      (key) => key,
    );
    expect(rows).toEqual([
      { key: 'cheap', label: 'cheap', costs: { '10-49-turns': 0.5 } },
      { key: 'dear', label: 'dear', costs: { '10-49-turns': 3, '1-turn': 0.2 } },
      { key: 'short', label: 'short', costs: { '1-turn': 0.01 } },
    ]);
  });
});

describe(toExtremes, () => {
  it('finds the cheapest and dearest cell, never a pooled value', () => {
    const cells = [cell('a', 'm', '1-turn', 2), cell('b', 'm', '1-turn', 0.5), cell('c', 'm', '1-turn', 7)];
    expect(toExtremes(cells)).toEqual({ min: cells[1], max: cells[2] });
    expect(toExtremes([])).toBeNull();
  });
});

describe(toScoredModels, () => {
  it('keeps models with a score, highest first, each with its cells cheapest first', () => {
    const cells = [
      cell('a', 'm1', '1-turn', 2),
      cell('b', 'm1', '1-turn', 1),
      cell('a', 'm2', '1-turn', 3),
      cell('a', 'm3', '1-turn', 1),
    ];
    const scores: Record<string, number> = { m1: 40, m2: 60 };
    const { models, unscored } = toScoredModels(
      cells,
      (slug) => scores[slug] ?? null,
      (slug) => slug,
    );
    expect(models.map((m) => [m.permaslug, m.score, m.cells.map((c) => c.median_session_cost_usd)])).toEqual([
      ['m2', 60, [3]],
      ['m1', 40, [1, 2]],
    ]);
    expect(unscored).toEqual(['m3']);
  });
});

describe(toCostHistory, () => {
  const windows = [
    { windowEndDate: '2026-10-04', windowDays: 7, cells: [cell('a', 'm', '1-turn', 1), cell('b', 'm', '1-turn', 5)] },
    { windowEndDate: '2026-10-11', windowDays: 7, cells: [cell('a', 'm', '1-turn', 1.5)] },
    // Two windows missing before this one.
    {
      windowEndDate: '2026-11-01',
      windowDays: 7,
      cells: [cell('a', 'm', '1-turn', 2, 'A renamed'), cell('a', 'x', '1-turn', 9)],
    },
  ];

  it('gives a line per harness and session length with a value per window, null where none was published', () => {
    const history = toCostHistory(windows, 'm');
    expect(history.columns).toEqual([
      { date: '2026-10-04', gapBefore: false },
      { date: '2026-10-11', gapBefore: false },
      { date: '2026-11-01', gapBefore: true },
    ]);
    expect(history.harnesses.map((h) => [h.appSlug, h.name])).toEqual([
      ['a', 'A renamed'],
      ['b', 'B'],
    ]);
    expect(history.series).toEqual([
      { appSlug: 'a', range: '1-turn', values: [1, 1.5, 2] },
      { appSlug: 'b', range: '1-turn', values: [5, null, null] },
    ]);
  });
});
