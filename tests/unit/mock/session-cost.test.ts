import { describe, expect, it } from 'vitest';
import { parseWith } from '../../../src/lib/api/parse.ts';
import { type SessionCostCell, SessionCostResponseSchema, TURN_RANGES } from '../../../src/lib/api/session-cost.ts';
import { sessionCost } from '../../../src/mock/session-cost.ts';
import { WORLD_APPS } from '../../../src/mock/world-apps.ts';
import { WORLD_MODELS } from '../../../src/mock/world-models.ts';
import { call, NOW, type Query, refusal } from '../../fakes/mock-harness.ts';

const answer = (query: Query = {}, now = NOW, sessionCostUnpublished = false) =>
  parseWith(SessionCostResponseSchema, call(sessionCost, query, { now, sessionCostUnpublished }), 'session-cost');
const allCells = [0, 500].flatMap((offset) => answer({ limit: '500', offset: String(offset) }).data);
const SONNET = 'anthropic/claude-4.5-sonnet-20250929';
const costIn = (cells: readonly SessionCostCell[], range: string) =>
  cells.find((c) => c.turn_range === range)?.median_session_cost_usd;

describe('the session-cost handler', () => {
  it('answers the window published last: the week to Sunday, from the Monday at 06:00 UTC', () => {
    const published = (iso: string) => answer({}, new Date(iso)).meta;
    expect(published('2026-05-11T12:00:00Z')).toEqual({
      as_of: '2026-05-11T06:00:00.000Z',
      version: 'v1',
      window_days: 7,
      window_end_date: '2026-05-10',
      synthetic: true,
    });
    expect(published('2026-05-11T05:59:59Z').window_end_date).toBe('2026-05-03');
    expect(published('2026-05-10T23:00:00Z').window_end_date).toBe('2026-05-03');
  });

  it('has no snapshot before the first window is published, nor with the unpublished option', () => {
    const before = answer({}, new Date('2026-03-02T05:00:00Z'));
    expect(before.data).toEqual([]);
    expect(before.meta).toMatchObject({ window_days: null, window_end_date: null });
    expect(answer({}, new Date('2026-03-02T06:00:00Z')).meta.window_end_date).toBe('2026-03-01');
    expect(answer({}, NOW, true)).toMatchObject({ data: [], meta: { window_end_date: null } });
  });

  it('pages by limit (default 100) and offset over one sorted list', () => {
    const pages = [0, 100, 200, 300, 400].map((offset) => answer({ offset: String(offset) }).data);
    expect(pages[0]).toHaveLength(100);
    expect(pages.flat()).toEqual(allCells.slice(0, 500));
    const keys = allCells.map(
      (c) => `${c.app_slug} ${c.model_permaslug} ${TURN_RANGES.indexOf(c.turn_range as never)}`,
    );
    expect(keys).toEqual(keys.toSorted());
    expect(answer({ limit: '500', offset: '5000' }).data).toEqual([]);
  });

  it('filters by harness, exact model and turn range', () => {
    const cline = answer({ app_slug: 'cline', limit: '500' }).data;
    expect(cline.length).toBeGreaterThan(0);
    expect(cline.every((c) => c.app_slug === 'cline' && c.app_name === 'Cline')).toBe(true);
    const acrossHarnesses = answer({ model: SONNET, limit: '500' }).data;
    expect(acrossHarnesses.every((c) => c.model_permaslug === SONNET)).toBe(true);
    expect(new Set(acrossHarnesses.map((c) => c.app_slug)).size).toBeGreaterThan(1);
    const long = answer({ turn_range: '50-plus-turns', limit: '500' }).data;
    expect(long.every((c) => c.turn_range === '50-plus-turns')).toBe(true);
    expect(answer({ app_slug: 'no-such-harness' }).data).toEqual([]);
  });

  it('publishes coding agents and tools only, with world models, in every turn range', () => {
    const coding = new Set(
      WORLD_APPS.filter((app) =>
        app.subcategories.some((s) => ['cli-agent', 'ide-extension', 'cloud-agent'].includes(s)),
      ).map((app) => app.name),
    );
    expect(allCells.every((c) => coding.has(c.app_name))).toBe(true);
    expect(allCells.every((c) => WORLD_MODELS.some((m) => m.slug === c.model_permaslug))).toBe(true);
    expect(new Set(allCells.map((c) => c.turn_range))).toEqual(new Set(TURN_RANGES));
  });

  it('grows every harness x model median with the session length', () => {
    for (const [key, cells] of Map.groupBy(allCells, (c) => `${c.app_slug} ${c.model_permaslug}`)) {
      const costs = TURN_RANGES.flatMap((range) => costIn(cells, range) ?? []);
      expect(costs, key).toEqual(costs.toSorted((a, b) => a - b));
    }
  });

  it('differs by harness for one model, and by model price within one harness', () => {
    const byHarness = allCells.filter((c) => c.model_permaslug === SONNET && c.turn_range === '10-49-turns');
    expect(byHarness.length).toBeGreaterThan(1);
    expect(new Set(byHarness.map((c) => c.median_session_cost_usd)).size).toBe(byHarness.length);
    const price = (c: SessionCostCell) =>
      Number(WORLD_MODELS.find((m) => m.slug === c.model_permaslug)?.price.completion);
    const inCline = allCells
      .filter((c) => c.app_slug === 'cline' && c.turn_range === '10-49-turns')
      .toSorted((a, b) => price(a) - price(b));
    const [cheapest, priciest] = [inCline[0], inCline.at(-1)];
    if (!cheapest || !priciest) throw new Error('expected cells for cline');
    expect(price(priciest)).toBeGreaterThan(2 * price(cheapest));
    expect(priciest.median_session_cost_usd).toBeGreaterThan(cheapest.median_session_cost_usd);
  });

  it.each([
    [{ limit: '0' }, /limit must be an integer from 1 to 500; got "0"/],
    [{ limit: '501' }, /limit must be an integer from 1 to 500/],
    [{ limit: '1.5' }, /limit must be an integer/],
    [{ offset: '5001' }, /offset must be an integer from 0 to 5000; got "5001"/],
    [
      { turn_range: '3-turns' },
      /turn_range must be one of 1-turn, 2-9-turns, 10-49-turns, 50-plus-turns; got "3-turns"/,
    ],
    ['app_slug=cline&app_slug=aider', /app_slug is given 2 times/],
  ])('refuses %j with a 400, published or not', (query, message) => {
    expect(refusal(sessionCost, query)).toMatch(message);
    expect(refusal(sessionCost, query, { sessionCostUnpublished: true })).toMatch(message);
  });
});
