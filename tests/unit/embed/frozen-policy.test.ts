import { describe, expect, it } from 'vitest';
import {
  copyDateOf,
  drawnHash,
  type FrozenIndex,
  frozenCadenceOf,
  frozenCopyOf,
  keepsFrozenCopies,
  type StoredCopy,
} from '../../../src/lib/embed/frozen-policy.ts';

const ID = 'model-share-share-30d';
const index = (...copies: StoredCopy[]): FrozenIndex => new Map([[ID, copies]]);
const chart = (asOf: string, drawn: string, weeksThrough?: string) => ({ id: ID, asOf, drawn, weeksThrough });

describe(drawnHash, () => {
  it('hashes equal drawings equally whatever the key order, and different drawings differently', () => {
    expect(drawnHash({ svg: '<svg/>', table: [1, 2] })).toBe(drawnHash({ table: [1, 2], svg: '<svg/>' }));
    expect(drawnHash({ svg: '<svg/>', table: [1, 2] })).not.toBe(drawnHash({ svg: '<svg/>', table: [2, 1] }));
    expect(drawnHash('x')).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe(copyDateOf, () => {
  it("dates a copy by its data's as_of day, or a weekly chart by its last week's Sunday", () => {
    expect(copyDateOf({ asOf: '2026-11-26T03:00:00.000Z' })).toBe('2026-11-26');
    expect(copyDateOf({ asOf: '2026-11-26T03:00:00.000Z', weeksThrough: '2026-11-22' })).toBe('2026-11-22');
  });
});

describe(frozenCopyOf, () => {
  it('makes a fresh copy of a chart that has none, in the pack of its date', () => {
    expect(frozenCopyOf(chart('2026-11-26T03:00:00Z', 'aaa'), new Map())).toEqual({
      date: '2026-11-26',
      pack: '2026-W48',
      drawn: 'aaa',
      fresh: true,
    });
  });

  it('offers the newest copy again while the chart draws the same, however much later', () => {
    const stored = index({ date: '2026-11-02', drawn: 'aaa', pack: '2026-W45' });
    expect(frozenCopyOf(chart('2026-11-26T03:00:00Z', 'aaa'), stored)).toEqual({
      date: '2026-11-02',
      pack: '2026-W45',
      drawn: 'aaa',
      fresh: false,
    });
  });

  it('makes a new copy when the drawing changed, compared with the newest copy only', () => {
    const stored = index(
      { date: '2026-11-24', drawn: 'aaa', pack: '2026-W48' },
      { date: '2026-11-25', drawn: 'bbb', pack: '2026-W48' },
    );
    expect(frozenCopyOf(chart('2026-11-26T03:00:00Z', 'aaa'), stored)).toMatchObject({
      date: '2026-11-26',
      fresh: true,
    });
  });

  it('keeps the first publication of a date: a rebuild with newer code that day offers the packed copy', () => {
    const stored = index({ date: '2026-11-26', drawn: 'aaa', pack: '2026-W48' });
    expect(frozenCopyOf(chart('2026-11-26T03:00:00Z', 'zzz'), stored)).toEqual({
      date: '2026-11-26',
      pack: '2026-W48',
      drawn: 'aaa',
      fresh: false,
    });
  });

  it('packs a date that only has a day file from before packs (the freeze step packs that file)', () => {
    const stored = index({ date: '2026-11-26', drawn: null, pack: null });
    expect(frozenCopyOf(chart('2026-11-26T03:00:00Z', 'aaa'), stored)).toMatchObject({
      date: '2026-11-26',
      fresh: true,
    });
  });

  it('dates a weekly chart by its last Sunday, so a week gets one copy', () => {
    const first = frozenCopyOf(chart('2026-11-24T03:00:00Z', 'w1', '2026-11-22'), new Map());
    expect(first).toMatchObject({ date: '2026-11-22', pack: '2026-W47', fresh: true });
    const again = frozenCopyOf(
      chart('2026-11-25T03:00:00Z', 'w1b', '2026-11-22'),
      index({ ...first, pack: first.pack }),
    );
    expect(again).toMatchObject({ date: '2026-11-22', fresh: false });
  });
});

describe('a chart frozen weekly', () => {
  const APPS = 'apps-popular-all';
  const apps = (asOf: string, drawn: string) => ({ id: APPS, asOf, drawn });
  const stored = (...copies: StoredCopy[]): FrozenIndex => new Map([[APPS, copies]]);

  it('offers its week’s copy again when its drawing changes later that week', () => {
    const monday = { date: '2026-11-23', drawn: 'mon', pack: '2026-W48' };
    expect(frozenCopyOf(apps('2026-11-26T03:00:00Z', 'thu'), stored(monday))).toEqual({
      date: '2026-11-23',
      pack: '2026-W48',
      drawn: 'mon',
      fresh: false,
    });
  });

  it('gets a new copy in a new week, and the headline chart still one each changed day', () => {
    const sunday = { date: '2026-11-29', drawn: 'sun', pack: '2026-W48' };
    expect(frozenCopyOf(apps('2026-11-30T03:00:00Z', 'mon'), stored(sunday))).toMatchObject({
      date: '2026-11-30',
      pack: '2026-W49',
      fresh: true,
    });
    const share = index({ date: '2026-11-25', drawn: 'wed', pack: '2026-W48' });
    expect(frozenCopyOf(chart('2026-11-26T03:00:00Z', 'thu'), share)).toMatchObject({
      date: '2026-11-26',
      fresh: true,
    });
  });
});

describe(frozenCadenceOf, () => {
  it.each([
    ['model-share-share-30d', 'daily'],
    ['apps-popular-all', 'weekly'],
    ['benchmarks-aa-intelligence', 'weekly'],
    ['tasks-treemap-usage', 'weekly'],
    ['session-cost-10-49-turns', 'weekly'],
  ])('%s: %s', (id, cadence) => expect(frozenCadenceOf(id)).toBe(cadence));
});

describe(keepsFrozenCopies, () => {
  it.each([
    ['model-share-share-30d', true],
    ['model-share-absolute-30d', false],
    ['model-share-share-90d', false],
    ['author-share-share-30d', false],
    ['apps-popular-all', true],
    ['apps-trending-all', false],
    ['apps-popular-coding', false],
    ['apps-popular-all-p2', false],
    ['benchmarks-aa-intelligence', true],
    ['benchmarks-aa-coding', false],
    ['benchmarks-openrouter-gpqa-diamond', false],
    ['tasks-treemap-usage', true],
    ['tasks-treemap-token', false],
    ['models-categories-programming-52w', true],
    ['models-categories-legal-52w', false],
    ['models-context-100k-52w', false],
    ['models-languages-natural-52w', false],
    ['models-context-100k-12w', false],
    ['model-openai_gpt-4o-tokens', false],
  ])('%s: %s', (id, frozen) => {
    expect(keepsFrozenCopies(id)).toBe(frozen);
  });
});
