/** Failures of a fetch run that are not the API's: bad flags, no key, a plan over budget, a synthetic mismatch. */

import { withoutCredentials } from '../api/client.ts';

/** The usage line every flag error ends with. */
export const FETCH_USAGE =
  'Usage: npm run fetch -- [--base-url URL] [--data-dir DIR] ' +
  '[--only rankings,apps,benchmarks,tasks,categories,languages,modalities,context,openrouter,models,session-cost] ' +
  '[--dry-run] [--relaxed-pacing] [--today YYYY-MM-DD] [--repair]';

/** The command line or environment is wrong; nothing was requested. The CLI exits 2. */
export class UsageError extends Error {
  override readonly name: string = 'UsageError';
}

/** Type guard for {@link UsageError} (and {@link MissingKeyError}). */
export function isUsageError(error: unknown): error is UsageError {
  return error instanceof UsageError;
}

/** No `OPENROUTER_API_KEY`: the run stops before any request. */
export class MissingKeyError extends UsageError {
  override readonly name: string = 'MissingKeyError';
  constructor() {
    super(
      'fetch: OPENROUTER_API_KEY is not set. Set it to your OpenRouter API key, or run npm start for the demo (no key needed).',
    );
  }
}

/** The archive directory is not one (a file, or inside a file): refused before anything is read or written. */
export class DataDirError extends UsageError {
  override readonly name: string = 'DataDirError';
  constructor(dir: string, problem: string) {
    super(`fetch: the data directory ${dir} ${problem}; give --data-dir a directory (a missing one is created).`);
  }
}

/**
 * `--today` outside [2025-01-01, the real UTC day + 1] for an archive of real data: a typo that would date
 * snapshots in the future and let retention delete the real ones. Only a synthetic archive may be dated otherwise.
 */
export class TodayOutOfRangeError extends UsageError {
  override readonly name: string = 'TodayOutOfRangeError';
  constructor(today: string, range: readonly [string, string], why: string) {
    super(
      `fetch: --today ${today} is outside ${range[0]} … ${range[1]} (the real UTC day + 1), and ${why}; ` +
        'only a synthetic archive (the local Data API) may be dated otherwise. Check the date.',
    );
  }
}

/** The plan needs more requests than today's budget has left: refused before any request, so nothing is half done. */
export class OverBudgetError extends Error {
  override readonly name: string = 'OverBudgetError';
  constructor(planned: number, remaining: number, budget: number, day: string) {
    super(
      `fetch: the plan needs ${planned} requests but only ${remaining} of today's ${budget} remain (${day}, UTC; counted in budget.json). Try again tomorrow, or fetch less with --only.`,
    );
  }
}

/** Real data into a synthetic archive or the reverse: refused before anything of that dataset is written. */
export class SyntheticMismatchError extends Error {
  override readonly name: string = 'SyntheticMismatchError';
  constructor(dataset: string, dataDir: string, baseUrl: string, archiveSynthetic: boolean) {
    super(
      archiveSynthetic
        ? `${dataset}: ${dataDir} holds synthetic demo data, but ${baseUrl} answered real data. Fetch real data into another --data-dir.`
        : `${dataset}: ${dataDir} holds real OpenRouter data, but ${baseUrl} answered synthetic demo data (meta.synthetic). Use another --data-dir for the demo (npm start uses demo-data/).`,
    );
  }
}

/** Responses of one dataset disagree on the synthetic marker; nothing of it is written. */
export class MixedSyntheticError extends Error {
  override readonly name: string = 'MixedSyntheticError';
  constructor(dataset: string, baseUrl: string) {
    super(
      `${dataset}: ${baseUrl} answered some requests with synthetic demo data and some without. Check --base-url, then re-run.`,
    );
  }
}

/**
 * Newer datasets the server refused (a `NewerParameterError` each) while the others completed: the first one's line,
 * and the names of the rest that failed the same way.
 */
export class NewerDatasetsError extends Error {
  override readonly name: string = 'NewerDatasetsError';
  constructor(failures: readonly { readonly dataset: string; readonly error: Error }[]) {
    const [first, ...rest] = failures;
    const others = rest.map((f) => f.dataset).join(', ');
    const also = rest.length > 0 ? ` Also not fetched, for the same reason: ${others}.` : '';
    super(`${first?.error.message ?? 'newer datasets failed'}${also}`);
  }
}

/** The CLI's exit code for an error: 2 for usage (flags, missing key), 1 for everything else. */
export function exitCodeOf(error: unknown): number {
  return isUsageError(error) ? 2 : 1;
}

/**
 * The one line the CLI prints for an error, with `secret` (the API key) and any user name and password in a URL
 * blanked out wherever they might appear.
 */
export function errorLine(error: unknown, secret: string | undefined): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split('\n')[0] ?? '';
  const known = error instanceof Error && error.name !== 'Error' && error.name !== 'TypeError';
  const shown = known ? line : `fetch: unexpected error: ${line}`;
  const clean = withoutCredentials(shown);
  return secret ? clean.split(secret).join('[key]') : clean;
}
