import { describe, expect, it } from 'vitest';
import { modelHistoryChart } from '../../../src/lib/charts/model-history.ts';
import { SIZES } from '../../../src/lib/charts/theme.ts';
import { contrastRatio } from '../../../src/lib/transform/colors.ts';
import { toModelHistory } from '../../../src/lib/transform/model-history.ts';
import { toModelPeriods } from '../../../src/lib/transform/model-history-weekly.ts';
import { day, days } from '../../fakes/model-rows.ts';
import { smallestTextAt, svgWidth, tickLabels } from './svg-checks.ts';
import { prettySvg } from '../../fakes/svg-snapshot.ts';

const rows = [
  ...day('2026-11-20', { 'a/x': 4_000_000_000, 'b/y': 1_000_000_000 }, 5_000_000_000),
  ...day('2026-11-21', { 'a/x': 5_000_000_000, 'b/y': 1_000_000_000 }, 4_000_000_000),
  ...day('2026-11-22', { 'b/y': 1_000_000_000 }, 9_000_000_000),
  ...day('2026-11-23', { 'a/x': 6_000_000_000, 'b/y': 1_000_000_000 }, 3_000_000_000),
  ...day('2026-11-24', { 'a/x': 7_000_000_000, 'b/y': 1_000_000_000 }, 2_000_000_000),
];
const history = toModelPeriods(toModelHistory(rows, 'a/x'));
const size = { width: 640, height: 240 };

describe(modelHistoryChart, () => {
  it('draws daily tokens in human units with a gap where the model left the top 50', async () => {
    const svg = modelHistoryChart('model-tokens', history, { measure: 'tokens', color: '#332288', size });
    expect(svg).toContain('>6B<');
    // the line restarts after the gap: two move-to commands in one path
    expect(/<path[^>]* d="M[^"]*M[^"]*"/.test(svg)).toBe(true);
    await expect(prettySvg(svg)).toMatchFileSnapshot('./__snapshots__/model-tokens.svg');
  });

  it('draws the daily share in percent', async () => {
    const svg = modelHistoryChart('model-day-share', history, { measure: 'share', color: '#332288', size });
    expect(svg).toContain('>70%<');
    await expect(prettySvg(svg)).toMatchFileSnapshot('./__snapshots__/model-day-share.svg');
  });

  it('draws weeks before the last year as averages per day, left of a dashed line at the first daily date', async () => {
    // 1 Jan 2025 to 5 Mar 2026 (429 days): a/x at 1B a day in January 2025, 2B afterwards; weekly before 3 Mar 2025.
    const long = days(
      '2025-01-01',
      429,
      (i) => ({ 'a/x': i < 31 ? 1_000_000_000 : 2_000_000_000 }),
      () => 1,
    );
    const periods = toModelPeriods(toModelHistory(long, 'a/x'));
    const svg = modelHistoryChart('model-tokens', periods, { measure: 'tokens', color: '#332288', size });
    expect(svg).toContain('stroke-dasharray="4 3"');
    expect(svg).toContain('>2B<');
    await expect(prettySvg(svg)).toMatchFileSnapshot('./__snapshots__/model-tokens-weekly.svg');
  });

  it('draws no dashed line when the history is daily throughout', () => {
    const svg = modelHistoryChart('model-tokens', history, { measure: 'tokens', color: '#332288', size });
    expect(svg).not.toContain('stroke-dasharray');
  });

  it('draws a pale palette colour in a darker shade that reaches 3:1 on white and on the dark page', () => {
    const svg = modelHistoryChart('model-tokens', history, { measure: 'tokens', color: '#EEDD88', size });
    const stroke =
      /aria-label="line"[^>]*stroke="(#[0-9A-Fa-f]{6})"|stroke="(#[0-9A-Fa-f]{6})"[^>]*aria-label="line"/.exec(svg);
    const color = stroke?.[1] ?? stroke?.[2] ?? '';
    expect(color).not.toBe('#EEDD88');
    expect(contrastRatio(color, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(color, '#101217')).toBeGreaterThanOrEqual(3);
  });
});

describe('modelHistoryChart, narrow', () => {
  const long = toModelPeriods(
    toModelHistory(
      days(
        '2025-01-01',
        429,
        (i) => ({ 'a/x': 1_000_000_000 + i * 10_000_000 }),
        () => 1,
      ),
      'a/x',
    ),
  );
  const narrow = modelHistoryChart('model-tokens', long, { measure: 'tokens', color: '#332288', size: SIZES.narrow });

  it('draws the narrow tokens chart of a long history', async () =>
    await expect(prettySvg(narrow)).toMatchFileSnapshot('./__snapshots__/model-tokens-narrow.svg'));

  it('labels the first week, one date between and the newest day, with the year on a long span', () =>
    expect(tickLabels(narrow, 'x')).toEqual(['30 Dec 2024', '2 Aug 2025', '5 Mar 2026']));

  it('is 320 px wide and keeps its text at 11 px or more in a 254 px box', () => {
    expect(svgWidth(narrow)).toBe(320);
    expect(smallestTextAt(narrow, 254)).toBeGreaterThanOrEqual(11);
  });

  it('keeps at most five value ticks', () => expect(tickLabels(narrow, 'y').length).toBeLessThanOrEqual(5));
});
