import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { AppRankingsRow } from '../../../src/lib/api/app-rankings.ts';
import { APP_BARS_LIMIT, appBarsChart } from '../../../src/lib/charts/app-bars.ts';
import { toLeaderboard } from '../../../src/lib/transform/app-leaderboard.ts';
import { readingOrder, smallestTextAt, svgWidth } from './svg-checks.ts';
import { prettySvg } from '../../fakes/svg-snapshot.ts';

const HOSTILE = [
  '<script>alert("x")</script> Bot',
  `Quote "App" & 'Co'`,
  `An ${'extremely long app name '.repeat(10)}`.slice(0, 200),
  'تطبيق المحادثة العربي',
];

function rows(names: readonly string[], extra: (i: number) => Record<string, unknown> = () => ({})): AppRankingsRow[] {
  return names.map((app_name, i) => ({
    rank: i + 1,
    app_id: 100 + i,
    app_name,
    total_tokens: String(9_000_000_000 - i * 1_500_000_000),
    total_requests: 1000 - i * 100,
    ...extra(i),
  }));
}

/** The own text of every `<text>` and `<title>` in an SVG (without nested titles), as a browser would read it. */
function texts(svg: string): string[] {
  const { document } = parseHTML(`<html><body>${svg}</body></html>`);
  return [...document.querySelectorAll('text, title')].map((n) =>
    [...n.childNodes]
      .filter((c) => c.nodeType === 3)
      .map((c) => c.textContent)
      .join(''),
  );
}

describe(appBarsChart, () => {
  it('draws the popular leaderboard', async () => {
    const board = toLeaderboard(rows(['Cline', 'Roo Code', 'Kilo Code', 'SillyTavern', 'Open WebUI']), 'popular');
    await expect(prettySvg(appBarsChart('apps-popular-all', board.rows, board.measure))).toMatchFileSnapshot(
      '__snapshots__/apps-popular-all.svg',
    );
  });

  it('draws trending by excess growth', async () => {
    const board = toLeaderboard(
      rows(['Cline', 'Roo Code', 'Kilo Code'], (i) => ({ excess_tokens: String(3_000_000_000 - i * 1_000_000_000) })),
      'trending',
    );
    await expect(prettySvg(appBarsChart('apps-trending-all', board.rows, board.measure))).toMatchFileSnapshot(
      '__snapshots__/apps-trending-all.svg',
    );
  });

  it('escapes hostile names and keeps their full text readable', () => {
    const board = toLeaderboard(rows(HOSTILE), 'popular');
    const svg = appBarsChart('apps-hostile', board.rows, board.measure);
    expect(svg).not.toMatch(/<script/i);
    expect(svg).toContain('&lt;script&gt;alert("x")&lt;/script&gt; Bot');
    const read = texts(svg);
    expect(read).toContain(`Quote "App" & 'Co'`);
    expect(read).toContain('تطبيق المحادثة العربي');
    expect(read.some((t) => t.includes(HOSTILE[2] ?? '-'))).toBe(true); // full long name in a title
    expect(read.some((t) => t.endsWith('…') && t.length < 60)).toBe(true); // and shortened on the axis
  });

  it(`draws at most ${APP_BARS_LIMIT} apps`, () => {
    const board = toLeaderboard(rows(Array.from({ length: 40 }, (_, i) => `App ${i}`)), 'popular');
    const svg = appBarsChart('apps-many', board.rows, board.measure);
    expect(svg.match(/<rect/g)).toHaveLength(APP_BARS_LIMIT);
  });

  it('draws an empty board without failing', () => expect(appBarsChart('apps-empty', [], 'tokens')).toMatch(/^<svg/));
});

describe('appBarsChart, narrow', () => {
  const board = toLeaderboard(rows(['Cline', 'Roo Code', 'Kilo Code', ...HOSTILE]), 'popular');
  const narrow = appBarsChart('apps-popular-all', board.rows, board.measure, 'narrow');

  it('draws the narrow leaderboard', async () =>
    await expect(prettySvg(narrow)).toMatchFileSnapshot('__snapshots__/apps-popular-all-narrow.svg'));

  it('puts each name on its own line with its value, escaped, the long one shortened', () => {
    const read = readingOrder(narrow);
    expect(read.slice(0, 6)).toEqual(['Cline', '9.00B', 'Roo Code', '7.50B', 'Kilo Code', '6.00B']);
    expect(read).toContain(HOSTILE[0]);
    expect(narrow).not.toMatch(/<script/i);
    expect(read.some((t) => t.startsWith('An extremely') && t.endsWith('…'))).toBe(true);
    expect(read).toContain('9.00B');
  });

  it('is 320 px wide, keeps its text at 11 px or more in a 254 px box, and has a bar per app', () => {
    expect(svgWidth(narrow)).toBe(320);
    expect(smallestTextAt(narrow, 254)).toBeGreaterThanOrEqual(11);
    expect(narrow.match(/<rect/g)).toHaveLength(7);
  });
});
