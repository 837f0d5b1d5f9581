import { describe, expect, it } from 'vitest';
import {
  breakShape,
  describeFault,
  FAULT_NAMES,
  faultsFor,
  FaultSpecError,
  hugeTokensOf,
  parseFaults,
  truncateBody,
} from '../../../src/mock/faults.ts';

describe(parseFaults, () => {
  it.each([
    ['server-error', { name: 'server-error', endpoint: null }],
    ['flaky@apps', { name: 'flaky', endpoint: 'app-rankings' }],
    ['slow@tasks', { name: 'slow', endpoint: 'task-classifications' }],
    ['bad-shape@rankings', { name: 'bad-shape', endpoint: 'rankings-daily' }],
    ['huge-tokens@benchmarks', { name: 'huge-tokens', endpoint: 'benchmarks' }],
  ])('%s -> %o', (text, spec) => {
    expect(parseFaults([text])).toEqual([spec]);
  });

  it('knows the nine documented faults', () => {
    expect([...FAULT_NAMES].sort()).toEqual(
      [
        'bad-shape',
        'flaky',
        'hostile-names',
        'huge-tokens',
        'legacy',
        'malformed',
        'rate-limit',
        'server-error',
        'slow',
      ].sort(),
    );
    expect(parseFaults(FAULT_NAMES).map((f) => f.name)).toEqual([...FAULT_NAMES]);
  });

  it.each([
    ['explode', /unknown fault "explode": use one of server-error, rate-limit/],
    [
      'flaky@catalogue',
      /unknown scope in fault "flaky@catalogue": use flaky@rankings, flaky@apps, flaky@benchmarks, flaky@tasks, flaky@models, flaky@session-cost$/,
    ],
    ['flaky@apps@tasks', /unknown scope/],
    ['', /unknown fault ""/],
  ])('refuses %j in one line', (text, message) => {
    expect(() => parseFaults([text])).toThrow(FaultSpecError);
    expect(() => parseFaults([text])).toThrow(message);
  });
});

describe(describeFault, () => {
  it('writes a spec back as its flag', () => {
    expect(parseFaults(['flaky@apps', 'slow']).map(describeFault)).toEqual(['flaky@apps', 'slow']);
  });
});

describe(faultsFor, () => {
  it('applies unscoped faults everywhere and scoped ones to their endpoint only', () => {
    const faults = parseFaults(['slow', 'server-error@benchmarks']);
    expect([...faultsFor(faults, 'benchmarks')].sort()).toEqual(['server-error', 'slow']);
    expect([...faultsFor(faults, 'rankings-daily')]).toEqual(['slow']);
  });
});

describe(hugeTokensOf, () => {
  it('lands past 2^53 on an odd number no float can hold, keeping order', () => {
    expect(hugeTokensOf(0n)).toBe(9007199254740993n);
    const [a, b] = [hugeTokensOf(123_456_789_012n), hugeTokensOf(123_456_789_013n)];
    expect(a).toBeLessThan(b);
    expect(BigInt(Number(a))).not.toBe(a);
  });
});

describe(truncateBody, () => {
  it('cuts a JSON body so it no longer parses', () => {
    const json = JSON.stringify({ data: [{ a: 1 }, { b: 2 }], meta: { as_of: 'x' } });
    expect(() => JSON.parse(truncateBody(json)) as unknown).toThrow(SyntaxError);
  });
});

describe(breakShape, () => {
  it('turns the first row’s total_tokens into a number', () => {
    const body = { data: [{ total_tokens: '12' }, { total_tokens: '3' }], meta: { as_of: 'now' } };
    expect(breakShape(body)).toEqual({ data: [{ total_tokens: 12 }, { total_tokens: '3' }], meta: { as_of: 'now' } });
    expect(body.data[0]?.total_tokens).toBe('12');
  });

  it('removes total_count from the model catalogue, which has no meta', () => {
    expect(breakShape({ data: [{ id: 'a/b' }], links: { next: null }, total_count: 1 })).toEqual({
      data: [{ id: 'a/b' }],
      links: { next: null },
    });
  });

  it('removes meta.as_of when rows have no token totals, and data.as_of when there is no meta', () => {
    expect(breakShape({ data: [{ elo: 1 }], meta: { as_of: 'now', version: 'v1' } })).toEqual({
      data: [{ elo: 1 }],
      meta: { version: 'v1' },
    });
    expect(breakShape({ data: [], meta: { as_of: 'now' } })).toEqual({ data: [], meta: {} });
    expect(breakShape({ data: { as_of: '2026-05-10', window_days: 7 } })).toEqual({ data: { window_days: 7 } });
  });
});
