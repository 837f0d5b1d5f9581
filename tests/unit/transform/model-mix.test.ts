import { describe, expect, it } from 'vitest';
import { describeModelMix, modelMixCsv, toCategoryWindow, toModelMix } from '../../../src/lib/transform/model-mix.ts';
import { day } from '../../fakes/model-rows.ts';

// Four whole weeks of two categories; `a/x` leads programming and is absent from role-play.
const programming = [
  ...day('2026-10-19', { 'a/x': 900, 'b/y': 100 }, 1000), // before the last 4 weeks: ignored
  ...day('2026-10-26', { 'a/x': 40, 'b/y': 30 }, 30),
  ...day('2026-11-02', { 'a/x': 40, 'b/y': 30 }, 30),
  ...day('2026-11-09', { 'b/y': 50, 'a/x': 20 }, 30),
  ...day('2026-11-16', { 'a/x': 60, 'b/y': 10 }, 30),
];
const roleplay = [...day('2026-11-09', { 'c/z': 70 }, 30), ...day('2026-11-16', { 'c/z': 80 }, 20)];

const windows = [toCategoryWindow('programming', programming), toCategoryWindow('roleplay', roleplay)].flatMap(
  (w) => w ?? [],
);
const label = (category: string) => category.charAt(0).toUpperCase() + category.slice(1);

describe(toCategoryWindow, () => {
  it('sums the last 4 weeks: the total with the API other, and each listed model', () => {
    const w = toCategoryWindow('programming', programming);
    expect(w?.range).toEqual({ start: '2026-10-26', end: '2026-11-22', days: 28, grain: 'week' });
    expect(w?.total).toBe(400n);
    expect(w?.tokens.get('a/x')).toBe(160n);
  });

  it('ranks models by their window total, not by one week', () =>
    expect([...(toCategoryWindow('programming', programming)?.rankOf ?? [])]).toEqual([
      ['a/x', 1],
      ['b/y', 2],
    ]));

  it('takes as many weeks as asked', () => expect(toCategoryWindow('programming', programming, 1)?.total).toBe(100n));

  it('is null without rows', () => expect(toCategoryWindow('legal', [])).toBeNull());
});

describe(toModelMix, () => {
  it("gives the model's share of each category's tokens and its rank there", () =>
    expect(toModelMix(windows, 'a/x').map((r) => [r.category, r.tokens, r.share, r.rank])).toEqual([
      ['programming', 160n, 0.4, 1],
      ['roleplay', 0n, 0, null],
    ]));

  it('orders categories by share, highest first', () =>
    expect(toModelMix(windows, 'c/z').map((r) => r.category)).toEqual(['roleplay', 'programming']));

  it('gives every category a row even for a model listed nowhere', () =>
    expect(toModelMix(windows, 'q/none').every((r) => r.rank === null && r.tokens === 0n)).toBe(true));
});

describe(describeModelMix, () => {
  it('says estimate, the window, where the model is listed and its largest share', () =>
    expect(describeModelMix('b/y', toModelMix(windows, 'b/y'), label)).toBe(
      'Estimates over the 4 weeks to 22 Nov 2026: b/y was in the weekly top 50 of 1 of 2 categories. Its largest ' +
        "share was in Programming (30.0% of the category's tokens, rank 2).",
    ));

  it('names the runner-up category', () => {
    const both = [...windows, toCategoryWindow('science', day('2026-11-16', { 'a/x': 1 }, 9)) ?? []].flat();
    expect(describeModelMix('a/x', toModelMix(both, 'a/x'), label)).toContain(', then Science (10.0%, rank 1).');
  });

  it('isolates a right-to-left model name and leaves a Latin one as it is', () => {
    const text = describeModelMix('مساعد', toModelMix(windows, 'b/y'), label);
    expect(text).toMatch(/^Estimates over the 4 weeks to 22 Nov 2026: \u2068مساعد\u2069 was in the weekly top 50 of 1/);
    expect(describeModelMix('مساعد', toModelMix(windows, 'q/none'), label)).toContain(': \u2068مساعد\u2069 was not in');
    expect(describeModelMix('GPT-4o', toModelMix(windows, 'b/y'), label)).not.toMatch(/[\u2068\u2069]/);
  });

  it('says when the model is in no category', () =>
    expect(describeModelMix('q/none', toModelMix(windows, 'q/none'), label)).toBe(
      'Estimates over the 4 weeks to 22 Nov 2026: q/none was not in the weekly top 50 of any use-case category.',
    ));
});

describe(modelMixCsv, () => {
  it('writes exact tokens, the share, the rank and each window', () =>
    expect(modelMixCsv(toModelMix(windows, 'a/x')).split('\r\n')).toEqual([
      'category,from,to,model_tokens_estimate,category_tokens_estimate,share_of_category,rank',
      'programming,2026-10-26,2026-11-22,160,400,0.400000,1',
      'roleplay,2026-11-09,2026-11-22,0,200,0.000000,',
      '',
    ]));
});
