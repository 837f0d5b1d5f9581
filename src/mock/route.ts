/**
 * What a route handler gets and throws: the request's clock and fault flags, and {@link QueryError} for a 400.
 * Parameter readers here share one wording, so every 400 names the parameter, the value and the rule.
 */

import type { World } from './world.ts';

/** Per-request inputs of a route handler. */
export interface RouteContext {
  /** The synthetic data. */
  readonly world: World;
  /** The server's clock at the request. */
  readonly now: Date;
  /** The `huge-tokens` fault: the leading row's totals are pushed past 2^53. */
  readonly hugeTokens: boolean;
  /** The `legacy` fault: refuse the parameters the older spec does not list, as such a server would. */
  readonly legacy?: boolean | undefined;
  /** The server's `sessionCostUnpublished` option: session cost answers as if no snapshot were published yet. */
  readonly sessionCostUnpublished?: boolean | undefined;
}

/** A route handler: a query in, a JSON body out (plain objects only), or a thrown {@link QueryError}. */
export type RouteHandler = (query: URLSearchParams, context: RouteContext) => object;

/** A request the API refuses with 400; `message` becomes the body's `error.message`. */
export class QueryError extends Error {
  override readonly name = 'QueryError';
}

/** Type guard for {@link QueryError}. */
export function isQueryError(error: unknown): error is QueryError {
  return error instanceof QueryError;
}

/** A parameter's value, `undefined` when absent; a parameter given twice is refused rather than guessed at. */
export function readParam(query: URLSearchParams, name: string): string | undefined {
  const values = query.getAll(name);
  if (values.length > 1) throw new QueryError(`${name} is given ${values.length} times; give it once`);
  return values[0];
}

/** One of `allowed`, or `fallback` when absent: `readChoice(q, 'sort', ['popular', 'trending'], 'popular')`. */
export function readChoice<T extends string>(
  query: URLSearchParams,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T;
export function readChoice<T extends string>(
  query: URLSearchParams,
  name: string,
  allowed: readonly T[],
  fallback?: undefined,
): T | undefined;
export function readChoice<T extends string>(
  query: URLSearchParams,
  name: string,
  allowed: readonly T[],
  fallback?: T,
): T | undefined {
  const value = readParam(query, name);
  if (value === undefined) return fallback;
  const found = allowed.find((choice) => choice === value);
  if (found === undefined) throw new QueryError(`${name} must be one of ${allowed.join(', ')}; got ${quote(value)}`);
  return found;
}

/** A whole number in `[min, max]` written in plain digits, or `fallback` when absent: `limit=1.5` is a 400. */
export function readInteger(query: URLSearchParams, name: string, min: number, max: number, fallback: number): number {
  const value = readParam(query, name);
  if (value === undefined) return fallback;
  const number = /^\d{1,6}$/.test(value) ? Number(value) : Number.NaN;
  if (!(number >= min && number <= max)) {
    throw new QueryError(`${name} must be an integer from ${min} to ${max}; got ${quote(value)}`);
  }
  return number;
}

/** A client-supplied value quoted for an error message, shortened so a huge parameter cannot bloat the body. */
export function quote(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}
