import { describe, expect, it } from 'vitest';
import { taskModelsChart } from '../../../src/lib/charts/task-models.ts';
import type { TaskModels } from '../../../src/lib/transform/tasks.ts';

const TASK: TaskModels = {
  tag: 'code:general_impl',
  label: 'Code Generation',
  macro: 'code',
  share: 0.23,
  models: [
    { id: 'openai/gpt-4.1-mini', name: 'gpt-4.1-mini', share: 0.55 },
    { id: 'anthropic/claude-sonnet-4', name: 'claude-sonnet-4', share: 0.2 },
    { id: 'google/gemini-2.5-flash', name: 'gemini-2.5-flash', share: 0.08 },
  ],
};

describe(taskModelsChart, () => {
  it('draws a tag’s top models, by default on a 0–100% scale', async () =>
    await expect(taskModelsChart('tasks-models-usage-code-general_impl', TASK)).toMatchFileSnapshot(
      '__snapshots__/tasks-models-usage-code-general_impl.svg',
    ));

  it('draws every tag on the scale it is given, so bars compare across tags', () => {
    const width = (svg: string) => Number(/<rect[^>]*width="([\d.]+)"/.exec(svg)?.[1]);
    const one = (share: number) => ({ ...TASK, models: [{ id: 'a/b', name: 'b', share }] });
    const full = taskModelsChart('t-full', one(0.4), 0.4);
    const half = taskModelsChart('t-half', one(0.2), 0.4);
    expect(width(half) / width(full)).toBeCloseTo(0.5, 1);
    expect(width(taskModelsChart('t-default', one(0.2)))).toBeCloseTo(width(full) * 0.2, 0); // default: 0–100%
  });
});
