/**
 * Paging of the paged datasets during a run. The plan lists the pages the archive leads us to expect
 * (`plan.ts`); after each response this says which requests of the dataset are still to send: the model catalogue
 * follows the live `total_count`, session cost goes on until a short page. Pure.
 */
import { nextModelsOffset } from '../api/models.ts';
import { MAX_SESSION_COST_OFFSET, nextSessionCostOffset } from '../api/session-cost.ts';
import type { Fetched } from './execute.ts';
import { MODELS_PAGE_SIZE, modelsPageRequest, type PlannedRequest, sessionCostPageRequest } from './plan.ts';

/** Most pages one paged dataset may take in a run: far above today's needs, far below the daily budget. */
export const MAX_PAGES = 12;

/** A paged dataset that cannot be read completely; nothing of it is written. The message is one line. */
export class PagingError extends Error {
  override readonly name = 'PagingError';
}

/**
 * The dataset's requests still to send after `fetched`, given those planned after it and how many pages the
 * dataset has taken so far (`pagesSoFar`, `fetched` included). Unpaged datasets: `planned` unchanged. Models: the
 * pages from the next offset until the live `total_count` (more or fewer than planned). Session cost: none after a
 * short page; after a full one, the planned pages, or the next page when none is planned. Throws a
 * {@link PagingError} when the catalogue would take more than {@link MAX_PAGES} pages, or session cost would page
 * past the API's offset cap.
 */
export function remainingRequests(
  fetched: Fetched,
  planned: readonly PlannedRequest[],
  pagesSoFar: number,
): PlannedRequest[] {
  if (fetched.dataset === 'models') {
    const next = nextModelsOffset(fetched.request.query.offset, fetched.body);
    if (next === null) return [];
    const pages = Math.ceil((fetched.body.total_count - next) / MODELS_PAGE_SIZE);
    if (pagesSoFar + pages > MAX_PAGES) {
      throw new PagingError(
        `models: total_count ${fetched.body.total_count} would take more than ${MAX_PAGES} pages of ` +
          `${MODELS_PAGE_SIZE}; nothing was written. Check --base-url, and report it if it persists.`,
      );
    }
    return Array.from({ length: pages }, (_, page) => modelsPageRequest(next + page * MODELS_PAGE_SIZE));
  }
  if (fetched.dataset === 'session-cost') {
    const { offset, limit } = fetched.request.query;
    const next = nextSessionCostOffset(offset, limit, fetched.body);
    if (next === null) return [];
    if (next > MAX_SESSION_COST_OFFSET) {
      throw new PagingError(
        `session-cost: the page at offset ${offset} was full, but the API pages no further than offset ` +
          `${MAX_SESSION_COST_OFFSET}; the window cannot be read whole, so nothing was written. Please report it.`,
      );
    }
    return planned.length > 0 ? [...planned] : [sessionCostPageRequest(next)];
  }
  return [...planned];
}
