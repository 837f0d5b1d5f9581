import { formatShare } from '../transform/format.ts';
import type { CategoryLabel, MixRow } from '../transform/model-mix.ts';
import { horizontalBars } from './hbars.ts';
import { markColor, SIZES, type Geometry } from './theme.ts';

/**
 * A model's share of each use-case category's tokens, as horizontal bars in share order, with its rank in the
 * category at the bar's end: `12.3% · #2`. Only the categories where it was in the weekly top 50 are drawn (its
 * share elsewhere is unknown, inside the category's Other); the table lists every category. Bars take the mark
 * variant of `color` (3:1 on light and dark pages); `geometry: 'narrow'` puts each name above its bar. `id`:
 * `model-categories` (one per page).
 */
export function modelMixChart(
  id: string,
  mix: readonly MixRow[],
  labelOf: CategoryLabel,
  color: string,
  geometry: Geometry = 'wide',
): string {
  const bars = mix.flatMap((row) =>
    row.rank === null
      ? []
      : [
          {
            key: row.category,
            label: labelOf(row.category),
            value: row.share,
            valueLabel: `${formatShare(row.share)} · #${row.rank}`,
            title: `${labelOf(row.category)}: ${formatShare(row.share)} of the category's tokens, rank ${row.rank}`,
          },
        ],
  );
  const options = { width: SIZES.medium.width, labelWidth: 150, color: markColor(color), valueRoom: 96 };
  return horizontalBars(id, bars, options, geometry);
}
