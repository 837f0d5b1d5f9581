import { describe, expect, it } from 'vitest';
import { RANKINGS_CATEGORIES } from '../../../src/lib/api/rankings-views.ts';
import {
  categoryShare,
  categorySharesOf,
  languageSharesOf,
  sampledEstimate,
  UPSAMPLE_FACTOR,
} from '../../../src/mock/world-mixes.ts';
import { WORLD_MODELS, type WorldModel } from '../../../src/mock/world-models.ts';

const model = (slug: string): WorldModel => {
  const found = WORLD_MODELS.find((m) => m.slug === slug);
  if (!found) throw new Error(`no model ${slug}`);
  return found;
};
const CODER = model('anthropic/claude-4-sonnet-20250522');
const ROLEPLAY = model('gryphe/mythomax-l2-13b');
const WEEK = '2026-04-13';

describe(categorySharesOf, () => {
  it('gives one share per category, the direct ones summing to the classified part (under 0.85)', () => {
    const shares = categorySharesOf(CODER, WEEK);
    expect(shares).toHaveLength(RANKINGS_CATEGORIES.length);
    const direct = shares.filter((_, i) => RANKINGS_CATEGORIES[i] !== 'marketing/seo');
    const total = direct.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(0.5);
    expect(total).toBeLessThan(0.86);
  });

  it('keeps marketing/seo a part of marketing', () => {
    for (const m of WORLD_MODELS.slice(0, 40)) {
      expect(categoryShare(m, 'marketing/seo', WEEK)).toBeLessThan(categoryShare(m, 'marketing', WEEK));
    }
  });

  it('differs per model: coders lean to programming, role-play models to roleplay', () => {
    expect(categoryShare(CODER, 'programming', WEEK)).toBeGreaterThan(categoryShare(ROLEPLAY, 'programming', WEEK));
    expect(categoryShare(ROLEPLAY, 'roleplay', WEEK)).toBeGreaterThan(0.4);
  });

  it('drifts over time, but is the same for the same week', () => {
    const later = categorySharesOf(CODER, '2026-10-12');
    expect(later).not.toEqual(categorySharesOf(CODER, WEEK));
    expect(categorySharesOf(CODER, WEEK)).toEqual(categorySharesOf({ ...CODER }, WEEK));
  });
});

describe(languageSharesOf, () => {
  it('tags most traffic, coders mostly programming and role-play models mostly natural language', () => {
    const coder = languageSharesOf(CODER, WEEK);
    const roleplay = languageSharesOf(ROLEPLAY, WEEK);
    expect(coder.programming).toBeGreaterThan(roleplay.programming);
    expect(roleplay.natural).toBeGreaterThan(0.7);
    for (const shares of [coder, roleplay]) expect(shares.natural + shares.programming).toBeLessThanOrEqual(0.95);
  });
});

describe(sampledEstimate, () => {
  it('is zero without tokens or share, and whole units of the upsampling factor otherwise', () => {
    expect(sampledEstimate(0n, 0.5, 'x')).toBe(0n);
    expect(sampledEstimate(10_000_000n, 0, 'x')).toBe(0n);
    const estimate = sampledEstimate(10_000_000n, 0.5, 'seed');
    expect(estimate % BigInt(UPSAMPLE_FACTOR)).toBe(0n);
    expect(Number(estimate)).toBeGreaterThanOrEqual(0.88 * 5_000_000);
    expect(Number(estimate)).toBeLessThanOrEqual(1.12 * 5_000_000);
  });

  it('rounds a slice smaller than half a sampling unit to nothing', () => {
    expect(sampledEstimate(400n, 1, 'seed')).toBe(0n);
  });
});
