import { describe, expect, it } from 'vitest';
import type { ArtificialAnalysisItem } from '../../../src/lib/api/benchmarks.ts';
import type { TaskClassification } from '../../../src/lib/api/task-classifications.ts';
import { benchmarksForModel, tasksForModel } from '../../../src/lib/transform/model-links.ts';

function aa(model_permaslug: string): ArtificialAnalysisItem {
  return {
    source: 'artificial-analysis',
    model_permaslug,
    display_name: model_permaslug,
    intelligence_index: 60,
    coding_index: null,
    agentic_index: null,
    pricing: null,
  };
}

function task(tag: string, models: [string, number][]): TaskClassification {
  return {
    tag,
    display_name: tag.toUpperCase(),
    macro_category: tag.split(':')[0] ?? '',
    usage_share: 0.5,
    token_share: 0.5,
    category_usage_share: 1,
    category_token_share: 1,
    models: models.map(([id, share]) => ({ id, tag_usage_share: share, tag_token_share: share / 2 })),
  };
}

describe(benchmarksForModel, () => {
  it('matches dated and variant permaslugs to their base model', () => {
    const items = [aa('openai/gpt-4o'), aa('openai/gpt-4o-mini'), aa('anthropic/claude-4.5-sonnet')];
    expect(benchmarksForModel(items, 'openai/gpt-4o-2024-05-13:free').map((i) => i.model_permaslug)).toEqual([
      'openai/gpt-4o',
    ]);
  });

  it('is empty for a model without scores', () =>
    expect(benchmarksForModel([aa('openai/gpt-4o')], 'x-ai/grok-4')).toEqual([]));
});

describe(tasksForModel, () => {
  const tasks = [
    task('code:impl', [
      ['anthropic/claude-4.5-sonnet', 0.4],
      ['openai/gpt-4o', 0.2],
    ]),
    task('agent:search', [['openai/gpt-4o-2024-05-13', 0.6]]),
    task('data:sql', [['google/gemini-2.5-flash', 0.9]]),
  ];

  it('lists the tasks where the base model is a top model, by its share of requests', () =>
    expect(tasksForModel(tasks, 'openai/gpt-4o:free')).toEqual([
      { tag: 'agent:search', label: 'AGENT:SEARCH', macro: 'agent', place: 1, usageShare: 0.6, tokenShare: 0.3 },
      { tag: 'code:impl', label: 'CODE:IMPL', macro: 'code', place: 2, usageShare: 0.2, tokenShare: 0.1 },
    ]));

  it('is empty for a model in no task’s top list', () => expect(tasksForModel(tasks, 'x-ai/grok-4')).toEqual([]));
});
