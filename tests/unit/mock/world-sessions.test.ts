import { describe, expect, it } from 'vitest';
import {
  appSlugOf,
  HARNESSES,
  publishedAt,
  publishedWindowEnd,
  sessionCellsOf,
} from '../../../src/mock/world-sessions.ts';

describe(appSlugOf, () => {
  it.each([
    ['Roo Code', 'roo-code'],
    ['opencode', 'opencode'],
    ['  Factory Droid! ', 'factory-droid'],
  ])('%j -> %s', (name, slug) => {
    expect(appSlugOf(name)).toBe(slug);
  });
});

describe('HARNESSES', () => {
  it('are a dozen coding agents and tools with distinct slugs', () => {
    expect(HARNESSES).toHaveLength(12);
    expect(new Set(HARNESSES.map((h) => h.slug)).size).toBe(12);
    expect(HARNESSES.map((h) => h.app.name)).toContain('Cline');
  });
});

describe(publishedWindowEnd, () => {
  it.each([
    ['2026-03-02T05:59:59Z', null],
    ['2026-03-02T06:00:00Z', '2026-03-01'],
    ['2026-11-16T03:00:00Z', '2026-11-08'],
    ['2026-11-17T03:00:00Z', '2026-11-15'],
    ['2026-11-22T23:59:00Z', '2026-11-15'],
  ])('at %s: %s', (iso, end) => {
    expect(publishedWindowEnd(new Date(iso))).toBe(end);
  });
});

describe(publishedAt, () => {
  it('is the Monday after the window, 06:00 UTC', () => {
    expect(publishedAt('2026-05-10').toISOString()).toBe('2026-05-11T06:00:00.000Z');
  });
});

describe(sessionCellsOf, () => {
  it('is the same for a window however often it is asked, and changes from week to week', () => {
    expect(sessionCellsOf('2026-05-10')).toEqual(sessionCellsOf('2026-05-10'));
    const medians = (end: string) => sessionCellsOf(end).map((c) => c.medianUsd);
    expect(medians('2026-05-10')).not.toEqual(medians('2026-05-03'));
  });
});
