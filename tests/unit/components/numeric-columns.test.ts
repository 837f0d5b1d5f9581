import { describe, expect, it } from 'vitest';
import { numericColumns, toCellObject } from '../../../src/components/numeric-columns.ts';

describe(numericColumns, () => {
  it('detects columns of formatted numbers, ignoring placeholders', () => {
    const table = {
      columns: ['Model', 'Tokens', 'Share', 'Change', 'Note'],
      rows: [
        ['a/x', { text: '1.23T', title: '1230000000000' }, '12.5%', '+1.2 pp', 'new'],
        ['b/y', '—', '3%', '—', 'fast'],
      ],
    };
    expect(numericColumns(table)).toEqual([false, true, true, true, false]);
  });

  it('follows a column that declares itself, either way', () => {
    const table = {
      columns: [
        { label: 'Rank', numeric: false },
        { label: 'Score', numeric: true },
      ],
      rows: [['1', 'n/a']],
    };
    expect(numericColumns(table)).toEqual([false, true]);
  });

  it('does not call a column of placeholders only numeric', () => {
    expect(numericColumns({ columns: ['Price'], rows: [['—'], ['n/a']] })).toEqual([false]);
  });
});

describe(toCellObject, () => {
  it('wraps text and keeps objects', () => {
    expect(toCellObject('4%')).toEqual({ text: '4%' });
    expect(toCellObject({ text: 'a', href: '/x/' })).toEqual({ text: 'a', href: '/x/' });
  });

  it('drops a title that only repeats the text, and keeps one that tells more', () => {
    expect(toCellObject({ text: '0', title: '0' })).toEqual({ text: '0' });
    expect(toCellObject({ text: '2.09T', title: '2,085,454,301,770' })).toEqual({
      text: '2.09T',
      title: '2,085,454,301,770',
    });
  });
});
