import { describe, expect, it } from 'vitest';
import { toLatestJson } from '../../../src/lib/embed/latest.ts';

describe(toLatestJson, () => {
  it('maps each chart id to its edition under the build date, keys sorted', () => {
    const json = toLatestJson('2026-11-20', [
      { id: 'tasks-treemap-usage', edition: '2026-11-19' },
      { id: 'apps-popular-all', edition: '2026-11-20T02:00:00Z' },
      { id: 'models-categories-programming-52w', edition: '2026-11-15' },
    ]);
    expect(JSON.parse(json)).toEqual({
      charts: {
        'apps-popular-all': '2026-11-20T02:00:00Z',
        'models-categories-programming-52w': '2026-11-15',
        'tasks-treemap-usage': '2026-11-19',
      },
      date: '2026-11-20',
    });
    expect(json.indexOf('apps-popular-all')).toBeLessThan(json.indexOf('tasks-treemap-usage'));
  });
});
