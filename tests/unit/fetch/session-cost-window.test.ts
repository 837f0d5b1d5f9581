import { describe, expect, it } from 'vitest';
import type { SessionCostResponse } from '../../../src/lib/api/session-cost.ts';
import { toSessionCostWindow, WindowChangedError } from '../../../src/lib/fetch/session-cost-window.ts';

function page(end: string | null, slugs: string[], asOf = '2026-05-11T06:00:00Z'): SessionCostResponse {
  return {
    data: slugs.map((slug) => ({
      app_name: slug,
      app_slug: slug,
      model_permaslug: 'openai/gpt-4o',
      turn_range: '1-turn',
      median_session_cost_usd: 0.1,
    })),
    meta: { as_of: asOf, version: 'v1', window_days: end === null ? null : 7, window_end_date: end },
  };
}

describe(toSessionCostWindow, () => {
  it('joins the pages’ cells in order under the window of the first page’s meta', () => {
    const window = toSessionCostWindow(
      [page('2026-05-10', ['a', 'b']), page('2026-05-10', ['c'], 'later')],
      true,
      '2026-05-11T03:00:00Z',
    );
    expect(window).toMatchObject({
      dataset: 'session-cost',
      window_end_date: '2026-05-10',
      window_days: 7,
      fetched_at: '2026-05-11T03:00:00Z',
      synthetic: true,
      meta: { as_of: '2026-05-11T06:00:00Z' },
    });
    expect(window?.data.map((cell) => cell.app_slug)).toEqual(['a', 'b', 'c']);
  });

  it('gives no window when no snapshot is published', () => {
    expect(toSessionCostWindow([page(null, [])], false, 'f')).toBeNull();
  });

  it('refuses pages of different windows (a week published while paging)', () => {
    const pages = [page('2026-05-03', ['a']), page('2026-05-10', ['b'])];
    expect(() => toSessionCostWindow(pages, false, 'f')).toThrow(WindowChangedError);
    expect(() => toSessionCostWindow(pages, false, 'f')).toThrow(
      'session-cost: the window changed while paging (2026-05-03, then 2026-05-10); nothing was written. Re-run.',
    );
  });
});
