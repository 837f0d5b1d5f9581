import { describe, expect, it } from 'vitest';
import { parseCsv, toPeerRows } from '../../../src/lib/bench/peer-rows.ts';

describe(parseCsv, () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and CRLF lines', () => {
    expect(parseCsv('a,"b,c","say ""hi""","two\r\nlines"\r\nd,,e\r\n')).toEqual([
      ['a', 'b,c', 'say "hi"', 'two\r\nlines'],
      ['d', '', 'e'],
    ]);
  });

  it('keeps a last line without a line end', () => {
    expect(parseCsv('a,b\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });
});

describe(toPeerRows, () => {
  it('turns the model share CSV into rows, tokens kept as digits', () => {
    const csv = 'date,model,tokens,share\r\n2026-01-01,"a/b,c",90071992547409931,0.25\r\n2026-01-01,Other,3,0.75\r\n';
    expect(toPeerRows(csv)).toEqual([
      { date: '2026-01-01', model: 'a/b,c', tokens: '90071992547409931', share: 0.25 },
      { date: '2026-01-01', model: 'Other', tokens: '3', share: 0.75 },
    ]);
  });

  it('throws one line naming the header it got', () => {
    expect(() => toPeerRows('day,model\r\n')).toThrow(
      /^peer: expected the CSV header date,model,tokens,share, got day,model\.$/,
    );
  });
});
