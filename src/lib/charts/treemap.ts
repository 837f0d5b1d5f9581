import * as Plot from '@observablehq/plot';
import { contrastRatio } from '../transform/colors.ts';
import { formatShare } from '../transform/format.ts';
import type { TreemapCell, TreemapInput, TreemapLayout } from '../transform/treemap.ts';
import { narrowHorizontalBars, type HBar } from './hbars.ts';
import { renderSvg } from './render.ts';
import { MACRO_COLORS, markColor, OTHER_COLOR } from './theme.ts';
import { isolate } from '../transform/safe-text.ts';

/** A macro-category's fill. */
export function macroColor(macro: string): string {
  return MACRO_COLORS[macro] ?? OTHER_COLOR;
}

/** Dark or light text for a `#rrggbb` fill, whichever contrasts more (WCAG contrast). */
export function textColorOn(hex: string): string {
  return contrastRatio(hex, '#ffffff') >= contrastRatio(hex, '#111111') ? '#ffffff' : '#111111';
}

/**
 * The task treemap: one rectangle per tag in its macro-category's colour, the group's name and share above each
 * group, and each tag's name and share where they fit (`layout.cells[].lines`). Pixel positions come from
 * `toTreemapLayout`, so the scales are identity. `id`: `tasks-treemap-usage` or `tasks-treemap-token`.
 */
export function taskTreemapChart(id: string, layout: TreemapLayout): string {
  const labelled = layout.cells.filter((c) => c.lines.length > 0);
  const headed = layout.groups.filter((g) => g.header !== null);
  return renderSvg(id, {
    width: layout.width,
    height: layout.height,
    margin: 0,
    x: { type: 'identity', axis: null },
    y: { type: 'identity', axis: null },
    color: { type: 'identity' },
    marks: [
      Plot.rect(layout.cells, {
        x1: 'x0',
        x2: 'x1',
        y1: 'y0',
        y2: 'y1',
        fill: (c: TreemapCell) => macroColor(c.macro),
        title: (c: TreemapCell) => `${isolate(c.label)} (${isolate(c.macroLabel)}): ${formatShare(c.share)}`,
      }),
      Plot.text(headed, {
        x: (g: TreemapLayout['groups'][number]) => g.x0 + 4,
        y: (g: TreemapLayout['groups'][number]) => g.y0 + 3,
        text: 'header',
        textAnchor: 'start',
        lineAnchor: 'top',
        fontWeight: 600,
        fill: 'currentColor',
      }),
      Plot.text(labelled, {
        x: (c: TreemapCell) => c.x0 + 4,
        y: (c: TreemapCell) => c.y0 + 4,
        text: (c: TreemapCell) => c.lines.join('\n'),
        textAnchor: 'start',
        lineAnchor: 'top',
        fill: (c: TreemapCell) => textColorOn(macroColor(c.macro)),
      }),
    ],
  });
}

/**
 * The narrow form of the task treemap, where tiles would be too small to read: every macro-category as a bold
 * heading with its share, then its tags as bars of their share (one scale for all, longest = the largest tag), in
 * the order of `input` (groups and tags by share). Every group and every tag shows, each with its name and share.
 * `id`: as the treemap's (`tasks-treemap-usage`); the rendering adds `-narrow`.
 */
export function taskTreemapNarrowChart(id: string, input: TreemapInput): string {
  const rows = input.groups.flatMap((group): HBar[] => [
    {
      key: `group:${group.macro}`,
      label: group.label,
      value: group.share,
      valueLabel: formatShare(group.share),
      title: `${isolate(group.label)}: ${formatShare(group.share)}`,
      heading: true,
    },
    ...group.leaves.map((leaf) => ({
      key: leaf.tag,
      label: leaf.label,
      value: leaf.share,
      valueLabel: formatShare(leaf.share),
      title: `${isolate(leaf.label)} (${isolate(group.label)}): ${formatShare(leaf.share)}`,
      color: markColor(macroColor(group.macro)),
    })),
  ]);
  return narrowHorizontalBars(id, rows, { color: OTHER_COLOR });
}
