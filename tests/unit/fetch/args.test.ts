import { describe, expect, it } from 'vitest';
import { parseFetchArgs, toDatasets } from '../../../src/lib/fetch/args.ts';
import { isUsageError } from '../../../src/lib/fetch/errors.ts';

/** The options of a run command (fails the test on `--help`). */
function optionsOf(argv: string[], env = {}) {
  const command = parseFetchArgs(argv, env);
  if (command.help) throw new Error('expected run options');
  return command.options;
}

/** The usage error a command line raises. */
function usageErrorOf(argv: string[], env = {}): string {
  try {
    parseFetchArgs(argv, env);
  } catch (error) {
    if (isUsageError(error)) return error.message;
    throw error;
  }
  throw new Error('expected a usage error');
}

describe(parseFetchArgs, () => {
  it('defaults to the real API, data/, every dataset, paced', () => {
    expect(optionsOf([])).toEqual({
      baseUrl: 'https://openrouter.ai/api/v1',
      apiKey: undefined,
      dataDir: 'data',
      datasets: [
        'rankings-daily',
        'app-rankings',
        'benchmarks',
        'task-classifications',
        'rankings-category',
        'rankings-language',
        'rankings-modality',
        'rankings-context',
        'benchmarks-openrouter',
        'models',
        'session-cost',
      ],
      dryRun: false,
      relaxedPacing: false,
      today: undefined,
      repair: false,
    });
  });

  it('reads the key, base URL and data dir from the environment, flags winning', () => {
    const env = { OPENROUTER_API_KEY: 'sk-x', OPENROUTER_BASE_URL: 'http://a:1/api/v1', DATA_DIR: 'env-data' };
    expect(optionsOf([], env)).toMatchObject({ apiKey: 'sk-x', baseUrl: 'http://a:1/api/v1', dataDir: 'env-data' });
    expect(optionsOf(['--base-url', 'http://b:2/api/v1/', '--data-dir', 'flag-data'], env)).toMatchObject({
      baseUrl: 'http://b:2/api/v1',
      dataDir: 'flag-data',
    });
  });

  it('takes every documented flag', () => {
    const options = optionsOf([
      '--only',
      'tasks,rankings',
      '--dry-run',
      '--relaxed-pacing',
      '--today',
      '2026-05-11',
      '--repair',
    ]);
    expect(options).toMatchObject({
      datasets: ['rankings-daily', 'task-classifications'],
      dryRun: true,
      relaxedPacing: true,
      today: '2026-05-11',
      repair: true,
    });
  });

  it('never relaxes pacing because of the host', () => {
    expect(optionsOf(['--base-url', 'http://127.0.0.1:8787/api/v1']).relaxedPacing).toBe(false);
  });

  it.each([
    [['--bogus'], /^fetch: Unknown option '--bogus'\. Usage: npm run fetch -- /],
    [['extra'], /^fetch: Unexpected argument 'extra'\. Usage: /],
    [
      ['--only', 'apps,catalogue'],
      /^fetch: unknown --only value "catalogue"; use a comma-separated list of rankings, apps, benchmarks, tasks, categories, languages, modalities, context, openrouter, models, session-cost\.$/,
    ],
    [['--today', '2026-02-30'], /^fetch: --today "2026-02-30" is not a calendar date; use YYYY-MM-DD\.$/],
    [['--base-url', 'localhost'], /^fetch: --base-url "localhost" is not a URL/],
  ])('rejects %j with one line', (argv, message) => {
    const line = usageErrorOf(argv);
    expect(line).toMatch(message);
    expect(line).not.toContain('\n');
  });

  it('names OPENROUTER_BASE_URL when the bad base URL came from it', () => {
    expect(usageErrorOf([], { OPENROUTER_BASE_URL: 'localhost:8787' })).toBe(
      'fetch: OPENROUTER_BASE_URL must be http or https, got localhost:',
    );
    expect(usageErrorOf([], { OPENROUTER_BASE_URL: 'nope' })).toMatch(
      /^fetch: OPENROUTER_BASE_URL "nope" is not a URL/,
    );
    expect(usageErrorOf(['--base-url', 'nope'], { OPENROUTER_BASE_URL: 'http://ok/api/v1' })).toMatch(
      /^fetch: --base-url "nope" is not a URL/,
    );
  });

  it.each([
    [['--base-url', 'http://user:hunter2@127.0.0.1:8787/api/v1'], {}, '--base-url'],
    [[], { OPENROUTER_BASE_URL: 'https://:hunter2@example.org/api/v1' }, 'OPENROUTER_BASE_URL'],
    [['--base-url', 'http://user:hunter2@[bad/api'], {}, '--base-url'],
  ])('refuses credentials in the base URL %j without printing them', (argv, env, source) => {
    const line = usageErrorOf(argv, env);
    expect(line).toMatch(new RegExp(`^fetch: ${source} `));
    expect(line).not.toContain('hunter2');
  });

  it('refuses an empty --data-dir instead of writing into the current directory', () => {
    expect(usageErrorOf(['--data-dir', ''])).toBe(
      'fetch: --data-dir is empty; give a directory, e.g. --data-dir data.',
    );
  });

  it('asks for the usage text with --help', () => {
    expect(parseFetchArgs(['--help'], {})).toEqual({ help: true });
  });
});

describe(toDatasets, () => {
  it('maps --only names to datasets in run order, once each', () => {
    expect(toDatasets('benchmarks,apps,apps')).toEqual(['app-rankings', 'benchmarks']);
    expect(toDatasets(undefined)).toHaveLength(11);
  });

  it('names the model catalogue and session cost by their own names, last in run order', () => {
    expect(toDatasets('session-cost,models,tasks')).toEqual(['task-classifications', 'models', 'session-cost']);
  });

  it('names the newer datasets by alias or by their own name', () => {
    expect(toDatasets('openrouter,context,modalities,languages,categories')).toEqual([
      'rankings-category',
      'rankings-language',
      'rankings-modality',
      'rankings-context',
      'benchmarks-openrouter',
    ]);
    expect(toDatasets('rankings-category,benchmarks-openrouter,rankings')).toEqual([
      'rankings-daily',
      'rankings-category',
      'benchmarks-openrouter',
    ]);
  });
});
