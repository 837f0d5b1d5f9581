import { describe, expect, it } from 'vitest';
import type { ModelsResponse } from '../../../src/lib/api/models.ts';
import type { SessionCostResponse } from '../../../src/lib/api/session-cost.ts';
import type { Fetched } from '../../../src/lib/fetch/execute.ts';
import { MAX_PAGES, PagingError, remainingRequests } from '../../../src/lib/fetch/paging.ts';
import { modelsPageRequest, type PlannedRequest, sessionCostPageRequest } from '../../../src/lib/fetch/plan.ts';

const modelsBody = (count: number, total: number): ModelsResponse => ({
  data: Array.from({ length: count }, (_, i) => ({
    id: `m/${i}`,
    canonical_slug: `m/${i}`,
    name: `M: ${i}`,
    created: 0,
    context_length: null,
    architecture: { input_modalities: [], output_modalities: [], modality: null },
    pricing: { prompt: '0', completion: '0' },
    top_provider: { is_moderated: false },
    links: { details: '' },
  })),
  links: { next: null },
  total_count: total,
});

function modelsPage(offset: number, count: number, total: number): Fetched {
  const request = modelsPageRequest(offset);
  if (request.dataset !== 'models') throw new Error('expected a models request');
  return { dataset: 'models', request, body: modelsBody(count, total) };
}

const sessionBody = (count: number): SessionCostResponse => ({
  data: Array.from({ length: count }, () => ({
    app_name: 'a',
    app_slug: 'a',
    model_permaslug: 'm',
    turn_range: '1-turn',
    median_session_cost_usd: 1,
  })),
  meta: { as_of: 'x', version: 'v1', window_days: 7, window_end_date: '2026-05-10' },
});

function sessionPage(offset: number, count: number): Fetched {
  const request = sessionCostPageRequest(offset);
  if (request.dataset !== 'session-cost') throw new Error('expected a session-cost request');
  return { dataset: 'session-cost', request, body: sessionBody(count) };
}

const offsets = (requests: readonly PlannedRequest[]) => requests.map((r) => r.key);

describe(remainingRequests, () => {
  it('leaves the planned requests of an unpaged dataset as they are', () => {
    const tasks: PlannedRequest = { dataset: 'task-classifications', key: '7d', query: { window: '7d' } };
    const fetched: Fetched = {
      dataset: 'task-classifications',
      request: tasks,
      body: { data: { window_days: 7, as_of: '2026-05-10', classifications: [], macro_categories: [] } },
    };
    expect(remainingRequests(fetched, [tasks], 1)).toEqual([tasks]);
  });

  it('adds the catalogue pages the live total_count needs beyond the plan', () => {
    expect(offsets(remainingRequests(modelsPage(0, 500, 1203), [], 1))).toEqual(['offset/500', 'offset/1000']);
  });

  it('drops planned catalogue pages the catalogue no longer needs', () => {
    const planned = [modelsPageRequest(500), modelsPageRequest(1000)];
    expect(remainingRequests(modelsPage(0, 480, 480), planned, 1)).toEqual([]);
  });

  it('follows a server that serves fewer models per page than asked', () => {
    expect(offsets(remainingRequests(modelsPage(0, 100, 620), [], 1))).toEqual(['offset/100', 'offset/600']);
  });

  it(`refuses a catalogue that would take more than ${MAX_PAGES} pages, in one line`, () => {
    expect(() => remainingRequests(modelsPage(0, 500, 500 * MAX_PAGES + 1), [], 1)).toThrow(PagingError);
    expect(() => remainingRequests(modelsPage(0, 500, 500 * MAX_PAGES + 1), [], 1)).toThrow(
      /^models: total_count 6001 would take more than 12 pages of 500; nothing was written\./,
    );
    expect(remainingRequests(modelsPage(0, 500, 500 * MAX_PAGES), [], 1)).toHaveLength(MAX_PAGES - 1);
  });

  it('stops session cost at a short page, planned pages or not', () => {
    expect(remainingRequests(sessionPage(0, 499), [sessionCostPageRequest(500)], 1)).toEqual([]);
  });

  it('goes on after a full session-cost page: the planned page, or the next one when none is planned', () => {
    const planned = [sessionCostPageRequest(500)];
    expect(remainingRequests(sessionPage(0, 500), planned, 1)).toEqual(planned);
    expect(offsets(remainingRequests(sessionPage(500, 500), [], 2))).toEqual(['offset/1000']);
  });

  it('refuses to page session cost past the API’s offset cap', () => {
    expect(remainingRequests(sessionPage(4500, 500), [], 10)).toHaveLength(1);
    expect(() => remainingRequests(sessionPage(5000, 500), [], 11)).toThrow(
      /^session-cost: the page at offset 5000 was full, but the API pages no further than offset 5000;/,
    );
  });
});
