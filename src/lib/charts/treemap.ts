import * as Plot from '@observablehq/plot';
import { formatShare } from '../transform/format.ts';
import type { TreemapCell, TreemapLayout } from '../transform/treemap.ts';
import { renderSvg } from './render.ts';
import { MACRO_COLORS, OTHER_COLOR } from './theme.ts';

/** A macro-category's fill. */
export function macroColor(macro: string): string {
  return MACRO_COLORS[macro] ?? OTHER_COLOR;
}

/** Dark or light text for a `#rrggbb` fill, whichever contrasts more (WCAG relative luminance). */
export function textColorOn(hex: string): string {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  // Contrast with white is 1.05 / (L + 0.05), with near-black #111 it is (L + 0.05) / 0.0556.
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.0556 ? '#ffffff' : '#111111';
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
        title: (c: TreemapCell) => `${c.label} (${c.macroLabel}): ${formatShare(c.share)}`,
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
