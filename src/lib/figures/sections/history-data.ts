/**
 * What the history figures share: each snapshot dataset's archived bodies under one key, dated and parsed once per
 * build, and the honest empty state a history figure shows instead of a chart when the archive is too short.
 */
import type { z } from 'astro/zod';
import { AppRankingsResponseSchema, type AppRankingsResponse, type AppSort } from '../../api/app-rankings.ts';
import { appRankingsKey, type AppScope } from '../../archive/keys.ts';
import { markColor, SERIES_PALETTE } from '../../charts/theme.ts';
import { colorDistance } from '../../transform/colors.ts';
import { snapshotBody } from '../../archive/read.ts';
import type { DatedBody } from '../../transform/snapshot-history.ts';
import type { FigureInput } from '../schema.ts';
import { derived, snapshotHistory, type SiteData, type SiteSnapshotDataset } from '../site-data.ts';

/**
 * The archived snapshots' bodies under `key` (the newest `MAX_HISTORY_COLUMNS`, `snapshotHistory`), dated by the
 * snapshot, by date ascending (snapshots without the key are left out, so they read as gaps). Parsed once per build:
 * `datedBodies(data, 'task-classifications', '7d', …)`.
 */
export function datedBodies<S extends z.ZodType>(
  data: SiteData,
  dataset: SiteSnapshotDataset,
  key: string,
  schema: S,
): DatedBody<z.infer<S>>[] {
  return derived(data, `dated-bodies:${dataset}:${key}`, () =>
    snapshotHistory(data, dataset).flatMap((snapshot) => {
      const body: z.infer<S> | null = snapshotBody(snapshot, key, schema);
      return body === null ? [] : [{ date: snapshot.date, body }];
    }),
  );
}

/** One app board (a sort and a scope) in every archived app-rankings snapshot, by date ascending. */
export function boardSnapshots(data: SiteData, sort: AppSort, scope: AppScope): DatedBody<AppRankingsResponse>[] {
  return datedBodies(data, 'app-rankings', appRankingsKey(sort, scope), AppRankingsResponseSchema);
}

/**
 * A history figure the archive cannot draw yet: where the figure would be (its anchor and heading) and the sentence
 * that says why (`Not enough history yet: the archive holds 1 snapshot (20 Nov 2026), …`).
 */
export type NotEnoughBlock = {
  kind: 'not-enough';
  anchor: string;
  heading: string;
  level: 2 | 3;
  message: string;
};

/** A history figure as built: the figure, or the empty state in its place. */
export type HistoryBuilt = { kind: 'figure'; figure: FigureInput } | NotEnoughBlock;

/** Where a history figure goes on its page: its id in the catalogue, or the empty state in its place. */
export type HistorySlot = { kind: 'figure'; id: string } | NotEnoughBlock;

/** The page slot of a built history figure. */
export function toSlot(built: HistoryBuilt): HistorySlot {
  return built.kind === 'figure' ? { kind: 'figure', id: built.figure.id } : built;
}

/** The figures among built history figures (the empty states are page blocks, not figures). */
export function figuresOf(built: readonly HistoryBuilt[]): FigureInput[] {
  return built.flatMap((b) => (b.kind === 'figure' ? [b.figure] : []));
}

/** The palette in series order, for series without site-wide colours (apps, tasks): `count` colours. */
function seriesColors(count: number): string[] {
  return Array.from({ length: count }, (_, i) => SERIES_PALETTE[i % SERIES_PALETTE.length] ?? '');
}

/** Below this distance (`colorDistance`, the worst colour vision) two line colours read as one. */
const MIN_LINE_DISTANCE = 0.03;

/**
 * Series colours (default: the palette in series order, `seriesColors`) as a line chart draws them, lines and dots at 3:1 on both pages (`markColor`), with the legend
 * items that key them (`kind: 'line'`): the chart and its legend (on the page and in every export) always agree.
 * Darkening can bring pale colours together (the palette's yellow and two olives all become a dark gold), so a
 * series whose line colour is too close to an earlier one's takes the palette's mark colour least like those drawn.
 */
export function lineColors(
  series: readonly { label: string }[],
  colors: readonly string[] = seriesColors(series.length),
) {
  const wanted = colors.map(markColor);
  // Spares: the palette's mark colours no series asked for, then any not drawn yet.
  const marks = SERIES_PALETTE.map(markColor).sort((a, b) => Number(wanted.includes(a)) - Number(wanted.includes(b)));
  const drawn: string[] = [];
  const nearest = (color: string) => Math.min(Infinity, ...drawn.map((d) => colorDistance(d, color)));
  for (const color of wanted) {
    const spare = marks.filter((m) => !drawn.includes(m)).find((m) => nearest(m) >= MIN_LINE_DISTANCE);
    drawn.push(nearest(color) >= MIN_LINE_DISTANCE || spare === undefined ? color : spare);
  }
  const legend = series.map(({ label }, i) => ({ label, color: drawn[i] ?? '', kind: 'line' as const }));
  return { colors: drawn, legend };
}
