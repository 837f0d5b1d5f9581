import { describe, expect, it } from 'vitest';
import type { TaskClassification, TaskClassificationsResponse } from '../../../src/lib/api/task-classifications.ts';
import { toCsv } from '../../../src/lib/transform/csv.ts';
import {
  describeTaskModels,
  describeTreemap,
  taskModelCsvColumns,
  toTaskModelBars,
  toTaskModelRows,
  toTaskModels,
  toTreemapRows,
  topTask,
  treemapCsvColumns,
} from '../../../src/lib/transform/tasks.ts';
import { toTreemapInput } from '../../../src/lib/transform/treemap.ts';

const CODE: TaskClassification = {
  tag: 'code:general_impl',
  display_name: 'Code Generation',
  macro_category: 'code',
  usage_share: 0.23,
  token_share: 0.31,
  category_usage_share: 0.51,
  category_token_share: 0.48,
  models: [
    { id: 'anthropic/claude-sonnet-4', tag_usage_share: 0.2, tag_token_share: 0.12 },
    { id: 'openai/gpt-4.1-mini', tag_usage_share: 0.55, tag_token_share: 0.75 },
  ],
};
const SEARCH: TaskClassification = {
  ...CODE,
  tag: 'agent:web_search',
  display_name: 'Web Search',
  macro_category: 'agent',
  usage_share: 0.15,
  token_share: 0.4,
  models: [{ id: 'anthropic/claude-sonnet-4', tag_usage_share: 0.4, tag_token_share: 0.5 }],
};
const DATA: TaskClassificationsResponse['data'] = {
  window_days: 7,
  as_of: '2026-06-17',
  classifications: [CODE, SEARCH],
  macro_categories: [
    { key: 'code', label: 'Code', usage_share: 0.45, token_share: 0.52 },
    { key: 'agent', label: 'Agent', usage_share: 0.25, token_share: 0.22 },
  ],
};

describe(toTaskModelBars, () => {
  it.each([
    [
      'usage',
      [
        ['gpt-4.1-mini', 0.55],
        ['claude-sonnet-4', 0.2],
      ],
    ],
    [
      'token',
      [
        ['gpt-4.1-mini', 0.75],
        ['claude-sonnet-4', 0.12],
      ],
    ],
  ] as const)('sorts a tag’s models by %s share', (measure, expected) =>
    expect(toTaskModelBars(CODE, measure).map((m) => [m.name, m.share])).toEqual(expected),
  );

  it('names each model with the given name function', () =>
    expect(toTaskModelBars(CODE, 'usage', (id) => `Name of ${id}`).map((m) => [m.id, m.name])).toEqual([
      ['openai/gpt-4.1-mini', 'Name of openai/gpt-4.1-mini'],
      ['anthropic/claude-sonnet-4', 'Name of anthropic/claude-sonnet-4'],
    ]));
});

describe(toTaskModels, () => {
  it('orders tags by the measure', () => {
    expect(toTaskModels(DATA, 'usage').map((t) => t.tag)).toEqual(['code:general_impl', 'agent:web_search']);
    expect(toTaskModels(DATA, 'token').map((t) => t.tag)).toEqual(['agent:web_search', 'code:general_impl']);
  });
});

describe(topTask, () => {
  it('is the largest tag by usage by default', () =>
    expect(topTask(DATA)).toEqual({ tag: 'code:general_impl', label: 'Code Generation', macro: 'code', share: 0.23 }));
  it('can rank by tokens', () => expect(topTask(DATA, 'token')?.tag).toBe('agent:web_search'));
  it('is null without classifications', () => expect(topTask({ ...DATA, classifications: [] })).toBeNull());
});

/** A right-to-left name, and the same name wrapped in FSI…PDI as sentences must carry it. */
const RTL = 'مساعد';
const ISOLATED = '\u2068مساعد\u2069';
const ISOLATES = /[\u2068\u2069]/;

describe(describeTreemap, () => {
  it('names the leading group and task', () =>
    expect(describeTreemap(toTreemapInput(DATA, 'usage'))).toBe(
      'Code leads with 45.0% of classified requests; the largest task is Code Generation (23.0%). 2 tasks in 2 groups.',
    ));
  it('isolates right-to-left group and task names and leaves Latin ones as they are', () => {
    const named = {
      ...DATA,
      classifications: [{ ...CODE, display_name: RTL }, SEARCH],
      macro_categories: DATA.macro_categories.map((m) => (m.key === 'code' ? { ...m, label: 'עוזר' } : m)),
    };
    expect(describeTreemap(toTreemapInput(named, 'usage'))).toBe(
      `\u2068עוזר\u2069 leads with 45.0% of classified requests; the largest task is ${ISOLATED} (23.0%). 2 tasks in 2 groups.`,
    );
  });
  it('says when nothing is classified', () =>
    expect(describeTreemap(toTreemapInput({ ...DATA, classifications: [] }, 'token'))).toBe(
      'No classified tokens in this snapshot.',
    ));
});

describe(describeTaskModels, () => {
  it('names the top two models', () =>
    expect(describeTaskModels(toTaskModels(DATA, 'usage')[0]!, 'usage')).toBe(
      'Code Generation: gpt-4.1-mini has 55.0% of requests, then claude-sonnet-4 (20.0%).',
    ));
  it('isolates right-to-left task and model names and leaves Latin ones as they are', () => {
    const [task] = toTaskModels({ ...DATA, classifications: [{ ...CODE, display_name: RTL }] }, 'usage');
    const named = { ...task!, models: task!.models.map((m, i) => (i === 0 ? { ...m, name: 'עוזר' } : m)) };
    const text = describeTaskModels(named, 'usage');
    expect(text).toBe(`${ISOLATED}: \u2068עוזר\u2069 has 55.0% of requests, then claude-sonnet-4 (20.0%).`);
    expect(describeTaskModels({ ...named, models: [] }, 'usage')).toBe(`${ISOLATED}: no models listed.`);
    expect(text.replaceAll(ISOLATED, '').replace('\u2068עוזר\u2069', '')).not.toMatch(ISOLATES);
  });
});

describe(treemapCsvColumns, () => {
  it('writes the drawn tags with the measure’s share', () =>
    expect(toCsv(treemapCsvColumns('token'), toTreemapRows(toTreemapInput(DATA, 'token')))).toBe(
      'macro_category,tag,display_name,token_share\r\ncode,code:general_impl,Code Generation,0.31\r\nagent,agent:web_search,Web Search,0.4\r\n',
    ));
});

describe(taskModelCsvColumns, () => {
  it('writes every tag’s models with their ids and names', () =>
    expect(toCsv(taskModelCsvColumns('usage'), toTaskModelRows(toTaskModels(DATA, 'usage')))).toBe(
      'tag,model,name,tag_usage_share\r\ncode:general_impl,openai/gpt-4.1-mini,gpt-4.1-mini,0.55\r\n' +
        'code:general_impl,anthropic/claude-sonnet-4,claude-sonnet-4,0.2\r\n' +
        'agent:web_search,anthropic/claude-sonnet-4,claude-sonnet-4,0.4\r\n',
    ));
});
