/**
 * `npm run bench -- [--quick] [--only <parts>]`: measures the fetch's requests and pacing, build time against
 * archive size (1, 2 and 5 years of synthetic data; `--quick` skips 5), page weight (before and after issue 14's
 * narrow renderings) and Lighthouse per page type, the peer (the same chart drawn in the browser), and growth over
 * nights of the nightly workflow projected to 1, 2 and 5 years (8 nights; `--quick` 3); prints tables and writes
 * bench/results.json. `--only pages,growth` runs those parts alone and keeps the others' figures in the file.
 * Figures only: exit 1 only when a step cannot run.
 */
import { parseArgs } from 'node:util';
import { toIsoDate } from '../src/lib/api/dates.ts';
import { BENCH_PARTS, parseOnly } from '../src/lib/bench/parts.ts';
import { RESULTS_FILE } from '../src/lib/bench/results.ts';
import { runBench } from '../src/lib/bench/run-bench.ts';
import { WEIGHT_BASELINE_FILE } from '../src/lib/bench/weight-baseline.ts';
import { DEMO_KEY, startMockServer } from '../src/mock/server.ts';

const USAGE = `Usage: npm run bench -- [--quick] [--only <part>[,<part>…]]   (parts: ${BENCH_PARTS.join(', ')})`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string', multiple: true },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return console.log(USAGE);
  await runBench({
    quick: values.quick,
    parts: parseOnly(values.only),
    today: toIsoDate(new Date()),
    projectRoot: process.cwd(),
    node: process.execPath,
    resultsFile: RESULTS_FILE,
    weightBaselineFile: WEIGHT_BASELINE_FILE,
    source: { apiKey: DEMO_KEY, startApi: (now) => startMockServer({ port: 0, relaxed: true, now: () => now }) },
    log: (line) => console.log(line),
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
