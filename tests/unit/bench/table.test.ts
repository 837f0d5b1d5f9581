import { describe, expect, it } from 'vitest';
import { formatBytes, formatDuration, formatKb, formatRatio, formatTable } from '../../../src/lib/bench/table.ts';

describe(formatTable, () => {
  it('pads every column to its widest cell, numbers right-aligned, under a dashed rule', () => {
    const table = formatTable(
      [{ label: 'page' }, { label: 'KB', align: 'right' }],
      [
        ['/', '12.3'],
        ['/models/', '4.0'],
      ],
    );
    expect(table.split('\n')).toEqual(['page        KB', '--------  ----', '/         12.3', '/models/   4.0']);
  });

  it('prints missing cells empty and trims trailing spaces', () => {
    expect(formatTable([{ label: 'a' }, { label: 'b' }], [['x']]).split('\n')).toEqual(['a  b', '-  -', 'x']);
  });

  it('prints only the header and rule when there are no rows', () => {
    expect(formatTable([{ label: 'run' }], [])).toBe('run\n---');
  });
});

describe(formatBytes, () => {
  it.each([
    [0, '0 B'],
    [999, '999 B'],
    [12_345, '12.3 KB'],
    [47_700_000, '47.7 MB'],
    [1_200_000_000, '1.2 GB'],
  ])('formats %i bytes as %s (decimal units)', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe(formatKb, () => {
  it('gives kilobytes with one decimal and no unit', () => {
    expect(formatKb(12_345)).toBe('12.3');
    expect(formatKb(0)).toBe('0.0');
  });
});

describe(formatDuration, () => {
  it('gives seconds under a minute and minutes with padded seconds from there', () => {
    expect(formatDuration(8_420)).toBe('8.4 s');
    expect(formatDuration(60_000)).toBe('1 min 00 s');
    expect(formatDuration(125_400)).toBe('2 min 05 s');
  });
});

describe(formatRatio, () => {
  it('gives a factor with two decimals, or a dash when there is none', () => {
    expect(formatRatio(2.004)).toBe('×2.00');
    expect(formatRatio(null)).toBe('–');
    expect(formatRatio(Number.POSITIVE_INFINITY)).toBe('–');
  });
});
