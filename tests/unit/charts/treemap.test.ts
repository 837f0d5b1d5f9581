import { describe, expect, it } from 'vitest';
import type { TaskClassificationsResponse } from '../../../src/lib/api/task-classifications.ts';
import { MACRO_COLORS } from '../../../src/lib/charts/theme.ts';
import { taskTreemapChart, taskTreemapNarrowChart, textColorOn } from '../../../src/lib/charts/treemap.ts';
import { contrastRatio } from '../../../src/lib/transform/colors.ts';
import { toTreemapInput, toTreemapLayout } from '../../../src/lib/transform/treemap.ts';
import { readingOrder, smallestTextAt, svgWidth, tooltips } from './svg-checks.ts';
import { prettySvg } from '../../fakes/svg-snapshot.ts';

function tag(t: string, name: string, macro: string, usage: number, token: number) {
  return {
    tag: t,
    display_name: name,
    macro_category: macro,
    usage_share: usage,
    token_share: token,
    category_usage_share: 0,
    category_token_share: 0,
    models: [],
  };
}

const DATA: TaskClassificationsResponse['data'] = {
  window_days: 7,
  as_of: '2026-06-17',
  classifications: [
    tag('code:general_impl', 'Code Generation', 'code', 0.3, 0.38),
    tag('agent:web_search', 'Web Search', 'agent', 0.18, 0.12),
    tag('code:debug', 'Debugging', 'code', 0.12, 0.14),
    tag('general:chat', 'Chit-chat', 'general', 0.1, 0.06),
    tag('data:extract', 'Data Extraction', 'data', 0.09, 0.1),
    tag('agent:tool_use', 'Tool Use', 'agent', 0.08, 0.09),
    tag('general:translate', '<i>Translation</i> & "more"', 'general', 0.07, 0.05),
    tag('data:summarize', 'Summarization', 'data', 0.04, 0.04),
    tag('code:review', 'Code Review', 'code', 0.02, 0.02),
  ],
  macro_categories: [
    { key: 'code', label: 'Code', usage_share: 0.44, token_share: 0.54 },
    { key: 'agent', label: 'Agent', usage_share: 0.26, token_share: 0.21 },
    { key: 'general', label: 'General', usage_share: 0.17, token_share: 0.11 },
    { key: 'data', label: 'Data', usage_share: 0.13, token_share: 0.14 },
  ],
};

describe(taskTreemapChart, () => {
  it.each(['usage', 'token'] as const)('draws the %s treemap', async (measure) => {
    const layout = toTreemapLayout(toTreemapInput(DATA, measure), { width: 640, height: 360 });
    await expect(prettySvg(taskTreemapChart(`tasks-treemap-${measure}`, layout))).toMatchFileSnapshot(
      `__snapshots__/tasks-treemap-${measure}.svg`,
    );
  });

  it('draws one rectangle per tag and escapes names', () => {
    const svg = taskTreemapChart(
      'tasks-treemap-x',
      toTreemapLayout(toTreemapInput(DATA, 'usage'), { width: 640, height: 360 }),
    );
    expect(svg.match(/<rect/g)).toHaveLength(DATA.classifications.length);
    expect(svg).not.toContain('<i>');
    expect(svg).toContain('&lt;i&gt;Translation&lt;/i&gt; &amp; "more"');
  });
});

describe(taskTreemapNarrowChart, () => {
  const narrow = taskTreemapNarrowChart('tasks-treemap-usage', toTreemapInput(DATA, 'usage'));

  it('draws the narrow list', async () =>
    await expect(prettySvg(narrow)).toMatchFileSnapshot('__snapshots__/tasks-treemap-usage-narrow.svg'));

  it('shows every group as a heading with its share, then every tag of it with its share, largest first', () => {
    expect(readingOrder(narrow)).toEqual([
      ...['Code', '44.0%', 'Code Generation', '30.0%', 'Debugging', '12.0%', 'Code Review', '2.0%'],
      ...['Agent', '26.0%', 'Web Search', '18.0%', 'Tool Use', '8.0%'],
      ...['General', '17.0%', 'Chit-chat', '10.0%', '<i>Translation</i> & "more"', '7.0%'],
      ...['Data', '13.0%', 'Data Extraction', '9.0%', 'Summarization', '4.0%'],
    ]);
    expect(narrow).not.toContain('<i>');
  });

  it('draws one bar per tag with its tooltip, and is 320 px wide with text of 11 px or more in a 254 px box', () => {
    expect(narrow.match(/<rect/g)).toHaveLength(DATA.classifications.length);
    expect(tooltips(narrow)).toContain('Code Generation (Code): 30.0%');
    expect(svgWidth(narrow)).toBe(320);
    expect(smallestTextAt(narrow, 254)).toBeGreaterThanOrEqual(11);
  });
});

describe(textColorOn, () => {
  it.each([
    ['#332288', '#ffffff'],
    ['#DDCC77', '#111111'],
    ['#44AA99', '#111111'],
    ['#CC6677', '#111111'],
  ])('%s -> %s', (fill, text) => expect(textColorOn(fill)).toBe(text));

  it.each(Object.entries(MACRO_COLORS))('gives %s tiles (%s) text at 4.5:1 or more', (_, fill) =>
    expect(contrastRatio(fill, textColorOn(fill))).toBeGreaterThanOrEqual(4.5),
  );
});
