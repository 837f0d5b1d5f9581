import { formatShare } from '../transform/format.ts';
import type { TaskModels } from '../transform/tasks.ts';
import { horizontalBars } from './hbars.ts';
import { MACRO_COLORS, markColor, OTHER_COLOR, type Geometry } from './theme.ts';
import { isolate } from '../transform/safe-text.ts';

/**
 * A tag's top models as small horizontal bars of their share of the tag, coloured by the tag's macro-category.
 * Bars run from 0 to `scaleMax` (default 100%); give every tag on a page the same `scaleMax` (the largest share
 * among them) so their bars compare; `geometry: 'narrow'` puts each name above its bar. `id`:
 * `tasks-models-usage-code-general_impl`.
 */
export function taskModelsChart(id: string, task: TaskModels, scaleMax = 1, geometry: Geometry = 'wide'): string {
  const bars = task.models.map((m) => ({
    key: m.id,
    label: m.name,
    value: m.share,
    valueLabel: formatShare(m.share),
    title: `${isolate(m.id)}: ${formatShare(m.share)} of ${isolate(task.label)}`,
  }));
  const color = markColor(MACRO_COLORS[task.macro] ?? OTHER_COLOR);
  return horizontalBars(id, bars, { width: 420, labelWidth: 170, color, max: scaleMax }, geometry);
}
