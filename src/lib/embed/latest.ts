/**
 * `/embed/latest.json`: what the newest build holds, read by frozen embeds to say "newer data available". Small on
 * purpose (one entry per frozen-eligible chart), and written with sorted keys so one archive gives one file.
 */
import { toArchiveJson } from '../archive/write-atomic.ts';

/**
 * One chart of the build: its id and its edition, which grows when what it draws changes (the date of its frozen
 * copy that draws what it draws now, `editionOf`); a frozen copy compares it with its own.
 */
export type LatestChart = { id: string; edition: string };

/** `{ "charts": { "<id>": "<edition>" }, "date": "<frozen date>" }` as the file's text. */
export function toLatestJson(date: string, charts: readonly LatestChart[]): string {
  return toArchiveJson({ date, charts: Object.fromEntries(charts.map((c) => [c.id, c.edition])) });
}
