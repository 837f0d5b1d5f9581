import { describe, expect, it } from 'vitest';
import { gridLegend, sessionCostGridChart, type CostGrid } from '../../../src/lib/charts/session-cost-grid.ts';
import { prettySvg } from '../../fakes/svg-snapshot.ts';

const GRID: CostGrid = {
  harnesses: [
    { key: 'aider', label: 'Aider' },
    { key: 'cline', label: '<b>Cline</b>' },
    { key: 'roo', label: 'Roo Code' },
  ],
  models: [
    { key: 'a/one', label: 'Model One' },
    { key: 'b/two', label: 'Model Two with a very long name indeed' },
  ],
  cells: [
    { harness: 'aider', model: 'a/one', usd: 0.4567 },
    { harness: 'cline', model: 'a/one', usd: 1.2345 },
    { harness: 'aider', model: 'b/two', usd: 0.0004 },
    { harness: 'roo', model: 'b/two', usd: 3.21 },
  ],
};

describe(sessionCostGridChart, () => {
  it('draws a heat cell per published median, its value to the cent and its exact value on hover', async () => {
    const svg = sessionCostGridChart('session-cost-grid', GRID, 'wide');
    expect(svg).toContain('>$0.46<');
    expect(svg).toContain('>$0.0004<');
    expect(svg).toContain('<title>Model One in &lt;b&gt;Cline&lt;/b&gt;: $1.2345 per session</title>');
    // Six pale squares (every pair), four filled with a median.
    expect(svg.match(/<rect /g)).toHaveLength(10);
    await expect(prettySvg(svg)).toMatchFileSnapshot('./__snapshots__/session-cost-grid.svg');
  });

  it('isolates a right-to-left name in its hover text, so the cost after it stays in place', () => {
    const rtl: CostGrid = { ...GRID, harnesses: [{ key: 'aider', label: 'مساعد' }] };
    const svg = sessionCostGridChart('session-cost-grid', rtl, 'wide');
    expect(svg).toContain('<title>Model One in \u2068مساعد\u2069: $0.4567 per session</title>');
  });

  it('draws a dot strip per harness for phones, 320 px wide in 14 px type, cheapest model first', async () => {
    const svg = sessionCostGridChart('session-cost-grid', GRID, 'narrow');
    expect(svg).toMatch(/^<svg[^>]*width="320"/);
    expect(svg).toContain('font-size:14px');
    expect(svg.match(/<circle /g)).toHaveLength(4);
    // Aider's models cheapest first; the harnesses' names in order.
    expect(svg.indexOf('>Model Two with…<')).toBeLessThan(svg.indexOf('>Model One<'));
    const headers = ['>Aider<', '>&lt;b&gt;Cline&lt;/b&gt;<', '>Roo Code<'].map((text) => svg.indexOf(text));
    expect(headers.every((i) => i >= 0)).toBe(true);
    expect(headers).toEqual(headers.toSorted((a, b) => a - b));
    await expect(prettySvg(svg)).toMatchFileSnapshot('./__snapshots__/session-cost-grid-narrow.svg');
  });
});

describe(gridLegend, () => {
  it('keys round costs across the drawn range to their colours, palest first', () => {
    const legend = gridLegend(GRID);
    expect(legend.map((l) => l.label)).toEqual(['$0.001', '$0.01', '$0.1', '$1']);
    expect(new Set(legend.map((l) => l.color)).size).toBe(4);
  });
});
