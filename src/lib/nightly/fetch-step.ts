import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DATASET_ALIASES, type DatasetAlias } from '../fetch/plan.ts';

/**
 * One fetch of the nightly workflow (`.github/workflows/nightly.yml`, its "Fetch each dataset" loop):
 * `npm run fetch -- --only <alias>`, run as its own process so a failure is an exit code and one line, exactly
 * what the workflow sees.
 */

/**
 * The nightly's fetches, in workflow order: one per `--only` name. The workflow lists them in its `DATASETS`
 * (tests/unit/workflows.test.ts keeps the two equal).
 */
export const NIGHTLY_STEPS = Object.keys(DATASET_ALIASES) as DatasetAlias[];

/** What one step is run with. */
export interface FetchStepInput {
  readonly alias: DatasetAlias;
  readonly baseUrl: string;
  readonly dataDir: string;
  /** `--today`: the simulated UTC day. */
  readonly today: string;
  readonly apiKey: string;
}

/** How a step ended: its exit code and its last output line (the one the workflow writes to the job summary). */
export interface FetchStepResult {
  readonly alias: DatasetAlias;
  readonly ok: boolean;
  readonly line: string;
}

/** Runs one step; injectable so the simulation can be driven without processes. */
export type RunFetchStep = (input: FetchStepInput) => Promise<FetchStepResult>;

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The CLI flags of a step: `--only apps --base-url … --data-dir … --relaxed-pacing --today 2026-11-20`. */
function toFetchArgs(input: FetchStepInput): string[] {
  return [
    '--only',
    input.alias,
    '--base-url',
    input.baseUrl,
    '--data-dir',
    input.dataDir,
    // Only ever against a local Data API started with relaxed limits (the simulation's); the budget still holds.
    '--relaxed-pacing',
    '--today',
    input.today,
  ];
}

/**
 * The job-summary line the workflow writes for a fetch (a Markdown list item): `- ✅ rankings: Done: …` or
 * `- ❌ apps: app-rankings: HTTP 500 from …`.
 */
export function toSummaryLine(result: FetchStepResult): string {
  return `- ${result.ok ? '✅' : '❌'} ${result.alias}: ${result.line}`;
}

/** Runs `scripts/fetch.ts` with the pinned Node (the one running this), as `npm run fetch` would. */
export const spawnFetchStep: RunFetchStep = (input) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/fetch.ts', ...toFetchArgs(input)], {
      cwd: REPO_ROOT,
      env: { ...process.env, OPENROUTER_API_KEY: input.apiKey },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Both streams in arrival order, as `2>&1 | tee` in the workflow: the last line is the result or the error.
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', (error) => reject(new Error(`fetch --only ${input.alias}: ${error.message}`)));
    child.on('close', (code) => {
      const line = output.trimEnd().split('\n').at(-1) ?? '';
      resolve({ alias: input.alias, ok: code === 0, line });
    });
  });
