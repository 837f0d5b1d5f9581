import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toCitedSvg } from '../../../src/lib/embed/cited-svg.ts';
import { findFonts, resvgOptions, svgsToPngs } from '../../../src/lib/embed/png.ts';

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
  const view = new DataView(png.buffer, png.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Dark pixels of an SVG rendered with the export options: how much ink it put on white. */
function inkOf(svg: string): number {
  const { pixels } = new Resvg(svg, { ...resvgOptions(1), background: '#ffffff' }).render();
  let dark = 0;
  for (let i = 0; i < pixels.length; i += 4) if ((pixels[i] ?? 255) < 128) dark += 1;
  return dark;
}

/** Pixels of an SVG rendered with the export options whose colour is `rgb`. */
function pixelsOf(svg: string, rgb: readonly [number, number, number]): number {
  const { pixels } = new Resvg(svg, { ...resvgOptions(1), background: '#ffffff' }).render();
  let count = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    if (pixels[i] === rgb[0] && pixels[i + 1] === rgb[1] && pixels[i + 2] === rgb[2]) count += 1;
  }
  return count;
}

const svgWith = (body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="60" font-family="system-ui, sans-serif">${body}</svg>`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-fonts-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe(findFonts, () => {
  it('finds a preferred family anywhere below the folders, with its bold file', () => {
    mkdirSync(join(dir, 'truetype', 'liberation'), { recursive: true });
    writeFileSync(join(dir, 'truetype', 'liberation', 'LiberationSans-Regular.ttf'), '');
    writeFileSync(join(dir, 'truetype', 'liberation', 'LiberationSans-Bold.ttf'), '');
    expect(findFonts([join(dir, 'missing'), dir])).toEqual({
      family: 'Liberation Sans',
      files: [
        join(dir, 'truetype', 'liberation', 'LiberationSans-Regular.ttf'),
        join(dir, 'truetype', 'liberation', 'LiberationSans-Bold.ttf'),
      ],
    });
  });

  it('is null when no known font is there', () => {
    writeFileSync(join(dir, 'Comic.ttf'), '');
    expect(findFonts([dir])).toBeNull();
  });
});

describe(resvgOptions, () => {
  it('refuses to render without a font, naming what to install', () => {
    expect(() => resvgOptions(2, null)).toThrow(/no font found .*fonts-dejavu-core/);
  });

  it('renders text in the charts’ font stack with this machine’s fonts', () => {
    expect(inkOf(svgWith(''))).toBe(0);
    expect(inkOf(svgWith('<text x="4" y="40" font-size="30" fill="#000">Source: OpenRouter</text>'))).toBeGreaterThan(
      200,
    );
  });
});

describe(svgsToPngs, () => {
  it('renders each SVG to a PNG at twice its size, in order', async () => {
    const sizes = [60, 80, 100];
    const svgs = sizes.map((h) => svgWith('<rect width="10" height="10"/>').replace('height="60"', `height="${h}"`));
    const pngs = await svgsToPngs(svgs, 2, 2);
    expect(pngs.map(pngSize)).toEqual(sizes.map((h) => ({ width: 600, height: h * 2 })));
  });

  it('renders more SVGs than one worker takes, keeping their order', async () => {
    const svgs = Array.from({ length: 30 }, (_, i) => svgWith('').replace('width="300"', `width="${i + 1}"`));
    const pngs = await svgsToPngs(svgs, 1);
    expect(pngs.map((png) => pngSize(png).width)).toEqual(svgs.map((_, i) => i + 1));
  });

  it('is empty for no SVGs', async () => {
    expect(await svgsToPngs([], 2)).toEqual([]);
  });
});

describe('a cited export rendered to PNG', () => {
  const chart = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><rect width="50" height="50"/></svg>';
  const text = {
    title: 'T',
    attribution: 'Source: test, as of 2026-11-20.',
    warning: false,
    source: 'Token Atlas',
    legend: [],
  };

  it('carries its legend: the key’s colours and labels are drawn in the image', () => {
    const keyed = toCitedSvg(chart, { ...text, legend: [{ label: 'Frontier', color: '#D55E00', kind: 'line' }] });
    const plain = toCitedSvg(chart, text);
    expect(pixelsOf(plain.svg, [0xd5, 0x5e, 0x00])).toBe(0);
    expect(pixelsOf(keyed.svg, [0xd5, 0x5e, 0x00])).toBeGreaterThan(10);
    expect(inkOf(keyed.svg)).toBeGreaterThan(inkOf(plain.svg)); // and its label
  });
});
