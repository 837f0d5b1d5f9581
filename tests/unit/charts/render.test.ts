import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { renderSvg, roundCoordinates } from '../../../src/lib/charts/render.ts';

describe(roundCoordinates, () => {
  it('rounds geometry to one decimal', () => {
    expect(roundCoordinates('<path d="M1.234,5.678L9.99,2.5" transform="translate(3.14159,0)"/>')).toBe(
      '<path d="M1.2,5.7L10,2.5" transform="translate(3.1,0)"/>',
    );
  });
  it('rounds to whole pixels with no places', () =>
    expect(roundCoordinates('<path d="M1.5,2.49L-0.5,3"/>', 0)).toBe('<path d="M2,2L0,3"/>'));
  it('leaves text and labels exact', () => {
    const svg = '<text x="1.26" aria-label="0.12%">1.00K and 0.125%</text>';
    expect(roundCoordinates(svg)).toBe('<text x="1.3" aria-label="0.12%">1.00K and 0.125%</text>');
  });
});

describe(renderSvg, () => {
  const chart = () =>
    renderSvg('test-chart', {
      width: 200,
      height: 100,
      marks: [
        Plot.areaY(
          [
            { x: 1, y: 1 },
            { x: 2, y: 3 },
          ],
          { x: 'x', y: 'y', clip: true },
        ),
        Plot.text(['<b>x</b>'], { x: 1, y: 1 }),
      ],
    });
  it('returns a standalone, namespaced SVG hidden from assistive tech', () => {
    const svg = chart();
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('aria-hidden="true"');
  });
  it('is reproducible and prefixes generated ids with the chart id', () => {
    const svg = chart();
    expect(chart()).toBe(svg);
    const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    for (const id of ids) expect(id).toMatch(/^test-chart-\d+$/);
  });
  it('escapes text from data', () => {
    const svg = chart();
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;b&gt;');
  });
  it('draws a narrow rendering with its own class and ids, its text at the narrow size', () => {
    const svg = renderSvg(
      'test-chart',
      { width: 200, height: 100, marks: [Plot.areaY([1, 3], { clip: true })] },
      'narrow',
    );
    expect(svg).toContain('class="ta-test-chart-narrow"');
    for (const [, id] of svg.matchAll(/\sid="([^"]+)"/g)) expect(id).toMatch(/^test-chart-narrow-\d+$/);
    expect(svg).toContain('font-size:14px');
    expect(chart()).toContain('font-size:12px');
  });
});
