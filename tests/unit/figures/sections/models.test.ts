import { beforeAll, describe, expect, it } from 'vitest';
import { moverPhrase, modelsFigures } from '../../../../src/lib/figures/sections/models.ts';
import type { FigureInput } from '../../../../src/lib/figures/schema.ts';
import type { Mover } from '../../../../src/lib/transform/leaderboard-models.ts';
import { CATALOGUE_FIXTURE, RTL_CATALOGUE_FIXTURE, RTL_NAMES } from '../../../fakes/catalogue-fixture.ts';
import { fixtureSiteData } from '../../../fakes/fixture-archive.ts';

const MOVER: Mover = { key: 'a/x', share: 0.18, previousShare: 0.159, shareChange: 0.021, tokenChange: 0.5 };

describe(moverPhrase, () => {
  it('names the mover, its change and its share', () =>
    expect(moverPhrase(MOVER, () => 'GPT-5')).toBe('GPT-5, +2.1 pp to 18.0%'));

  it('bidi-isolates a right-to-left name', () =>
    expect(moverPhrase(MOVER, () => 'مساعد')).toBe('\u2068مساعد\u2069, +2.1 pp to 18.0%'));
});

describe(modelsFigures, () => {
  let latin: FigureInput | undefined;
  let rtl: FigureInput | undefined;
  beforeAll(async () => {
    const [named, rtlData] = await Promise.all([
      fixtureSiteData(CATALOGUE_FIXTURE),
      fixtureSiteData(RTL_CATALOGUE_FIXTURE),
    ]);
    [latin, rtl] = [modelsFigures(named)[0], modelsFigures(rtlData)[0]];
  });

  it('bidi-isolates a right-to-left leader in the takeaway, the alt text and the tooltips, not in the legend', () => {
    const isolated = RTL_NAMES.topIsolated;
    expect(rtl?.takeaway).toMatch(new RegExp(`^${isolated} led with `));
    expect(rtl?.alt).toContain(`, ${isolated} led with `);
    expect(rtl?.svg).toContain(`Leading: ${isolated} `);
    expect(rtl?.legend?.map((l) => l.label)).toContain(RTL_NAMES.top);
  });

  it('leaves Latin names byte-identical', () => {
    expect(latin?.takeaway).toMatch(/^GPT-4o led with /);
    expect([latin?.takeaway, latin?.alt, latin?.svg].join(' ')).not.toMatch(/[\u2068\u2069]/);
  });
});
