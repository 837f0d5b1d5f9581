import { describe, expect, it } from 'vitest';
import { taskModelsChart } from '../../../src/lib/charts/task-models.ts';
import type { TaskModels } from '../../../src/lib/transform/tasks.ts';
import { contrastRatio } from '../../../src/lib/transform/colors.ts';
import { readingOrder, smallestTextAt } from './svg-checks.ts';
import { prettySvg } from '../../fakes/svg-snapshot.ts';

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
    await expect(prettySvg(taskModelsChart('tasks-models-usage-code-general_impl', TASK))).toMatchFileSnapshot(
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

  it('draws the narrow chart: each model name above its bar, with its share', async () => {
    const narrow = taskModelsChart('tasks-models-usage-code-general_impl', TASK, 1, 'narrow');
    expect(readingOrder(narrow)).toEqual([
      'gpt-4.1-mini',
      '55.0%',
      'claude-sonnet-4',
      '20.0%',
      'gemini-2.5-flash',
      '8.0%',
    ]);
    expect(smallestTextAt(narrow, 254)).toBeGreaterThanOrEqual(11);
    await expect(prettySvg(narrow)).toMatchFileSnapshot(
      '__snapshots__/tasks-models-usage-code-general_impl-narrow.svg',
    );
  });

  it('draws bars in a colour that reaches 3:1 on light and dark pages, whatever the group', () => {
    for (const macro of ['code', 'data', 'agent', 'general', 'unknown']) {
      const svg = taskModelsChart(`t-${macro}`, { ...TASK, macro });
      const fill = /<g[^>]*fill="(#[0-9A-Fa-f]{6})"[^>]*aria-label="bar"/.exec(svg)?.[1] ?? '';
      expect(contrastRatio(fill, '#ffffff')).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(fill, '#101217')).toBeGreaterThanOrEqual(3);
    }
  });
});
