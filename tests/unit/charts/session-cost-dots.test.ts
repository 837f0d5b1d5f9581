import { describe, expect, it } from 'vitest';
import { sessionCostDotsChart } from '../../../src/lib/charts/session-cost-dots.ts';
import { toCostRows } from '../../../src/lib/transform/session-cost.ts';
import { costCell } from './session-cost-fixtures.ts';
import { prettySvg } from '../../fakes/svg-snapshot.ts';

const ROWS = toCostRows(
  [
    costCell('aider', 'a/one', '1-turn', 0.01),
    costCell('aider', 'a/one', '10-49-turns', 0.45),
    costCell('aider', 'a/one', '50-plus-turns', 3.2),
    costCell('aider', 'b/two', '2-9-turns', 0.2),
  ],
  (c) => c.model_permaslug,
  (slug) => (slug === 'a/one' ? 'Model One' : 'Model Two'),
);

describe(sessionCostDotsChart, () => {
  it('draws a mark per median in its session length’s symbol, and a line across a row with several', async () => {
    const svg = sessionCostDotsChart('session-cost-harness', ROWS, 'wide');
    expect(svg.match(/<path [^>]*d="M/g)?.length).toBeGreaterThanOrEqual(4);
    expect(svg).toContain('<title>Model One, 10–49 turns: $0.45 per session</title>');
    expect(svg).toContain('<title>Model Two, 2–9 turns: $0.2 per session</title>');
    // One row has several lengths: one line.
    expect(svg.match(/aria-label="rule"[\s\S]*?<\/g>/)?.[0].match(/<line /g)).toHaveLength(1);
    await expect(prettySvg(svg)).toMatchFileSnapshot('./__snapshots__/session-cost-dots.svg');
  });

  it('has a narrow design, 320 px wide in 14 px type', async () => {
    const svg = sessionCostDotsChart('session-cost-harness', ROWS, 'narrow');
    expect(svg).toMatch(/^<svg[^>]*width="320"/);
    expect(svg).toContain('font-size:14px');
    await expect(prettySvg(svg)).toMatchFileSnapshot('./__snapshots__/session-cost-dots-narrow.svg');
  });
});
