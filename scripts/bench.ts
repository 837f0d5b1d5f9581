/**
 * `npm run bench -- [--quick]`: measures the fetch's requests and pacing, build time against archive size (1, 2 and
 * 5 years of synthetic data; `--quick` skips 5), page weight and Lighthouse per page type, the peer (the same chart
 * drawn in the browser), and growth over nights of the nightly workflow projected to 1, 2 and 5 years (8 nights;
 * `--quick` 3); prints tables and writes bench/results.json. Figures only: exit 1 only when a step cannot run.
 */
import { parseArgs } from 'node:util';
import { toIsoDate } from '../src/lib/api/dates.ts';
import { RESULTS_FILE } from '../src/lib/bench/results.ts';
import { runBench } from '../src/lib/bench/run-bench.ts';
import { DEMO_KEY, startMockServer } from '../src/mock/server.ts';

const USAGE = 'Usage: npm run bench -- [--quick]';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, help: { type: 'boolean' } } });
  if (values.help) return console.log(USAGE);
  await runBench({
    quick: values.quick,
    today: toIsoDate(new Date()),
    projectRoot: process.cwd(),
    node: process.execPath,
    resultsFile: RESULTS_FILE,
    source: { apiKey: DEMO_KEY, startApi: (now) => startMockServer({ port: 0, relaxed: true, now: () => now }) },
    log: (line) => console.log(line),
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
