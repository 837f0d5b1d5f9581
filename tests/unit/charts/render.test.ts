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
  it('keeps a tenth on dot radii, so sized dots do not jump between whole pixels', () =>
    expect(roundCoordinates('<circle cx="1.5" r="2.44"/><circle r="3.5"/>', 0)).toBe(
      '<circle cx="2" r="2.4"/><circle r="3.5"/>',
    ));
  it('keeps lengths with a unit, like the em offset that centres a tick label', () =>
    expect(roundCoordinates('<text y="0.32em" dy="-0.5em" x="1.5"/>', 0)).toBe('<text y="0.32em" dy="-0.5em" x="2"/>'));
  it('leaves text and labels exact', () => {
    const svg = '<text x="1.26" aria-label="0.12%">1.00K and 0.125%</text>';
    expect(roundCoordinates(svg)).toBe('<text x="1.3" aria-label="0.12%">1.00K and 0.125%</text>');
  });
});

describe(renderSvg, () => {
  const line = (width: number) =>
    renderSvg('test-line', {
      width,
      height: 100,
      marks: [Plot.lineY([1.37, 2.91, 0.55, 3.33, 1.71, 2.2, 0.9])],
    });
  const decimals = (svg: string) => [...svg.matchAll(/\sd="([^"]*)"/g)].some(([, d]) => /\d\.\d/.test(d ?? ''));
  it('draws a chart at most the narrow width in whole pixels, whatever its id, and a wider one to a tenth', () => {
    expect(decimals(line(320))).toBe(false);
    expect(decimals(line(880))).toBe(true);
  });
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
