import { describe, expect, it } from 'vitest';
import {
  describeView,
  exclusionProblem,
  isSampledQuery,
  newerParamsOf,
  resolvedPeriod,
} from '../../../src/lib/api/rankings-views.ts';

describe(newerParamsOf, () => {
  it('lists the newer parameters given, in the order they are sent, ignoring undefined ones', () => {
    expect(newerParamsOf({ modality: 'text', start_date: '2026-05-01', period: 'week', category: undefined })).toEqual([
      'period',
      'modality',
    ]);
    expect(newerParamsOf({ start_date: '2026-05-01', end_date: '2026-05-02' })).toEqual([]);
  });
});

describe(resolvedPeriod, () => {
  it.each([
    [{}, 'day'],
    [{ modality: 'text' }, 'day'],
    [{ category: 'legal' }, 'week'],
    [{ language_type: 'natural', period: 'month' }, 'month'],
  ] as const)('%o -> %s', (query, period) => {
    expect(resolvedPeriod(query)).toBe(period);
    expect(isSampledQuery(query)).toBe(period !== 'day' && !('modality' in query));
  });
});

describe(exclusionProblem, () => {
  it.each([
    [{ category: 'legal', language_type: 'natural' }, 'category cannot be combined with language_type'],
    [{ category: 'legal', modality: 'image' }, 'category cannot be combined with modality'],
    [{ language_type: 'natural', context_bucket: '1K' }, 'language_type cannot be combined with context_bucket'],
    [{ category: 'legal', period: 'day' }, 'period=day is not available with category'],
  ])('refuses %o', (query, reason) => {
    expect(exclusionProblem(query)).toMatch(new RegExp(`^${reason}`));
  });

  it.each([
    [{}],
    [{ period: 'month' }],
    [{ category: 'legal', period: 'month' }],
    [{ modality: 'image', context_bucket: '1M', period: 'day' }],
  ])('accepts %o', (query) => {
    expect(exclusionProblem(query)).toBeNull();
  });
});

describe(describeView, () => {
  it.each([
    [{ period: 'week', category: 'marketing/seo', start_date: '2026-05-04' }, 'category=marketing/seo'],
    [{ period: 'week', modality: 'image', context_bucket: '1M' }, 'modality=image, context_bucket=1M'],
    [{ period: 'month' }, 'period=month'],
  ])('names %o as %s', (query, text) => {
    expect(describeView(query)).toBe(text);
  });
});
