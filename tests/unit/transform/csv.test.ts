import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/lib/transform/csv.ts';

/** One column of `value`s, as CSV lines after the header. */
function cells(values: readonly (string | number | bigint | null)[]): string[] {
  return toCsv([{ header: 'v', value: (r: string | number | bigint | null) => r }], values)
    .split('\r\n')
    .slice(1, -1);
}

describe(toCsv, () => {
  it('quotes commas and quotes and defuses formulas', () => {
    const csv = toCsv([{ header: 'name', value: (r: string) => r }], ['a,b', 'say "hi"', '=HYPERLINK()']);
    expect(csv).toBe('name\r\n"a,b"\r\n"say ""hi"""\r\n\'=HYPERLINK()\r\n');
  });

  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1 555 0100', "'+1 555 0100"],
    ['-cmd|calc', "'-cmd|calc"],
    ['-2+3', "'-2+3"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\tname', "'\tname"],
    [' =1+1', "' =1+1"],
    ['  @x', "'  @x"],
    [' plain name', ' plain name'],
    ['Kilo Code', 'Kilo Code'],
    ['x=y', 'x=y'],
  ])('guards the text cell %j as %j', (input, expected) => expect(cells([input])).toEqual([expected]));

  it.each([
    ['-0.004557', '-0.004557'],
    ['0.012300', '0.012300'],
    ['+5', '+5'],
    ['-12', '-12'],
    ['1e-7', '1e-7'],
  ])('keeps the numeric cell %j a number', (input, expected) => expect(cells([input])).toEqual([expected]));

  it('keeps numbers and bigints as numbers, negatives included', () => {
    expect(cells([-0.004557, -3, 9007199254740993n, -9007199254740993n, null])).toEqual([
      '-0.004557',
      '-3',
      '9007199254740993',
      '-9007199254740993',
      '',
    ]);
  });

  it('writes a leaderboard row with a negative change and a formula-like name', () => {
    const rows = [{ name: '-Evil', change: (-0.004557).toFixed(6) }];
    const csv = toCsv(
      [
        { header: 'model', value: (r: (typeof rows)[number]) => r.name },
        { header: 'share_change', value: (r: (typeof rows)[number]) => r.change },
      ],
      rows,
    );
    expect(csv).toBe("model,share_change\r\n'-Evil,-0.004557\r\n");
  });
});
