import { describe, expect, it } from 'vitest';
import { dataAsOfLine, formatAsOf, frozenLine } from '../../../src/lib/embed/labels.ts';

describe(formatAsOf, () => {
  it.each([
    ['2026-11-20T02:00:00Z', '20 Nov 2026, 02:00 UTC'],
    ['2026-11-20T12:00:00.000Z', '20 Nov 2026, 12:00 UTC'],
    ['2026-11-19', '19 Nov 2026'],
    ['yesterday', 'yesterday'],
  ])('%s -> %s', (asOf, expected) => {
    expect(formatAsOf(asOf)).toBe(expected);
  });
});

describe(frozenLine, () => {
  it('says the frozen date and the data date', () => {
    expect(frozenLine('2026-11-20', '2026-11-20T02:00:00Z')).toBe(
      'Frozen on 20 Nov 2026 — data as of 20 Nov 2026, 02:00 UTC.',
    );
  });

  it('dates a weekly chart by the last week drawn', () => {
    expect(frozenLine('2026-11-15', '2026-11-17T02:00:00Z', true)).toBe(
      'Frozen with the weeks through 15 Nov 2026 — data as of 17 Nov 2026, 02:00 UTC.',
    );
  });
});

describe(dataAsOfLine, () => {
  it('says the data date', () => {
    expect(dataAsOfLine('2026-11-19')).toBe('Data as of 19 Nov 2026.');
  });
});
