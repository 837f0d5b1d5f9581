/**
 * `npm run fetch -- [--base-url URL] [--data-dir DIR]
 * [--only rankings,apps,benchmarks,tasks,categories,languages,modalities,context,openrouter,models,session-cost]
 * [--dry-run] [--relaxed-pacing] [--today YYYY-MM-DD] [--repair]`: fills the archive from the Data API, holding its
 * lock. The key comes from OPENROUTER_API_KEY only. Exit 0 on success, 2 for bad flags, a missing key, a data
 * directory that is a file or an out-of-range --today; 1 for any other failure.
 */
import { parseFetchArgs } from '../src/lib/fetch/args.ts';
import { errorLine, exitCodeOf, FETCH_USAGE } from '../src/lib/fetch/errors.ts';
import { runFetch } from '../src/lib/fetch/run.ts';

async function main(): Promise<void> {
  const command = parseFetchArgs(process.argv.slice(2), process.env);
  if (command.help) {
    console.log(FETCH_USAGE);
    return;
  }
  await runFetch(command.options, { log: (line) => console.log(line) });
}

main().catch((error: unknown) => {
  console.error(errorLine(error, process.env['OPENROUTER_API_KEY']));
  process.exitCode = exitCodeOf(error);
});
