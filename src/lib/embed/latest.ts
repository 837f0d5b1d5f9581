/**
 * `/embed/latest.json`: what the newest build holds, read by frozen embeds to say "newer data available". Small on
 * purpose (one entry per frozen-eligible chart), and written with sorted keys so one archive gives one file.
 */
import { toArchiveJson } from '../archive/write-atomic.ts';

/** One chart of the build: its id and the `as_of` of the data it draws. */
export type LatestChart = { id: string; asOf: string };

/** `{ "charts": { "<id>": "<as_of>" }, "date": "<frozen date>" }` as the file's text. */
export function toLatestJson(date: string, charts: readonly LatestChart[]): string {
  return toArchiveJson({ date, charts: Object.fromEntries(charts.map((c) => [c.id, c.asOf])) });
}
