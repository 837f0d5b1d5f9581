/**
 * Fault switches of the local Data API, for testing clients against a misbehaving server. Each is named on the
 * command line as `NAME` (every endpoint) or `NAME@scope` (one endpoint): `--fault flaky --fault slow@tasks`.
 */
import type { Endpoint } from '../lib/api/client.ts';

/** Every fault, in the order the server applies them. */
export const FAULT_NAMES = [
  /** Every request answers 500. */
  'server-error',
  /** Every request answers 429 with `Retry-After: 1`. */
  'rate-limit',
  /** The first request of each distinct URL answers 503; later ones succeed. */
  'flaky',
  /** Answers come after {@link SLOW_DELAY_MS}. */
  'slow',
  /** 200 with a truncated, invalid JSON body. */
  'malformed',
  /** 200 with valid JSON missing or mistyping a required field. */
  'bad-shape',
  /** The leading row's token totals exceed 2^53 (rankings-daily: each day's top model; app-rankings: rank 1). */
  'huge-tokens',
  /**
   * Behave like a server that follows only the older spec: 400 for rankings-daily's `period`, `category`,
   * `language_type`, `modality` and `context_bucket`, and for benchmarks without `source`, with
   * `source=openrouter` or with `benchmark_type`; 404 for the newer endpoints (`/models`, session cost).
   */
  'legacy',
  /**
   * Names no site should choke on: control characters (`Kilo\u000bCode`), U+202E, `</script>`, a 5,000-character
   * name, emoji, right-to-left text and lone surrogates in app, task and benchmark model names, and a hostile
   * `:variant` suffix on a few permaslugs (see `hostile-names.ts`).
   */
  'hostile-names',
] as const;
export type FaultName = (typeof FAULT_NAMES)[number];

/** Short scope names of `NAME@scope` and the endpoint each one means. */
const FAULT_SCOPES = {
  rankings: 'rankings-daily',
  apps: 'app-rankings',
  benchmarks: 'benchmarks',
  tasks: 'task-classifications',
  models: 'models',
  'session-cost': 'session-cost',
} as const satisfies Record<string, Endpoint>;
type FaultScope = keyof typeof FAULT_SCOPES;

/** One fault switch; `endpoint` null means every endpoint. */
export interface FaultSpec {
  readonly name: FaultName;
  readonly endpoint: Endpoint | null;
}

/** How long the `slow` fault holds an answer: well past any sane client timeout. */
export const SLOW_DELAY_MS = 20_000;

/** A fault string that names no fault or scope; the message is one line saying what is accepted. */
export class FaultSpecError extends Error {
  override readonly name = 'FaultSpecError';
}

function isFaultName(value: string): value is FaultName {
  return (FAULT_NAMES as readonly string[]).includes(value);
}

function isFaultScope(value: string): value is FaultScope {
  return Object.hasOwn(FAULT_SCOPES, value);
}

/**
 * Parses `NAME` or `NAME@scope` strings, or throws a {@link FaultSpecError}:
 * `parseFaults(['flaky@apps'])` -> `[{ name: 'flaky', endpoint: 'app-rankings' }]`.
 */
export function parseFaults(values: readonly string[]): FaultSpec[] {
  return values.map((value) => {
    const [name = '', scope, ...rest] = value.split('@');
    if (!isFaultName(name)) {
      throw new FaultSpecError(`unknown fault "${value}": use one of ${FAULT_NAMES.join(', ')}, optionally @scope`);
    }
    if (scope === undefined) return { name, endpoint: null };
    if (!isFaultScope(scope) || rest.length > 0) {
      throw new FaultSpecError(
        `unknown scope in fault "${value}": use ${name}@${Object.keys(FAULT_SCOPES).join(`, ${name}@`)}`,
      );
    }
    return { name, endpoint: FAULT_SCOPES[scope] };
  });
}

/** A fault as written on the command line: `{ name: 'flaky', endpoint: 'app-rankings' }` -> `flaky@apps`. */
export function describeFault(spec: FaultSpec): string {
  const scope = Object.entries(FAULT_SCOPES).find(([, endpoint]) => endpoint === spec.endpoint)?.[0];
  return scope === undefined ? spec.name : `${spec.name}@${scope}`;
}

/** The faults switched on for one endpoint. */
export function faultsFor(faults: readonly FaultSpec[], endpoint: Endpoint): ReadonlySet<FaultName> {
  return new Set(faults.filter((f) => f.endpoint === null || f.endpoint === endpoint).map((f) => f.name));
}

/**
 * A total pushed past 2^53, odd so no float can hold it: `hugeTokensOf(0n) === 9007199254740993n`. Larger inputs
 * stay larger (order is kept), and every result is below 2^54 for inputs below 2^52.
 */
export function hugeTokensOf(tokens: bigint): bigint {
  return 2n ** 53n + 1n + 2n * tokens;
}

/** The `malformed` body: the real answer cut off mid-way, so it cannot parse. */
export function truncateBody(json: string): string {
  return json.slice(0, Math.max(1, Math.floor(json.length / 2)));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The `bad-shape` body: a copy of `body` with one documented field broken. When the first row has a
 * `total_tokens`, it becomes a JSON number (what a careless server would send); the model catalogue loses its
 * `total_count`; otherwise `as_of` is removed from `meta` (or from `data`, for classifications, which has no `meta`).
 */
export function breakShape(body: object): unknown {
  const copy: unknown = JSON.parse(JSON.stringify(body));
  if (!isRecord(copy)) return copy;
  const data = copy['data'];
  const first: unknown = Array.isArray(data) ? data[0] : undefined;
  if (isRecord(first) && typeof first['total_tokens'] === 'string') {
    first['total_tokens'] = Number(first['total_tokens']);
    return copy;
  }
  if (typeof copy['total_count'] === 'number') {
    delete copy['total_count'];
    return copy;
  }
  const holder = isRecord(copy['meta']) ? copy['meta'] : isRecord(data) ? data : undefined;
  if (holder) delete holder['as_of'];
  return copy;
}
