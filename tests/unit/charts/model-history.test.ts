import { describe, expect, it } from 'vitest';
import { modelHistoryChart } from '../../../src/lib/charts/model-history.ts';
import { toModelHistory } from '../../../src/lib/transform/model-history.ts';
import { day } from '../transform/model-fixtures.ts';

const rows = [
  ...day('2026-11-20', { 'a/x': 4_000_000_000, 'b/y': 1_000_000_000 }, 5_000_000_000),
  ...day('2026-11-21', { 'a/x': 5_000_000_000, 'b/y': 1_000_000_000 }, 4_000_000_000),
  ...day('2026-11-22', { 'b/y': 1_000_000_000 }, 9_000_000_000),
  ...day('2026-11-23', { 'a/x': 6_000_000_000, 'b/y': 1_000_000_000 }, 3_000_000_000),
  ...day('2026-11-24', { 'a/x': 7_000_000_000, 'b/y': 1_000_000_000 }, 2_000_000_000),
];
const history = toModelHistory(rows, 'a/x');
const size = { width: 640, height: 240 };

describe(modelHistoryChart, () => {
  it('draws daily tokens in human units with a gap where the model left the top 50', async () => {
    const svg = modelHistoryChart('model-tokens', history, { measure: 'tokens', color: '#332288', size });
    expect(svg).toContain('>6B<');
    // the line restarts after the gap: two move-to commands in one path
    expect(/<path[^>]* d="M[^"]*M[^"]*"/.test(svg)).toBe(true);
    await expect(svg).toMatchFileSnapshot('./__snapshots__/model-tokens.svg');
  });

  it('draws the daily share in percent', async () => {
    const svg = modelHistoryChart('model-day-share', history, { measure: 'share', color: '#332288', size });
    expect(svg).toContain('>70%<');
    await expect(svg).toMatchFileSnapshot('./__snapshots__/model-day-share.svg');
  });
});
