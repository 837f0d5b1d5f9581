import { describe, expect, it } from 'vitest';
import { MOVER_COLORS, moversChart, type MoverBar } from '../../../src/lib/charts/movers.ts';
import { prettySvg } from '../../fakes/svg-snapshot.ts';

const bar = (key: string, label: string, value: number): MoverBar => ({
  key,
  label,
  value,
  valueLabel: `${value > 0 ? '+' : '−'}${Math.abs(value)}`,
  title: `${label}: ${value}`,
});

// Two risers and two fallers, one with a hostile name and one with a name too long for its room.
const bars = [
  bar('a', 'Claude Sonnet 5', 935),
  bar('b', '<b>Hostile</b> & co', 263),
  bar('c', 'Qwen3 Coder 480B A35B Instruct Turbo Preview', -60),
  bar('d', 'GLM 5', -41),
];

describe(moversChart, () => {
  it('draws risers right in blue and fallers left in orange from a zero rule, each labelled', async () => {
    const svg = moversChart('models-movers-7d', bars, { width: 880, labelWidth: 200 });
    expect(svg.match(new RegExp(`fill="${MOVER_COLORS.up}"`, 'g'))).toHaveLength(2);
    expect(svg.match(new RegExp(`fill="${MOVER_COLORS.down}"`, 'g'))).toHaveLength(2);
    for (const label of ['+935', '+263', '−60', '−41']) expect(svg).toContain(`>${label}<`);
    await expect(prettySvg(svg)).toMatchFileSnapshot('./__snapshots__/models-movers-7d.svg');
  });

  it('writes names as text, never markup, and cuts long ones with an ellipsis', () => {
    const svg = moversChart('models-movers-7d', bars, { width: 880, labelWidth: 200 });
    expect(svg).toContain('&lt;b&gt;Hostile&lt;/b&gt; &amp; co');
    expect(svg).not.toContain('<b>');
    // The visible text is cut; the full name stays in its tooltip.
    expect(svg).toMatch(/>Qwen3 Coder [^<]*…<title>Qwen3 Coder 480B A35B Instruct Turbo Preview</);
  });

  it('keeps bars of equal size equal on either side of zero', () => {
    const svg = moversChart('m', [bar('x', 'X', 100), bar('y', 'Y', -100)], { width: 600, labelWidth: 120 });
    const widths = [...svg.matchAll(/<rect[^>]*width="([\d.]+)"/g)].map((m) => m[1]);
    expect(widths).toHaveLength(2);
    expect(widths[0]).toBe(widths[1]);
  });
});
