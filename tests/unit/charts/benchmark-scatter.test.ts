import { describe, expect, it } from 'vitest';
import type { ArtificialAnalysisItem, DesignArenaItem } from '../../../src/lib/api/benchmarks.ts';
import {
  benchmarkScatterChart,
  SCATTER_COLORS,
  SCATTER_LEGEND,
  SCATTER_NARROW_LAYOUT,
  type ScatterAxes,
} from '../../../src/lib/charts/benchmark-scatter.ts';
import { contrastRatio } from '../../../src/lib/transform/colors.ts';
import { AXIS_LABELS, priceWords, timeWords, toAaSet, toDaSpeedSet } from '../../../src/lib/transform/benchmarks.ts';
import type { RecentUsage } from '../../../src/lib/transform/recent-usage.ts';
import { toScatterLayout } from '../../../src/lib/transform/scatter-layout.ts';
import { markTexts, smallestTextAt, svgWidth, tickLabels } from './svg-checks.ts';
import { prettySvg } from '../../fakes/svg-snapshot.ts';

const AA: ArtificialAnalysisItem[] = [
  ['openai/gpt-4o', 'GPT-4o', 71.2, '0.0000025', '0.00001'],
  ['openai/gpt-4o-mini', 'GPT-4o mini', 55, '0.00000015', '0.0000006'],
  ['anthropic/claude-sonnet-4', 'Claude Sonnet 4', 74, '0.000003', '0.000015'],
  ['google/gemini-2.5-flash', 'Gemini 2.5 Flash', 68, '0.0000003', '0.0000025'],
  ['deepseek/deepseek-chat', 'DeepSeek V3', 66, '0.00000027', '0.0000011'],
  ['x/hostile', '<b>Hostile</b> "model" & co', 60, '0.000001', '0.000002'],
  ['meta/free', 'Free model', 40, '0', '0'],
].map(([slug, name, index, prompt, completion]) => ({
  source: 'artificial-analysis',
  model_permaslug: String(slug),
  display_name: String(name),
  intelligence_index: Number(index),
  coding_index: null,
  agentic_index: null,
  pricing: { prompt: String(prompt), completion: String(completion) },
}));

const DA: DesignArenaItem[] = [
  ['anthropic/claude-sonnet-4', 72, 3200],
  ['openai/gpt-4o', 61, 2100],
  ['google/gemini-2.5-flash', 58, 900],
  ['x/slow', 40, 45000],
].map(([slug, winRate, ms]) => ({
  source: 'design-arena',
  model_permaslug: String(slug),
  display_name: String(slug).split('/')[1] ?? '',
  arena: 'models',
  category: 'codecategories',
  elo: 1000 + Number(winRate) * 5,
  win_rate: Number(winRate),
  avg_generation_time_ms: Number(ms),
  tournament_stats: { first_place: 1, second_place: 1, third_place: 0, fourth_place: 0, total: 2 },
  pricing: null,
}));

const USAGE: RecentUsage = {
  start: '2026-04-12',
  end: '2026-05-11',
  tokens: new Map([
    ['openai/gpt-4o', 4_000_000_000n],
    ['google/gemini-2.5-flash', 9_000_000_000n],
  ]),
  models: new Map(),
};

function axes(x: string, y: string, tick: (v: number) => string): ScatterAxes {
  return { x, y, xTick: tick, title: (p) => `${p.name}: ${p.y}` };
}

describe(benchmarkScatterChart, () => {
  it('draws an AA index against price with the frontier and labels', async () => {
    const layout = toScatterLayout(toAaSet(AA, 'intelligence', USAGE), { width: 640, height: 400 });
    const words = priceWords(AXIS_LABELS.intelligence);
    const svg = benchmarkScatterChart(
      'benchmarks-aa-intelligence',
      layout,
      axes(AXIS_LABELS.price, AXIS_LABELS.intelligence, words.tick),
    );
    await expect(prettySvg(svg)).toMatchFileSnapshot('__snapshots__/benchmarks-aa-intelligence.svg');
  });

  it('draws Design Arena win rate against generation time', async () => {
    const layout = toScatterLayout(toDaSpeedSet(DA, USAGE), { width: 640, height: 400 });
    const words = timeWords(AXIS_LABELS.winRate);
    const svg = benchmarkScatterChart(
      'benchmarks-da-models-speed',
      layout,
      axes(AXIS_LABELS.time, AXIS_LABELS.winRate, words.tick),
    );
    await expect(prettySvg(svg)).toMatchFileSnapshot('__snapshots__/benchmarks-da-models-speed.svg');
  });

  it('draws error bars behind the dots when the layout has spreads', async () => {
    const spreads = new Map([
      ['openai/gpt-4o', 3],
      ['anthropic/claude-sonnet-4', 1.5],
    ]);
    const layout = toScatterLayout(toAaSet(AA, 'intelligence', USAGE), {
      width: 640,
      height: 400,
      spreadOf: (p) => spreads.get(p.slug) ?? null,
    });
    const words = priceWords(AXIS_LABELS.intelligence);
    const svg = benchmarkScatterChart(
      'benchmarks-spread',
      layout,
      axes(AXIS_LABELS.price, AXIS_LABELS.intelligence, words.tick),
    );
    expect(svg.match(/aria-label="rule"[^>]*>(.*?)<\/g>/)?.[1]?.match(/<line/g)).toHaveLength(2);
    await expect(prettySvg(svg)).toMatchFileSnapshot('__snapshots__/benchmarks-spread.svg');
  });

  it('escapes model names in labels and tooltips', () => {
    const layout = toScatterLayout(toAaSet(AA, 'intelligence', USAGE), { width: 640, height: 400 });
    const svg = benchmarkScatterChart('benchmarks-hostile', layout, axes('x', 'y', String));
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;b&gt;Hostile&lt;/b&gt; "model" &amp; co');
  });

  it('draws one dot per plotted model: filled when in the rankings, hollow otherwise', () => {
    const layout = toScatterLayout(toAaSet(AA, 'intelligence', USAGE), { width: 640, height: 400 });
    const svg = benchmarkScatterChart('benchmarks-dots', layout, axes('x', 'y', String));
    expect(svg.match(/<circle/g)).toHaveLength(6);
    expect(
      svg.match(/<g[^>]*fill="#0072B2"[^>]*aria-label="dot"[^>]*>(.*?)<\/g>/)?.[1]?.match(/<circle/g),
    ).toHaveLength(2);
  });

  it('uses stable ids so two renders are identical', () => {
    const layout = toScatterLayout(toAaSet(AA, 'intelligence', USAGE), { width: 640, height: 400 });
    const a = benchmarkScatterChart('benchmarks-same', layout, axes('x', 'y', String));
    expect(benchmarkScatterChart('benchmarks-same', layout, axes('x', 'y', String))).toBe(a);
  });
});

describe('benchmarkScatterChart, narrow', () => {
  const layout = toScatterLayout(toAaSet(AA, 'intelligence', USAGE), SCATTER_NARROW_LAYOUT);
  const words = priceWords(AXIS_LABELS.intelligence);
  const narrow = benchmarkScatterChart(
    'benchmarks-aa-intelligence',
    layout,
    axes(AXIS_LABELS.price, AXIS_LABELS.intelligence, words.tick),
    'narrow',
  );

  it('draws the narrow scatterplot', async () =>
    await expect(prettySvg(narrow)).toMatchFileSnapshot('__snapshots__/benchmarks-aa-intelligence-narrow.svg'));

  it('draws every model but at most four labels, the top scorer first', () => {
    expect(narrow.match(/<circle/g)).toHaveLength(6);
    const labels = markTexts(narrow);
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.length).toBeLessThanOrEqual(4);
    expect(labels).toContain('Claude Sonnet 4');
  });

  it('has price ticks that keep apart and an x title without its parenthesis', () => {
    expect(tickLabels(narrow, 'x')).toEqual(['$0.2', '$0.5', '$1', '$2', '$5']);
    expect(narrow).toContain('>Blended price, $ per 1M tokens<');
  });

  it('is 320 px wide and keeps its text at 11 px or more in a 254 px box', () => {
    expect(svgWidth(narrow)).toBe(320);
    expect(smallestTextAt(narrow, 254)).toBeGreaterThanOrEqual(11);
  });
});

describe('SCATTER_LEGEND', () => {
  it('keys filled dots, hollow dots and the frontier line in the colours the chart draws them', () =>
    expect(SCATTER_LEGEND.map((k) => [k.kind, k.color])).toEqual([
      ['dot-filled', SCATTER_COLORS.dot],
      ['dot-hollow', SCATTER_COLORS.dot],
      ['line', SCATTER_COLORS.frontier],
    ]));

  it.each(Object.entries(SCATTER_COLORS))('draws %s (%s) at 3:1 or more on light and dark pages', (_, color) => {
    expect(contrastRatio(color, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(color, '#101217')).toBeGreaterThanOrEqual(3);
  });
});
