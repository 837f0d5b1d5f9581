import { describe, expect, it } from 'vitest';
import { createClient } from '../../../src/lib/api/client.ts';
import { isNewerParameterError } from '../../../src/lib/api/errors.ts';
import { createPacer } from '../../../src/lib/api/pacing.ts';
import { isSchemaError } from '../../../src/lib/api/parse.ts';
import {
  fetchSessionCost,
  nextSessionCostOffset,
  type SessionCostResponse,
} from '../../../src/lib/api/session-cost.ts';
import { apiError, type FakeFetch, fakeFetch, fakeTime, json } from '../../fakes/fetch.ts';

const BASE = 'http://127.0.0.1:8787/api/v1';

function clientFor(fake: FakeFetch) {
  const time = fakeTime();
  const pacer = createPacer({ relaxed: true, clock: time.clock, sleep: time.sleep, today: () => '2026-05-11' });
  return createClient({ baseUrl: BASE, apiKey: 'sk-or-unit', pacer, fetch: fake.fetch, sleep: time.sleep });
}

const meta = { as_of: '2026-05-11T06:00:00Z', version: 'v1' as const, window_days: 7, window_end_date: '2026-05-10' };
const cell = {
  app_name: 'Kilo Code',
  app_slug: 'kilo-code',
  model_permaslug: 'anthropic/claude-4.5-sonnet-20250929',
  turn_range: '10-49-turns',
  median_session_cost_usd: 1.2345,
};
const page = (count: number): SessionCostResponse => ({ data: Array.from({ length: count }, () => cell), meta });

describe(nextSessionCostOffset, () => {
  it.each([
    { offset: 0, limit: 500, count: 500, next: 500 },
    { offset: 500, limit: 500, count: 499, next: null },
    { offset: 1000, limit: 500, count: 0, next: null },
    { offset: 0, limit: 100, count: 100, next: 100 },
  ])('after $count of $limit at offset $offset: $next', ({ offset, limit, count, next }) => {
    expect(nextSessionCostOffset(offset, limit, page(count))).toBe(next);
  });
});

describe(fetchSessionCost, () => {
  it('asks for one page and reads the cells and the window', async () => {
    const fake = fakeFetch(() => json({ data: [{ ...cell, turn_range: '100-plus-turns' }], meta }));
    const body = await fetchSessionCost(clientFor(fake), { limit: 500, offset: 0 });
    expect(fake.calls[0]?.url.toString()).toBe(`${BASE}/datasets/session-cost?limit=500&offset=0`);
    expect(body.meta.window_end_date).toBe('2026-05-10');
    expect(body.data[0]?.turn_range).toBe('100-plus-turns'); // an open enum: a new range is kept
  });

  it('reads null window fields: no snapshot published', async () => {
    const unpublished = { ...meta, window_days: null, window_end_date: null };
    const body = await fetchSessionCost(clientFor(fakeFetch(() => json({ data: [], meta: unpublished }))), {});
    expect(body.meta).toMatchObject({ window_days: null, window_end_date: null });
  });

  it.each([
    ['a window end that is no date', { ...meta, window_end_date: '../../x' }, /meta\.window_end_date/],
    ['a cost as a string', meta, /data\.0\.median_session_cost_usd/],
  ])('refuses %s, naming the field', async (_, answeredMeta, field) => {
    const data = answeredMeta === meta ? [{ ...cell, median_session_cost_usd: '1.2' }] : [cell];
    const fake = fakeFetch(() => json({ data, meta: answeredMeta }));
    await expect(fetchSessionCost(clientFor(fake), {})).rejects.toThrow(field);
  });

  it.each([{ limit: 501 }, { offset: 5001 }, { limit: 0 }])('refuses %j before sending anything', async (query) => {
    const fake = fakeFetch(() => json({}));
    await expect(fetchSessionCost(clientFor(fake), query)).rejects.toSatisfy(isSchemaError);
    expect(fake.calls).toHaveLength(0);
  });

  it('turns a 404 into one line saying the server may not have the dataset', async () => {
    const error: unknown = await fetchSessionCost(clientFor(fakeFetch(() => apiError(404, 'no'))), {}).catch(
      (e: unknown) => e,
    );
    expect(isNewerParameterError(error)).toBe(true);
    expect(error instanceof Error && error.message).toBe(
      `session-cost (GET /datasets/session-cost): HTTP 404 from ${BASE}. This server may not support the newer ` +
        'session-cost dataset; the other datasets are unaffected.',
    );
  });
});
