import { describe, expect, it } from 'vitest';
import { parseCsv, toPeerRows } from '../../../src/lib/bench/peer-rows.ts';
import { allCsvFiles } from '../../../src/lib/figures/catalogue.ts';
import { fixtureSiteData } from '../../fakes/fixture-archive.ts';
import { rankingDays } from '../figures/sections/history-fixtures.ts';

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
    const csv =
      'date,model,name,tokens,share\r\n2026-01-01,"a/b,c","B, C",90071992547409931,0.25\r\n' +
      '2026-01-01,Other,Other,3,0.75\r\n';
    expect(toPeerRows(csv)).toEqual([
      { date: '2026-01-01', model: 'a/b,c', name: 'B, C', tokens: '90071992547409931', share: 0.25 },
      { date: '2026-01-01', model: 'Other', name: 'Other', tokens: '3', share: 0.75 },
    ]);
  });

  it('throws one line naming the header it got', () => {
    expect(() => toPeerRows('day,model\r\n')).toThrow(
      /^peer: expected the CSV header date,model,name,tokens,share, got day,model\.$/,
    );
  });
});

describe('the site’s model share CSV', () => {
  it('is what the peer reads: every row of the 30-day chart, names as the site shows them', async () => {
    const rankings = rankingDays(3, () => ({ 'openai/gpt-x': 30, 'anthropic/claude-y': 10, other: 5 }));
    const data = await fixtureSiteData({ rankings });
    const csv = allCsvFiles(data).find((file) => file.path === '/models/model-share-30d.csv');
    const rows = toPeerRows(csv?.body ?? '');
    expect(rows).toHaveLength(9);
    expect(rows.slice(0, 3).map((row) => [row.model, row.name, row.tokens])).toEqual([
      ['openai/gpt-x', 'GPT X', '30'],
      ['anthropic/claude-y', 'Claude Y', '10'],
      ['Other', 'Other', '5'],
    ]);
    // Shares as the CSV writes them, to six places.
    expect(rows[0]?.share).toBeCloseTo(30 / 45, 6);
  });
});
