import { describe, expect, it } from 'vitest';
import {
  authorOf,
  displayNameOf,
  fromPageSlug,
  toBaseSlug,
  toPageSlug,
} from '../../../src/lib/transform/model-slugs.ts';

describe(toBaseSlug, () => {
  it.each([
    ['openai/gpt-4o-2024-05-13', 'openai/gpt-4o'],
    ['openai/gpt-4o-2024-05-13:free', 'openai/gpt-4o'],
    ['anthropic/claude-4.5-sonnet-20250929', 'anthropic/claude-4.5-sonnet'],
    ['anthropic/claude-3.5-sonnet-20241022', 'anthropic/claude-3.5-sonnet'],
    ['google/gemini-2.5-flash', 'google/gemini-2.5-flash'],
    ['google/gemini-2.5-flash:thinking', 'google/gemini-2.5-flash'],
    ['other', 'other'],
    // short suffixes name distinct models, and impossible dates are part of the name
    ['deepseek/deepseek-chat-v3-0324', 'deepseek/deepseek-chat-v3-0324'],
    ['acme/model-2024-13-45', 'acme/model-2024-13-45'],
    ['acme/model-20241345', 'acme/model-20241345'],
  ])('%s -> %s', (input, expected) => expect(toBaseSlug(input)).toBe(expected));
});

describe(authorOf, () => {
  it.each([
    ['anthropic/claude-4.5-sonnet-20250929', 'anthropic'],
    ['meta-llama/llama-3.1-8b-instruct:free', 'meta-llama'],
    ['x-ai/grok-4', 'x-ai'],
    ['other', 'other'],
  ])('%s -> %s', (input, expected) => expect(authorOf(input)).toBe(expected));
});

describe(toPageSlug, () => {
  it.each([
    ['openai/gpt-4o-2024-05-13:free', 'openai_gpt-4o-2024-05-13~free'],
    ['google/gemini-2.5-flash', 'google_gemini-2.5-flash'],
    ['other', 'other'],
    ['Acme/Big Model', '~41636d652f426967204d6f64656c'],
  ])('%s -> %s', (input, expected) => expect(toPageSlug(input)).toBe(expected));

  it('yields only URL-safe characters without / or :', () => {
    for (const slug of ['a/b:c', 'Acme/Ünïcode model', 'x/<script>', 'a_b/c~d'])
      expect(toPageSlug(slug)).toMatch(/^[a-z0-9._~-]+$/);
  });

  it('gives distinct slugs distinct pages', () => {
    const slugs = ['a/b', 'a_b', 'a/b:c', 'a/b~c', 'a/b-c', 'A/b', '~a/b', 'x-ai/grok-4'];
    expect(new Set(slugs.map(toPageSlug)).size).toBe(slugs.length);
  });
});

describe(fromPageSlug, () => {
  it.each(['openai/gpt-4o-2024-05-13:free', 'x-ai/grok-4', 'other', 'Acme/Ünïcode model', 'a_b/c~d'])(
    'round-trips %s',
    (slug) => expect(fromPageSlug(toPageSlug(slug))).toBe(slug),
  );
});

describe(displayNameOf, () => {
  it.each([
    ['openai/gpt-4o-2024-05-13:free', 'gpt-4o-2024-05-13 (free)'],
    ['google/gemini-2.5-flash', 'gemini-2.5-flash'],
    ['other', 'Other'],
  ])('%s -> %s', (input, expected) => expect(displayNameOf(input)).toBe(expected));
});
