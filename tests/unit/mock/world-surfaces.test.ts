import { describe, expect, it } from 'vitest';
import { CONTEXT_BUCKETS } from '../../../src/lib/api/rankings-views.ts';
import { WORLD_MODELS } from '../../../src/mock/world-models.ts';
import {
  contextPpm,
  contextSlice,
  IMAGE_OUTPUT_MODELS,
  imageOutputTotalsOn,
  takesInput,
  toolCallingPpm,
  toParts,
} from '../../../src/mock/world-surfaces.ts';

const slug = (s: string) => ({ slug: s, traits: [] });

describe(takesInput, () => {
  it.each([
    ['openai/gpt-4o-2024-05-13', 'image', true],
    ['google/gemini-2.5-flash', 'audio', true],
    ['anthropic/claude-4-sonnet-20250522', 'audio', false],
    ['gryphe/mythomax-l2-13b', 'image', false],
  ] as const)('%s takes %s input: %s', (model, modality, expected) => {
    expect(takesInput(slug(model), modality)).toBe(expected);
  });
});

describe(imageOutputTotalsOn, () => {
  it('counts tokens only from launch and until retirement', () => {
    const before = imageOutputTotalsOn('2025-08-01');
    expect(before.every((t) => t.tokens === 0n)).toBe(true);
    const later = new Map(imageOutputTotalsOn('2026-04-01').map((t) => [t.slug, t.tokens]));
    expect(later.get('google/gemini-2.5-flash-image')).toBeGreaterThan(0n);
    expect(later.get('google/gemini-2.5-flash-image-preview')).toBe(0n);
    expect([...later.keys()]).toEqual(IMAGE_OUTPUT_MODELS.map((m) => m.slug));
  });
});

describe(toolCallingPpm, () => {
  it('is highest for agents and zero for pure role-play models', () => {
    const agent = WORLD_MODELS.find((m) => m.traits.join() === 'agent');
    const roleplay = WORLD_MODELS.find((m) => m.traits.join() === 'rp');
    if (!agent || !roleplay) throw new Error('catalogue lacks an agent or a role-play model');
    expect(toolCallingPpm(agent, '2026-04-13')).toBeGreaterThan(100_000);
    expect(toolCallingPpm(roleplay, '2026-04-13')).toBe(0);
  });
});

describe(toParts, () => {
  it.each([
    [[1, 1, 1], 10, [4, 3, 3]],
    [[0, 2, 1], 1000, [0, 667, 333]],
    [[0, 0], 5, [5, 0]],
  ])('splits %j of %i into whole parts %j', (weights, total, parts) => {
    expect(toParts(weights, total)).toEqual(parts);
  });
});

describe(contextPpm, () => {
  it('sums to a million and gives nothing past the model’s context window', () => {
    const short = contextPpm(slug('gryphe/mythomax-l2-13b'), '2026-04-13');
    expect(short.reduce((a, b) => a + b, 0)).toBe(1_000_000);
    expect(short.slice(2)).toEqual([0, 0, 0]);
    expect(contextPpm(slug('meta-llama/llama-4-scout-17b-16e-instruct'), '2026-04-13')[4]).toBeGreaterThan(0);
  });

  it('shifts towards longer contexts over time', () => {
    const coder = { slug: 'anthropic/claude-4-sonnet-20250522', traits: ['code', 'agent'] as const };
    const [early, late] = [contextPpm(coder, '2025-06-02'), contextPpm(coder, '2026-10-05')];
    expect(late[3] ?? 0).toBeGreaterThan(early[3] ?? 0);
  });
});

describe(contextSlice, () => {
  it('splits a total exactly: the five buckets always add back up to it', () => {
    const ppm = contextPpm(slug('openai/gpt-4o-2024-05-13'), '2026-04-13');
    for (const total of [0n, 1n, 999_999n, 9_007_199_254_740_993n]) {
      const parts = CONTEXT_BUCKETS.map((bucket) => contextSlice(total, ppm, bucket));
      expect(parts.reduce((a, b) => a + b, 0n)).toBe(total);
    }
  });
});
