/** The date lines of an embed, so a reader always knows which day's data they are looking at. */
import { formatDate } from '../transform/format.ts';

/**
 * An `as_of` in words, in UTC: `formatAsOf('2026-11-20T02:00:00Z') === '20 Nov 2026, 02:00 UTC'`,
 * `formatAsOf('2026-11-19') === '19 Nov 2026'`.
 */
export function formatAsOf(asOf: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return formatDate(asOf);
  const moment = new Date(asOf);
  if (Number.isNaN(moment.getTime())) return asOf;
  return `${formatDate(moment.toISOString())}, ${moment.toISOString().slice(11, 16)} UTC`;
}

/** `Data as of 20 Nov 2026, 02:00 UTC.` */
export function dataAsOfLine(asOf: string): string {
  return `Data as of ${formatAsOf(asOf)}.`;
}

/**
 * When a frozen copy was frozen, after "Frozen": `on 20 Nov 2026`, or for a weekly chart, whose copies are dated by
 * the last week drawn, `with the weeks through 15 Nov 2026`.
 */
export function frozenPhrase(date: string, weekly: boolean): string {
  return weekly ? `with the weeks through ${formatDate(date)}` : `on ${formatDate(date)}`;
}

/** `Frozen on 20 Nov 2026 — data as of 20 Nov 2026, 02:00 UTC.` (`weekly`: `Frozen with the weeks through …`) */
export function frozenLine(date: string, asOf: string, weekly = false): string {
  return `Frozen ${frozenPhrase(date, weekly)} — data as of ${formatAsOf(asOf)}.`;
}
