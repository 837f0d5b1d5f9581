import { describe, expect, it } from 'vitest';
import type { TaskClassificationsResponse } from '../../../src/lib/api/task-classifications.ts';
import { taskTreemapChart, textColorOn } from '../../../src/lib/charts/treemap.ts';
import { toTreemapInput, toTreemapLayout } from '../../../src/lib/transform/treemap.ts';

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
    await expect(taskTreemapChart(`tasks-treemap-${measure}`, layout)).toMatchFileSnapshot(
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

describe(textColorOn, () => {
  it.each([
    ['#332288', '#ffffff'],
    ['#DDCC77', '#111111'],
    ['#44AA99', '#111111'],
    ['#CC6677', '#111111'],
  ])('%s -> %s', (fill, text) => expect(textColorOn(fill)).toBe(text));
});
