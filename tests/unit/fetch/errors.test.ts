import { describe, expect, it } from 'vitest';
import { HttpStatusError } from '../../../src/lib/api/errors.ts';
import { errorLine, exitCodeOf, MissingKeyError, UsageError } from '../../../src/lib/fetch/errors.ts';

describe(exitCodeOf, () => {
  it('gives 2 for usage and a missing key, 1 for anything else', () => {
    expect(exitCodeOf(new UsageError('x'))).toBe(2);
    expect(exitCodeOf(new MissingKeyError())).toBe(2);
    expect(
      exitCodeOf(new HttpStatusError('benchmarks', 500, 'http://x/api/v1/benchmarks', 'http://x/api/v1', undefined)),
    ).toBe(1);
    expect(exitCodeOf(new Error('bug'))).toBe(1);
  });
});

describe(errorLine, () => {
  it('prints a known error as its own line and an unknown one as unexpected', () => {
    expect(errorLine(new MissingKeyError(), undefined)).toMatch(/^fetch: OPENROUTER_API_KEY is not set/);
    expect(errorLine(new Error('boom\nstack'), undefined)).toBe('fetch: unexpected error: boom');
  });

  it('blanks the key out of any line', () => {
    expect(errorLine(new Error('failed for sk-or-secret'), 'sk-or-secret')).toBe(
      'fetch: unexpected error: failed for [key]',
    );
  });

  it('blanks a user name and password in any URL of the line', () => {
    expect(errorLine(new Error('cannot reach https://user:hunter2@example.org/api/v1'), undefined)).toBe(
      'fetch: unexpected error: cannot reach https://[credentials]@example.org/api/v1',
    );
  });
});
