import { describe, expect, it } from 'vitest';
import { parseWith } from '../../../src/lib/api/parse.ts';
import {
  type TaskClassificationsResponse,
  TaskClassificationsResponseSchema,
} from '../../../src/lib/api/task-classifications.ts';
import { taskClassifications, toShares } from '../../../src/mock/task-classifications.ts';
import { WORLD_MODELS } from '../../../src/mock/world-models.ts';
import { call, refusal, YESTERDAY } from '../../fakes/mock-harness.ts';

function tasks(query: Record<string, string> = {}, now?: Date): TaskClassificationsResponse {
  const body = call(taskClassifications, query, now ? { now } : {});
  return parseWith(TaskClassificationsResponseSchema, body, 'task-classifications response');
}

const total = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe(toShares, () => {
  it.each([
    [
      [1, 1, 2],
      [0.25, 0.25, 0.5],
    ],
    [
      [1, 1, 1],
      [0.333334, 0.333333, 0.333333],
    ], // the first of equal largest shares takes the drift
    [
      [0, 0],
      [0, 0],
    ],
    [[5], [1]],
  ])('%o -> %o', (weights, shares) => {
    expect(toShares(weights)).toEqual(shares);
  });

  it('sums to 1 within 1e-9 for awkward weights, every share with at most 6 decimals', () => {
    const weights = Array.from({ length: 25 }, (_, i) => Math.PI * (i + 1) ** 1.7);
    const shares = toShares(weights);
    expect(Math.abs(total(shares) - 1)).toBeLessThan(1e-9);
    expect(shares.every((s) => Math.abs(s * 1e6 - Math.round(s * 1e6)) < 1e-6)).toBe(true);
  });
});

describe(taskClassifications, () => {
  const body = tasks();
  const { classifications, macro_categories: macros } = body.data;

  it('covers the 7 days ending yesterday, with the marker in data', () => {
    expect(body.data.window_days).toBe(7);
    expect(body.data.as_of).toBe(YESTERDAY);
    expect(body.data['synthetic']).toBe(true);
    expect(tasks({ window: '7d' })).toEqual(body);
  });

  it('lists 20–30 tags with display names, sorted by usage share', () => {
    expect(classifications.length).toBeGreaterThanOrEqual(20);
    expect(classifications.length).toBeLessThanOrEqual(30);
    expect(classifications.find((c) => c.tag === 'code:general_impl')?.display_name).toBe('Code Generation');
    const usage = classifications.map((c) => c.usage_share);
    expect(usage).toEqual(usage.toSorted((a, b) => b - a));
  });

  it('has usage and token shares summing to 1 across classifications', () => {
    expect(Math.abs(total(classifications.map((c) => c.usage_share)) - 1)).toBeLessThan(1e-9);
    expect(Math.abs(total(classifications.map((c) => c.token_share)) - 1)).toBeLessThan(1e-9);
  });

  it('has category shares summing to 1 within each macro-category', () => {
    for (const { key } of macros) {
      const members = classifications.filter((c) => c.macro_category === key);
      expect(members.length, key).toBeGreaterThan(2);
      expect(Math.abs(total(members.map((c) => c.category_usage_share)) - 1)).toBeLessThan(1e-9);
      expect(Math.abs(total(members.map((c) => c.category_token_share)) - 1)).toBeLessThan(1e-9);
    }
  });

  it('gives the four macro-categories the sums of their classifications', () => {
    expect(macros.map((m) => [m.key, m.label])).toEqual([
      ['code', 'Code'],
      ['data', 'Data'],
      ['agent', 'Agent'],
      ['general', 'General'],
    ]);
    for (const macro of macros) {
      const members = classifications.filter((c) => c.macro_category === macro.key);
      expect(Math.abs(macro.usage_share - total(members.map((c) => c.usage_share)))).toBeLessThan(1e-9);
      expect(Math.abs(macro.token_share - total(members.map((c) => c.token_share)))).toBeLessThan(1e-9);
    }
  });

  it('lists at most 8 models per tag by request share, shares summing to at most 1', () => {
    const bases = new Set(WORLD_MODELS.map((m) => m.base));
    for (const c of classifications) {
      expect(c.models.length).toBeGreaterThan(0);
      expect(c.models.length).toBeLessThanOrEqual(8);
      const usage = c.models.map((m) => m.tag_usage_share);
      expect(usage).toEqual(usage.toSorted((a, b) => b - a));
      expect(total(usage)).toBeLessThanOrEqual(1);
      expect(total(c.models.map((m) => m.tag_token_share))).toBeLessThanOrEqual(1);
      expect(c.models.every((m) => bases.has(m.id))).toBe(true);
    }
  });

  it('favours roleplay models for the roleplay tag and coding models for code generation', () => {
    const traitsOf = new Map(WORLD_MODELS.map((m) => [m.base, m.traits]));
    const share = (tag: string, trait: 'rp' | 'code') =>
      classifications.find((c) => c.tag === tag)?.models.filter((m) => traitsOf.get(m.id)?.includes(trait)).length ?? 0;
    expect(share('general:roleplay', 'rp')).toBeGreaterThanOrEqual(4);
    expect(share('code:general_impl', 'code')).toBeGreaterThanOrEqual(6);
  });

  it('drifts slowly from one day to the next', () => {
    const next = tasks({}, new Date('2026-05-12T12:00:00Z')).data.classifications;
    const shareOf = (tag: string) => next.find((c) => c.tag === tag)?.usage_share ?? Number.NaN;
    const moves = classifications.map((c) => Math.abs(c.usage_share - shareOf(c.tag)));
    expect(Math.max(...moves)).toBeGreaterThan(0);
    expect(Math.max(...moves)).toBeLessThan(0.02);
  });

  it.each([['30d'], ['1d'], ['7']])('refuses window=%s with a 400', (window) => {
    expect(refusal(taskClassifications, { window })).toMatch(/window must be one of 7d/);
  });
});
