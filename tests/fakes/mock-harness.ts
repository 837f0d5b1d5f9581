/** Shared set-up of the local Data API unit tests: a pinned clock, one world, and handler calls by query. */
import { isQueryError, type RouteHandler } from '../../src/mock/route.ts';
import { createWorld } from '../../src/mock/world.ts';

/** Noon UTC on 2026-05-11: "today" is 2026-05-11 (half done), "yesterday" 2026-05-10. */
export const NOW = new Date('2026-05-11T12:00:00Z');
export const TODAY = '2026-05-11';
export const YESTERDAY = '2026-05-10';

/** One world for the whole file; its memo makes repeated windows cheap. */
export const world = createWorld();

/** Query parameters as a record or a query string. */
export type Query = Record<string, string> | string;

export interface CallOptions {
  readonly now?: Date;
  readonly hugeTokens?: boolean;
  /** The `legacy` fault: a server that follows only the older spec. */
  readonly legacy?: boolean;
  /** The server's `sessionCostUnpublished` option. */
  readonly sessionCostUnpublished?: boolean;
}

/** Runs a handler as the server would and returns its body (parse it with the endpoint's schema). */
export function call(handler: RouteHandler, query: Query = {}, options: CallOptions = {}): unknown {
  return handler(new URLSearchParams(query), {
    world,
    now: options.now ?? NOW,
    hugeTokens: options.hugeTokens ?? false,
    legacy: options.legacy ?? false,
    sessionCostUnpublished: options.sessionCostUnpublished ?? false,
  });
}

/** The 400 message a handler refuses `query` with; throws when the handler accepts it. */
export function refusal(handler: RouteHandler, query: Query, options: CallOptions = {}): string {
  try {
    call(handler, query, options);
  } catch (error) {
    if (isQueryError(error)) return error.message;
    throw error;
  }
  throw new Error(`expected a 400 for ${new URLSearchParams(query).toString()}`);
}
