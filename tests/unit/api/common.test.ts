import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../../src/lib/api/common.ts';

describe(isCalendarDate, () => {
  it.each([
    ['2026-02-28', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['', false],
  ])('%s -> %s', (input, expected) => {
    expect(isCalendarDate(input)).toBe(expected);
  });
});
