import { describe, expect, it } from 'vitest';
import {
  describeGrains,
  describeModelHistory,
  describeRange,
  describeShareSeries,
  shareTakeaway,
} from '../../../src/lib/transform/model-text.ts';
import { toShareSeries } from '../../../src/lib/transform/shares.ts';
import { toModelHistory } from '../../../src/lib/transform/model-history.ts';
import { day, days } from '../../fakes/model-rows.ts';

// 30 days to 24 Nov 2026: a/lead holds steady, b/rise climbs, c/flat stays small.
const rows = days(
  '2026-10-26',
  30,
  (i) => ({ 'a/lead': 500, 'b/rise': 100 + 10 * i, 'c/flat': 50 }),
  () => 100,
);

/** A right-to-left name, and the same name wrapped in FSI…PDI as sentences must carry it. */
const RTL = 'مساعد';
const ISOLATED = '\u2068مساعد\u2069';
const ISOLATES = /[\u2068\u2069]/;

describe(describeRange, () => {
  it.each([
    [{ start: '2026-10-26', end: '2026-11-24', days: 30, grain: 'day' }, 'the 30 days to 24 Nov 2026'],
    [{ start: '2025-11-24', end: '2026-11-22', days: 364, grain: 'week' }, 'the 52 weeks to 22 Nov 2026'],
    [{ start: '2026-11-24', end: '2026-11-24', days: 1, grain: 'day' }, 'the 1 day to 24 Nov 2026'],
  ] as const)('%o -> %s', (range, expected) => expect(describeRange({ range })).toBe(expected));
});

describe(describeShareSeries, () => {
  it('says what leads, how much, what changed, and what Other held', () => {
    const series = toShareSeries(rows, { window: '30d', topN: 2 })!;
    expect(describeShareSeries(series)).toBe(
      // day i totals 750 + 10i: a/lead 500/750 -> 500/1040, b/rise 100/750 -> 390/1040; 26,850 tokens in all
      'Over the 30 days to 24 Nov 2026 (26.9K tokens), a/lead led with 55.9%, ' +
        'down 18.6 pp from the first day to the last; b/rise followed with 27.4%. ' +
        'The biggest gain was b/rise, up 24.2 pp. Other held 16.8%.',
    );
  });

  it('uses the labels it is given', () => {
    const series = toShareSeries(day('2026-11-24', { 'a/lead': 3 }, 1), { window: '30d' })!;
    expect(describeShareSeries(series, (k) => k.toUpperCase())).toBe(
      'Over the 1 day to 24 Nov 2026 (4 tokens), A/LEAD led with 75.0%. Other held 25.0%.',
    );
  });

  it('isolates a right-to-left label and leaves a Latin one as it is', () => {
    const series = toShareSeries(rows, { window: '30d', topN: 2 })!;
    const text = describeShareSeries(series, (k) => (k === 'a/lead' ? RTL : k));
    expect(text).toContain(`, ${ISOLATED} led with 55.9%`);
    expect(text).toContain('; b/rise followed with 27.4%. The biggest gain was b/rise, up 24.2 pp.');
    expect(text.replace(ISOLATED, '')).not.toMatch(ISOLATES);
  });
});

describe(shareTakeaway, () => {
  it('names the leader, its share and the window', () =>
    expect(shareTakeaway(toShareSeries(rows, { window: '30d', topN: 2 })!)).toBe(
      'a/lead led with 55.9% of tokens over the 30 days to 24 Nov 2026.',
    ));

  it('isolates a right-to-left leader and leaves a Latin one as it is', () => {
    const series = toShareSeries(rows, { window: '30d', topN: 2 })!;
    expect(shareTakeaway(series, () => RTL)).toBe(
      `${ISOLATED} led with 55.9% of tokens over the 30 days to 24 Nov 2026.`,
    );
    expect(shareTakeaway(series, () => 'Cline')).toBe(
      'Cline led with 55.9% of tokens over the 30 days to 24 Nov 2026.',
    );
  });

  it('says when no model has its own series', () =>
    expect(shareTakeaway(toShareSeries(day('2026-11-24', {}, 5), { window: '30d' })!)).toBe(
      'Over the 1 day to 24 Nov 2026, every token was in Other.',
    ));
});

describe(describeModelHistory, () => {
  it('says how often the model ranked and where it stands on the last day', () => {
    const history = toModelHistory(
      [
        ...day('2026-11-22', { 'a/x': 30, 'b/y': 10 }),
        ...day('2026-11-23', { 'b/y': 10 }),
        ...day('2026-11-24', { 'b/y': 20, 'a/x': 5 }, 25),
      ],
      'a/x',
    );
    expect(describeModelHistory('a/x', history)).toBe(
      'a/x was in the daily top 50 on 2 of 3 days from 22 Nov 2026 to 24 Nov 2026. ' +
        'On 24 Nov 2026 it had 5 tokens (10.0% of the day), rank 2; its best rank was 1.',
    );
  });

  it('says when the model is not in the archive', () =>
    expect(describeModelHistory('z/none', [])).toBe('z/none has not appeared in the daily top 50.'));

  it('isolates a right-to-left name and leaves a Latin one as it is', () => {
    const history = toModelHistory(day('2026-11-24', { 'a/x': 5 }, 5), 'a/x');
    expect(describeModelHistory(RTL, history)).toMatch(
      new RegExp(`^${ISOLATED} was in the daily top 50 on 1 of 1 days`),
    );
    expect(describeModelHistory(RTL, [])).toBe(`${ISOLATED} has not appeared in the daily top 50.`);
    expect(describeModelHistory('GPT-4o', history)).not.toMatch(ISOLATES);
  });
});

describe(describeGrains, () => {
  it('says where weekly points end and daily ones begin', () =>
    expect(describeGrains('2029-01-01')).toBe(
      'Before 1 Jan 2029 each point is a week (Monday to Sunday), summarised over the days the model was in the ' +
        'top 50; from 1 Jan 2029 each point is a day.',
    ));

  it('says nothing when the history is daily throughout', () => expect(describeGrains(null)).toBeNull());
});
