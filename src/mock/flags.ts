/** Flags of `npm run mock`, parsed and checked here so the script stays thin and the rules are unit-tested. */
import { parseArgs } from 'node:util';
import { isCalendarDate } from '../lib/api/common.ts';
import { type FaultSpec, FaultSpecError, parseFaults } from './faults.ts';
import { DEFAULT_PORT, DEMO_KEY } from './server.ts';

const MOCK_USAGE =
  'Usage: npm run mock -- [--port N] [--key K] [--relaxed]' +
  ' [--fault NAME[@rankings|@apps|@benchmarks|@tasks|@models|@session-cost]]... [--today YYYY-MM-DD]' +
  ' [--session-cost-unpublished]';

/** A bad flag or `MOCK_TODAY`; the message is one line naming it and what to do. The script exits 2. */
export class FlagError extends Error {
  override readonly name = 'FlagError';
}

/** What `npm run mock` runs with. `today` is null for the real clock. */
export interface MockFlags {
  readonly port: number;
  readonly key: string;
  readonly relaxed: boolean;
  readonly faults: readonly FaultSpec[];
  readonly today: string | null;
  /** Session cost answers as if no snapshot were published yet. */
  readonly sessionCostUnpublished: boolean;
}

function parseRaw(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        key: { type: 'string' },
        relaxed: { type: 'boolean', default: false },
        fault: { type: 'string', multiple: true, default: [] },
        today: { type: 'string' },
        'session-cost-unpublished': { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    // Node's messages run on ("To specify a positional argument …"); its first sentence names the flag.
    const first = (error instanceof Error ? error.message : String(error)).split('. ')[0] ?? 'bad flags';
    throw new FlagError(`${first.replace(/\.$/, '')}. ${MOCK_USAGE}`);
  }
}

function checkToday(value: string, source: string): string {
  if (isCalendarDate(value)) return value;
  throw new FlagError(`${source} ${value} is not a calendar-valid YYYY-MM-DD date. ${MOCK_USAGE}`);
}

/**
 * Parses the flags: `--port` 0-65535 (0 picks a free port; default 8787), `--key` (default the demo key),
 * `--relaxed`, `--fault` (repeatable), `--today` (else `env.MOCK_TODAY`, else the real clock),
 * `--session-cost-unpublished`.
 */
export function parseMockFlags(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): MockFlags {
  const values = parseRaw(argv);
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (values.port !== undefined && !(/^\d+$/.test(values.port) && port <= 65535)) {
    throw new FlagError(`--port ${values.port} is not a port number (0-65535; 0 picks a free port). ${MOCK_USAGE}`);
  }
  const key = values.key ?? DEMO_KEY;
  if (key === '' || /\s/.test(key)) throw new FlagError(`--key must be a non-empty key without spaces. ${MOCK_USAGE}`);
  let faults: FaultSpec[];
  try {
    faults = parseFaults(values.fault);
  } catch (error) {
    if (error instanceof FaultSpecError) throw new FlagError(`--fault: ${error.message}. ${MOCK_USAGE}`);
    throw error;
  }
  const envToday = env['MOCK_TODAY'];
  const today =
    values.today !== undefined
      ? checkToday(values.today, '--today')
      : envToday
        ? checkToday(envToday, 'MOCK_TODAY')
        : null;
  const sessionCostUnpublished = values['session-cost-unpublished'];
  return { port, key, relaxed: values.relaxed, faults, today, sessionCostUnpublished };
}

/**
 * The clock for a pinned day: 12:00 UTC of `today` when the server starts, then advancing in real time, so the
 * per-minute rate limit still frees up and today's partial totals still grow.
 */
export function pinnedClock(today: string, realNow: () => number = Date.now): () => Date {
  const startedAt = realNow();
  const noon = Date.parse(`${today}T12:00:00Z`);
  return () => new Date(noon + (realNow() - startedAt));
}
