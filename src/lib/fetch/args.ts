import { parseArgs } from 'node:util';
import { DEFAULT_BASE_URL, withoutCredentials } from '../api/client.ts';
import { isCalendarDate } from '../api/common.ts';
import { DATASETS, type Dataset } from '../archive/format.ts';
import { DEFAULT_DATA_DIR } from '../archive/paths.ts';
import { DATASET_ALIASES, type DatasetAlias } from './plan.ts';
import { FETCH_USAGE, UsageError } from './errors.ts';
import type { FetchOptions } from './run.ts';

/** The environment variables the fetch reads. */
export interface FetchEnv {
  readonly OPENROUTER_API_KEY?: string | undefined;
  readonly OPENROUTER_BASE_URL?: string | undefined;
  readonly DATA_DIR?: string | undefined;
}

/** What the command line asks for: run options, or only the usage text. */
export type FetchCommand = { readonly help: true } | { readonly help: false; readonly options: FetchOptions };

const FLAGS = {
  'base-url': { type: 'string' },
  'data-dir': { type: 'string' },
  only: { type: 'string' },
  'dry-run': { type: 'boolean' },
  'relaxed-pacing': { type: 'boolean' },
  today: { type: 'string' },
  repair: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** An unset or empty environment variable reads as `undefined`. */
function envValue(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

/** The dataset an `--only` name means: an alias (`categories`) or a dataset's own name (`rankings-category`). */
function datasetNamed(name: string): Dataset | undefined {
  if (Object.hasOwn(DATASET_ALIASES, name)) return DATASET_ALIASES[name as DatasetAlias];
  return DATASETS.find((dataset) => dataset === name);
}

/** `--only rankings,tasks` -> `['rankings-daily', 'task-classifications']`; every dataset when absent. */
export function toDatasets(only: string | undefined): Dataset[] {
  if (only === undefined) return [...DATASETS];
  const names = only.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => datasetNamed(name) === undefined);
  if (unknown.length > 0) {
    const given = unknown.map((n) => `"${n}"`).join(', ');
    const aliases = Object.keys(DATASET_ALIASES).join(', ');
    throw new UsageError(`fetch: unknown --only value ${given}; use a comma-separated list of ${aliases}.`);
  }
  const chosen = new Set(names.map(datasetNamed));
  return DATASETS.filter((dataset) => chosen.has(dataset));
}

/**
 * The base URL, checked; `source` is where it came from (`--base-url` or `OPENROUTER_BASE_URL`), so the error names
 * what to fix. A user name or password in it is refused and never echoed: the key goes in OPENROUTER_API_KEY.
 */
function toBaseUrlOption(value: string, source: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    const shown = withoutCredentials(value);
    throw new UsageError(`fetch: ${source} "${shown}" is not a URL; e.g. http://127.0.0.1:8787/api/v1.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`fetch: ${source} must be http or https, got ${url.protocol}`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new UsageError(
      `fetch: ${source} contains a user name or password; remove them (the key goes in OPENROUTER_API_KEY).`,
    );
  }
  return value.replace(/\/+$/, '');
}

/** The base URL and where it came from: the flag, the environment, or the default. */
function baseUrlOf(flag: string | undefined, env: FetchEnv): string {
  if (flag !== undefined) return toBaseUrlOption(flag, '--base-url');
  const fromEnv = envValue(env.OPENROUTER_BASE_URL);
  return fromEnv === undefined ? DEFAULT_BASE_URL : toBaseUrlOption(fromEnv, 'OPENROUTER_BASE_URL');
}

/** The archive directory: `--data-dir`, else `DATA_DIR`, else `data`; an empty `--data-dir` is refused. */
function dataDirOf(flag: string | undefined, env: FetchEnv): string {
  if (flag === '') throw new UsageError('fetch: --data-dir is empty; give a directory, e.g. --data-dir data.');
  return flag ?? envValue(env.DATA_DIR) ?? DEFAULT_DATA_DIR;
}

/** Reads the flags after `npm run fetch --` and the environment; throws a one-line {@link UsageError}. */
export function parseFetchArgs(argv: readonly string[], env: FetchEnv): FetchCommand {
  let values;
  try {
    ({ values } = parseArgs({ args: [...argv], options: FLAGS, strict: true, allowPositionals: false }));
  } catch (error) {
    // Node's message goes on with advice about positionals; its first sentence names the flag.
    const first = error instanceof Error ? (error.message.split('. ')[0] ?? error.message) : String(error);
    throw new UsageError(`fetch: ${first}. ${FETCH_USAGE}`);
  }
  if (values.help) return { help: true };
  if (values.today !== undefined && !isCalendarDate(values.today)) {
    throw new UsageError(`fetch: --today "${values.today}" is not a calendar date; use YYYY-MM-DD.`);
  }
  const options: FetchOptions = {
    baseUrl: baseUrlOf(values['base-url'], env),
    apiKey: envValue(env.OPENROUTER_API_KEY),
    dataDir: dataDirOf(values['data-dir'], env),
    datasets: toDatasets(values.only),
    dryRun: values['dry-run'] ?? false,
    relaxedPacing: values['relaxed-pacing'] ?? false,
    today: values.today,
    repair: values.repair ?? false,
  };
  return { help: false, options };
}
