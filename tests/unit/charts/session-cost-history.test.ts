import { describe, expect, it } from 'vitest';
import { sessionCostHistoryChart } from '../../../src/lib/charts/session-cost-history.ts';
import { toCostHistory } from '../../../src/lib/transform/session-cost.ts';
import { costCell } from './session-cost-fixtures.ts';
import { prettySvg } from '../../fakes/svg-snapshot.ts';

const week = (windowEndDate: string, cells: ReturnType<typeof costCell>[]) => ({ windowEndDate, windowDays: 7, cells });
// Three weekly windows, two missing, then two more; Cline has no median in the third window.
const HISTORY = toCostHistory(
  [
    week('2026-09-06', [costCell('aider', 'm', '10-49-turns', 0.4), costCell('cline', 'm', '10-49-turns', 1)]),
    week('2026-09-13', [costCell('aider', 'm', '10-49-turns', 0.42), costCell('cline', 'm', '10-49-turns', 1.1)]),
    week('2026-09-20', [costCell('aider', 'm', '10-49-turns', 0.41)]),
    week('2026-10-11', [costCell('aider', 'm', '10-49-turns', 0.5), costCell('cline', 'm', '10-49-turns', 1.2)]),
    week('2026-10-18', [costCell('aider', 'm', '10-49-turns', 0.52), costCell('cline', 'm', '1-turn', 0.03)]),
  ],
  'm',
);

/** Path commands of the line mark (every panel): one `M` per drawn piece. */
const pieces = (svg: string) =>
  (svg.slice(svg.indexOf('aria-label="line"'), svg.indexOf('aria-label="dot"')).match(/\bM/g) ?? []).length;

describe(sessionCostHistoryChart, () => {
  it('draws a panel per harness with a line per session length, broken at gaps and missing medians', async () => {
    const svg = sessionCostHistoryChart('session-cost-history', HISTORY, 'wide');
    expect(svg).toContain('>AIDER<');
    expect(svg).toContain('>CLINE<');
    // Aider: 3 windows, gap, 2 windows = 2 pieces. Cline 10–49: 2 windows, none, 1 after the gap = 2 pieces (Plot
    // writes a lone point as a one-point path). Cline 1 turn: one lone point. Nothing joins across a gap or a null.
    expect(pieces(svg)).toBe(5);
    expect(svg.match(/<title>/g)).toHaveLength(9);
    expect(svg).toContain('<title>CLINE, 10–49 turns, week to 11 Oct 2026: $1.2 per session</title>');
    await expect(prettySvg(svg)).toMatchFileSnapshot('./__snapshots__/session-cost-history.svg');
  });

  it('stacks the panels for phones, 320 px wide in 14 px type', async () => {
    const svg = sessionCostHistoryChart('session-cost-history', HISTORY, 'narrow');
    expect(svg).toMatch(/^<svg[^>]*width="320"/);
    expect(svg).toContain('font-size:14px');
    await expect(prettySvg(svg)).toMatchFileSnapshot('./__snapshots__/session-cost-history-narrow.svg');
  });
});
