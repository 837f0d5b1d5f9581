import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FlagError, parseMockFlags, pinnedClock } from '../../../src/mock/flags.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe(parseMockFlags, () => {
  it('defaults to port 8787, the demo key, limits on, no faults, the real clock', () => {
    expect(parseMockFlags([], {})).toEqual({
      port: 8787,
      key: 'sk-or-demo-token-atlas',
      relaxed: false,
      faults: [],
      today: null,
      sessionCostUnpublished: false,
    });
  });

  it('reads every flag, --fault repeatable', () => {
    const flags = parseMockFlags(
      [
        '--port',
        '0',
        '--key',
        'sk-x',
        '--relaxed',
        '--fault',
        'flaky',
        '--fault',
        'slow@tasks',
        '--today',
        '2026-05-11',
        '--session-cost-unpublished',
      ],
      {},
    );
    expect(flags).toEqual({
      port: 0,
      key: 'sk-x',
      relaxed: true,
      faults: [
        { name: 'flaky', endpoint: null },
        { name: 'slow', endpoint: 'task-classifications' },
      ],
      today: '2026-05-11',
      sessionCostUnpublished: true,
    });
  });

  it('takes the day from MOCK_TODAY, the flag winning over it', () => {
    expect(parseMockFlags([], { MOCK_TODAY: '2026-01-31' }).today).toBe('2026-01-31');
    expect(parseMockFlags(['--today', '2026-02-01'], { MOCK_TODAY: '2026-01-31' }).today).toBe('2026-02-01');
  });

  it.each([
    [['--bogus'], /^Unknown option '--bogus'\. Usage: npm run mock/],
    [['--port'], /^Option '--port <value>' argument missing\. Usage/],
    [['--port', '80x'], /^--port 80x is not a port number \(0-65535; 0 picks a free port\)\. Usage/],
    [['--port', '70000'], /^--port 70000 is not a port number/],
    [['--key', 'two words'], /^--key must be a non-empty key without spaces/],
    [['--fault', 'explode'], /^--fault: unknown fault "explode"/],
    [['--today', '2026-02-30'], /^--today 2026-02-30 is not a calendar-valid YYYY-MM-DD date/],
    [['extra'], /^Unexpected argument 'extra'/],
  ])('refuses %j in one line naming the flag', (argv, message) => {
    expect(() => parseMockFlags(argv, {})).toThrow(FlagError);
    expect(() => parseMockFlags(argv, {})).toThrow(message);
    try {
      parseMockFlags(argv, {});
    } catch (error) {
      expect(String(error instanceof Error ? error.message : error)).not.toContain('\n');
    }
  });

  it('refuses a bad MOCK_TODAY, naming it', () => {
    expect(() => parseMockFlags([], { MOCK_TODAY: 'tomorrow' })).toThrow(
      /^MOCK_TODAY tomorrow is not a calendar-valid/,
    );
  });
});

describe(pinnedClock, () => {
  it('starts at 12:00 UTC of the day and advances with real time', () => {
    let real = 1_000_000;
    const clock = pinnedClock('2026-05-11', () => real);
    expect(clock().toISOString()).toBe('2026-05-11T12:00:00.000Z');
    real += 61_000;
    expect(clock().toISOString()).toBe('2026-05-11T12:01:01.000Z');
  });
});

/** Runs `scripts/mock.ts` as `npm run mock` does; resolves with its first stdout line (or exit) and output. */
function runMock(args: readonly string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/mock.ts', ...args], {
    cwd: REPO_ROOT,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const listening = new Promise<void>((resolve) => child.stdout.on('data', () => stdout.includes('\n') && resolve()));
  return { child, exited, listening, output: () => ({ stdout, stderr }) };
}

describe('scripts/mock.ts', () => {
  it('prints the base URL once listening, serves it, and exits 0 on SIGTERM', async () => {
    const run = runMock(['--port', '0', '--relaxed', '--fault', 'flaky@apps'], { MOCK_TODAY: '2026-05-11' });
    await Promise.race([run.listening, run.exited]);
    const { stdout } = run.output();
    const url = /^Local Data API: (http:\/\/127\.0\.0\.1:\d+\/api\/v1)\n/.exec(stdout)?.[1];
    expect(url, stdout).toMatch(/^http:\/\/127\.0\.0\.1:[1-9]\d*\/api\/v1$/);
    const response = await fetch(`${url ?? ''}/classifications/task`, {
      headers: { Authorization: 'Bearer sk-or-demo-token-atlas' },
    });
    expect(((await response.json()) as { data: { as_of: string } }).data.as_of).toBe('2026-05-10');
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.output().stdout).toMatch(/Key: sk-or-demo-token-atlas · rate limits relaxed\nFaults: flaky@apps\n/);
  }, 30_000);

  it('exits 2 with one line on a bad flag', async () => {
    const run = runMock(['--port', 'eighty']);
    expect(await run.exited).toBe(2);
    expect(run.output().stderr.trim().split('\n')).toHaveLength(1);
    expect(run.output().stderr).toMatch(/^--port eighty is not a port number/);
  }, 30_000);
});
