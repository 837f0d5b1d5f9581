/**
 * `npm run mock -- [--port N] [--key K] [--relaxed] [--fault NAME[@scope]]... [--today YYYY-MM-DD]
 * [--session-cost-unpublished]`: serves the
 * local Data API (synthetic data) until Ctrl-C or SIGTERM. `MOCK_TODAY` pins the day like `--today`.
 * Exit 0 on a clean stop, 1 when it cannot listen, 2 on a bad flag.
 */
import { describeFault } from '../src/mock/faults.ts';
import { FlagError, parseMockFlags, pinnedClock } from '../src/mock/flags.ts';
import { startMockServer } from '../src/mock/server.ts';

async function main(): Promise<void> {
  const flags = parseMockFlags(process.argv.slice(2), process.env);
  const now = flags.today === null ? undefined : pinnedClock(flags.today);
  const { port, key, relaxed, faults, sessionCostUnpublished } = flags;
  const server = await startMockServer({ port, key, relaxed, faults, now, sessionCostUnpublished }).catch(
    (error: unknown) => {
      const code = error instanceof Error && 'code' in error ? error.code : undefined;
      const reason = code === 'EADDRINUSE' ? `port ${flags.port} is in use` : String(error);
      throw new Error(`Local Data API: ${reason}; pass --port N (0 picks a free port).`);
    },
  );
  console.log(`Local Data API: ${server.url}`);
  const limits = flags.relaxed ? 'rate limits relaxed' : 'rate limits on (30/min, 500/day; --relaxed lifts them)';
  console.log(`Key: ${flags.key} · ${limits}`);
  if (flags.faults.length > 0) {
    console.log(`Faults: ${flags.faults.map(describeFault).join(', ')}`);
  }
  if (flags.today !== null) console.log(`Clock pinned: ${flags.today} 12:00 UTC at start`);
  if (sessionCostUnpublished) console.log('Session cost: no snapshot published (--session-cost-unpublished)');
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(error instanceof FlagError ? 2 : 1);
});
