import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  cardPath,
  embedCodePath,
  embedPath,
  frozenEmbedPath,
  isChartId,
  isFrozenFolder,
  isIsoDate,
  isPackKey,
  modelChartId,
  oembedPath,
  packKeyOf,
  relativeFrom,
  toFrozenDate,
} from '../../../src/lib/embed/ids.ts';

describe(isChartId, () => {
  it.each([
    ['model-share-share-30d', true],
    ['apps-trending-coding-p2', true],
    ['model-openai_gpt-4o~free-tokens', true],
    ['model-~e6bca1-rank', true],
    ['Model-Share', false],
    ['../etc', false],
    ['a/b', false],
    ['a.b', false],
    ['', false],
  ])('%s -> %s', (id, expected) => {
    expect(isChartId(id)).toBe(expected);
  });
});

describe(isIsoDate, () => {
  it('accepts YYYY-MM-DD only', () => {
    expect(isIsoDate('2026-11-20')).toBe(true);
    expect(isIsoDate('2026-11-20T02:00:00Z')).toBe(false);
    expect(isIsoDate('code')).toBe(false);
  });
});

describe(modelChartId, () => {
  it('joins the page slug and chart, which never collides with section chart ids', () => {
    expect(modelChartId('openai_gpt-4o', 'tokens')).toBe('model-openai_gpt-4o-tokens');
    expect(isChartId(modelChartId('~e6bca1', 'rank'))).toBe(true);
    expect(modelChartId('share_share-30d', 'rank')).not.toBe('model-share-share-30d');
  });
});

describe('embed paths', () => {
  it('builds every path from the chart id', () => {
    expect(embedPath('x')).toBe('/embed/x/');
    expect(frozenEmbedPath('x', '2026-11-26')).toBe('/embed/x/2026-W48/#2026-11-26');
    expect(embedCodePath('x')).toBe('/embed/x/code/');
    expect(oembedPath('x')).toBe('/oembed/x.json');
    expect(cardPath('x')).toBe('/embed/x/card.png');
  });
});

describe(packKeyOf, () => {
  it('puts a date in its ISO week, Monday to Sunday, across a year end', () => {
    expect(packKeyOf('2026-11-29')).toBe('2026-W48');
    expect(packKeyOf('2026-11-30')).toBe('2026-W49');
    expect(packKeyOf('2027-01-01')).toBe('2026-W53');
  });
});

describe(isFrozenFolder, () => {
  it.each([
    ['2026-W48', true],
    ['2026-11-20', true],
    ['code', false],
    ['2026-11', false],
  ])('%s: %s', (name, frozen) => {
    expect(isFrozenFolder(name)).toBe(frozen);
    expect(isPackKey(name)).toBe(frozen && name.includes('W'));
  });
});

describe(relativeFrom, () => {
  it.each([
    [2, '/models/#model-share', '../../models/#model-share'],
    [3, '/apps/popular/', '../../../apps/popular/'],
    [2, '/', '../../'],
  ])('from depth %i, %s is %s', (depth, path, expected) => {
    expect(relativeFrom(depth, path)).toBe(expected);
  });

  it('resolves to the site path under any base', () => {
    const page = 'https://x.github.io/atlas/embed/model-share-share-30d/2026-11-20/';
    expect(new URL(relativeFrom(3, '/models/#model-share'), page).href).toBe(
      'https://x.github.io/atlas/models/#model-share',
    );
  });
});

describe(toFrozenDate, () => {
  it('takes the newest day from dates and ISO times', () => {
    expect(toFrozenDate(['2026-11-19', '2026-11-20T02:00:00Z', '2026-11-18'])).toBe('2026-11-20');
  });

  it('is null without dates and ignores what is not a date', () => {
    expect(toFrozenDate([])).toBeNull();
    expect(toFrozenDate(['soon'])).toBeNull();
  });
});

describe(absoluteUrl, () => {
  it('joins the origin and a path that already has the base', () => {
    expect(absoluteUrl('https://x.github.io/atlas', '/atlas/embed/x/')).toBe('https://x.github.io/atlas/embed/x/');
    expect(absoluteUrl(new URL('http://localhost:4321'), '/oembed/x.json')).toBe('http://localhost:4321/oembed/x.json');
  });
});
