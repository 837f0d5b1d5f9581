/**
 * Releases and expirations from the model catalogue, as the charts and tables show them: the releases a chart marks
 * (those of the models it draws, inside its x domain), the sentences that list them in notes and alt text, and the
 * notes on models past or near their `expiration_date`. Without a catalogue there is nothing to mark.
 */
import { daysBetween } from '../../api/dates.ts';
import type { ReleaseMarker } from '../../charts/release-markers.ts';
import { formatDate } from '../../transform/format.ts';
import { isolate } from '../../transform/safe-text.ts';
import { OTHER_KEY, type ShareSeries } from '../../transform/shares.ts';
import type { SiteData } from '../site-data.ts';
import { catalogueEntry } from './model-names.ts';

/** A release of a drawn model: its day and the model's display name. */
export type Release = { date: string; name: string };

/** Labels closer than this (CSS px at the chart's drawn width) to the previous label are left out; the line stays. */
const MIN_LABEL_GAP_PX = 14;

/** An `expiration_date` this close (days after the catalogue's snapshot) or past counts as near. */
export const EXPIRY_NEAR_DAYS = 90;

/**
 * The releases of `keys` (permaslugs; `Other` skipped) whose catalogue `created` day falls in `[first, last]` (the
 * chart's x domain), by date then name.
 */
export function releasesOf(data: SiteData, keys: readonly string[], first: string, last: string): Release[] {
  return keys
    .filter((key) => key !== OTHER_KEY)
    .flatMap((key) => {
      const { created, name } = catalogueEntry(data, key);
      return created !== null && created >= first && created <= last ? [{ date: created, name }] : [];
    })
    .toSorted((a, b) => (a.date === b.date ? a.name.localeCompare(b.name) : a.date < b.date ? -1 : 1));
}

/**
 * Releases as chart markers: each labelled with `label(release)` unless it would sit within 14 px of the previous
 * label on a plot `plotWidth` px wide spanning `[first, last]` (then the line alone: the notes list every release).
 */
export function toReleaseMarkers(
  releases: readonly Release[],
  span: { first: string; last: string; plotWidth: number },
  label: (release: Release) => string = (r) => r.name,
): ReleaseMarker[] {
  const pxPerDay = span.plotWidth / Math.max(1, daysBetween(span.first, span.last));
  let lastLabelled: string | null = null;
  return releases.map((release) => {
    const crowded = lastLabelled !== null && daysBetween(lastLabelled, release.date) * pxPerDay < MIN_LABEL_GAP_PX;
    if (crowded) return { date: release.date, label: '' };
    lastLabelled = release.date;
    return { date: release.date, label: label(release) };
  });
}

/** Left and right margins of the share chart's plot, in px (`modelShareChart`: 48 for the axis, Plot's 20). */
const SHARE_MARGINS = 68;

/**
 * The releases a share chart marks: those of the models it draws (`series.keys`) inside its periods, and their
 * markers on a chart `chartWidth` px wide.
 */
export function shareReleases(
  data: SiteData,
  series: Pick<ShareSeries, 'keys' | 'periods' | 'range'>,
  chartWidth: number,
): { releases: Release[]; markers: ReleaseMarker[] } {
  const [first = series.range.start, last = series.range.end] = [series.periods[0], series.periods.at(-1)];
  const releases = releasesOf(data, series.keys, first, last);
  return { releases, markers: toReleaseMarkers(releases, { first, last, plotWidth: chartWidth - SHARE_MARGINS }) };
}

/** `Grok 5.1 (29 Oct 2026) and DeepSeek V4.1 (10 Nov 2026)`. */
function listReleases(releases: readonly Release[]): string {
  const items = releases.map((r) => `${isolate(r.name)} (${formatDate(r.date)})`);
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The note under a chart that marks releases; null when it marks none. */
export function releasesNote(releases: readonly Release[]): string | null {
  if (releases.length === 0) return null;
  return `Dotted lines mark releases (the day each model was added to OpenRouter's catalogue): ${listReleases(releases)}.`;
}

/** The sentence the alt text adds for the releases a chart marks; null when none. */
export function releasesSentence(releases: readonly Release[]): string | null {
  if (releases.length === 0) return null;
  return `Released in this period: ${listReleases(releases)}.`;
}

/** A model's `expiration_date` and whether it has passed, as of the catalogue snapshot. */
export type Expiry = { date: string; passed: boolean; daysLeft: number };

/** The expiry of a model past or within {@link EXPIRY_NEAR_DAYS} days of its `expiration_date`; null otherwise. */
export function expiryOf(data: SiteData, permaslug: string): Expiry | null {
  const { expiration } = catalogueEntry(data, permaslug);
  const today = data.catalogue?.date;
  if (expiration === null || today === undefined) return null;
  const daysLeft = daysBetween(today, expiration);
  return daysLeft > EXPIRY_NEAR_DAYS ? null : { date: expiration, passed: daysLeft < 0, daysLeft };
}

/** `expiration date 31 Dec 2026, in 41 days` / `expiration date 1 Nov 2026, passed`. */
export function expiryPhrase(expiry: Expiry): string {
  const when = expiry.passed ? 'passed' : expiry.daysLeft === 0 ? 'today' : `in ${expiry.daysLeft} days`;
  return `expiration date ${formatDate(expiry.date)}, ${when}`;
}

/**
 * The note under a table listing the models of `keys` past or near their expiration date: `Leaving OpenRouter's
 * catalogue: GPT-3.5 Turbo (expiration date 31 Dec 2026, in 41 days).`; null when none is.
 */
export function expiryNote(data: SiteData, keys: readonly string[]): string | null {
  const items = keys.flatMap((key) => {
    const expiry = key === OTHER_KEY ? null : expiryOf(data, key);
    return expiry ? [`${isolate(catalogueEntry(data, key).name)} (${expiryPhrase(expiry)})`] : [];
  });
  if (items.length === 0) return null;
  return `Leaving OpenRouter's catalogue (the catalogue lists an expiration date): ${items.join('; ')}.`;
}
