import * as Plot from '@observablehq/plot';
import { toUtcDate } from './model-axes.ts';
import { FONT, type Geometry } from './theme.ts';

/**
 * A model release drawn on a time chart: its day (`YYYY-MM-DD`, inside the chart's x domain: a marker outside it
 * would widen the axis) and a short label; an empty label draws the line alone (a neighbour's label is too close).
 */
export type ReleaseMarker = { date: string; label: string };

/** The class of the release lines' group (`ta-release`) and of their labels' (`ta-release-label`). */
export const RELEASE_CLASS = 'ta-release';

/** The label halo: the page background (light or dark), white in a standalone SVG file. */
const HALO = 'var(--color-page, #ffffff)';

/**
 * A dotted vertical line at each release, its label hanging from the top of the frame along the line's right side
 * (rotated, so neighbouring labels do not run into each other, and clear of the y axis when a release opens the
 * chart). Nothing for no markers, so charts without releases keep their
 * exact SVG. Labels pass through Plot's text nodes, so markup in a name is escaped.
 */
export function releaseMarks(markers: readonly ReleaseMarker[], geometry: Geometry = 'wide'): Plot.Markish[] {
  if (markers.length === 0) return [];
  const points = markers.map((m) => ({ date: toUtcDate(m.date), label: m.label }));
  return [
    Plot.ruleX(points, {
      x: 'date',
      stroke: 'currentColor',
      strokeOpacity: 0.75,
      strokeWidth: 1,
      strokeDasharray: '1.5 2.5',
      className: RELEASE_CLASS,
    }),
    Plot.text(
      points.filter((p) => p.label !== ''),
      {
        x: 'date',
        text: 'label',
        frameAnchor: 'top',
        rotate: -90,
        textAnchor: 'end',
        lineAnchor: 'top',
        dx: 3,
        dy: 4,
        // At least 11 px as shown: the narrow rendering is drawn 320 wide and shown down to about 254 px.
        fontSize: geometry === 'narrow' ? FONT.narrowSize : 11,
        fill: 'currentColor',
        stroke: HALO,
        strokeWidth: 3,
        paintOrder: 'stroke',
        className: `${RELEASE_CLASS}-label`,
      },
    ),
  ];
}
