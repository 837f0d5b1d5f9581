import { describe, expect, it } from 'vitest';
import { moverPhrase } from '../../../../src/lib/figures/sections/models.ts';
import type { Mover } from '../../../../src/lib/transform/leaderboard-models.ts';

const MOVER: Mover = { key: 'a/x', share: 0.18, previousShare: 0.159, shareChange: 0.021, tokenChange: 0.5 };

describe(moverPhrase, () => {
  it('names the mover, its change and its share', () =>
    expect(moverPhrase(MOVER, () => 'GPT-5')).toBe('GPT-5, +2.1 pp to 18.0%'));

  it('bidi-isolates a right-to-left name', () =>
    expect(moverPhrase(MOVER, () => 'مساعد')).toBe('\u2068مساعد\u2069, +2.1 pp to 18.0%'));
});
