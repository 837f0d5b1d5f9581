import type { GrowthNight } from './growth-nights.ts';
import { checkLimits, type GrowthProjection, HOST_LIMITS, type LimitedMeasure } from './growth-projection.ts';
import { formatBytes, formatDuration, formatTable } from './table.ts';

const RIGHT = 'right' as const;

/** `12.3 MB / 456` */
function sized(footprint: { bytes: number; files: number }): string {
  return `${formatBytes(footprint.bytes)} / ${footprint.files}`;
}

/** Part 5's nights as a table: the archive and the deploy after each night, and what the night's build cost. */
export function growthNightsTable(nights: readonly GrowthNight[]): string {
  return formatTable(
    [
      { label: 'night' },
      { label: 'day' },
      { label: 'data/ bytes / files', align: RIGHT },
      { label: 'of it embeds', align: RIGHT },
      { label: 'data/ in git', align: RIGHT },
      { label: 'dist/ bytes / files', align: RIGHT },
      { label: 'of it frozen', align: RIGHT },
      { label: 'build', align: RIGHT },
      { label: 'freeze', align: RIGHT },
      { label: 'load', align: RIGHT },
    ],
    nights.map((night) => [
      `${night.night}${night.failedSteps.length > 0 ? ` (failed: ${night.failedSteps.join(', ')})` : ''}`,
      night.day,
      sized(night.data),
      sized(night.embedsStore),
      formatBytes(night.gitPackedBytes),
      sized(night.dist),
      sized(night.frozen),
      formatDuration(night.build.wallMs),
      formatDuration(night.freeze.wallMs),
      night.loadAverage.toFixed(1),
    ]),
  );
}

/** A measure's value in its unit: bytes, a count, or a duration. */
function formatMeasure(measure: LimitedMeasure, value: number | null): string {
  if (value === null) return '–';
  if (measure === 'deployFiles') return String(Math.round(value));
  if (measure === 'buildMs') return formatDuration(value);
  return formatBytes(value);
}

/** Each limit against the projections (one column per horizon): the projected value and `ok` or `OVER`. */
export function projectionTable(projections: readonly GrowthProjection[]): string {
  const checks = projections.map((projection) => checkLimits(projection));
  return formatTable(
    [
      { label: 'host' },
      { label: 'limit' },
      { label: 'max', align: RIGHT },
      ...projections.map((p) => ({ label: `after ${p.years} year${p.years === 1 ? '' : 's'}`, align: RIGHT })),
    ],
    HOST_LIMITS.map((limit, i) => [
      limit.host,
      limit.what,
      formatMeasure(limit.measure, limit.max),
      ...checks.map((check) => {
        const row = check[i];
        if (row === undefined || row.within === null) return '–';
        return `${formatMeasure(limit.measure, row.value)} ${row.within ? 'ok' : 'OVER'}`;
      }),
    ]),
  );
}

/** What frozen embeds add each year, in one line: `Frozen embeds add 12.3 MB and 456 files a year to the deploy.` */
export function frozenGrowthLine(projections: readonly GrowthProjection[], nights: readonly GrowthNight[]): string {
  const first = nights[0];
  const one = projections.find((p) => p.years === 1);
  if (first === undefined || one === undefined) return 'Frozen embeds: too few nights to project.';
  return (
    `Frozen embeds add ${formatBytes(one.frozenBytes - first.frozen.bytes)} and ` +
    `${Math.round(one.frozenFiles - first.frozen.files)} files a year to the deploy; data/ adds ` +
    `${formatBytes(one.gitBytesPerYear)} a year in git.`
  );
}

/** Where the projection's rankings cost per day came from, in words. */
const RANKINGS_FROM: Record<GrowthProjection['rankingsFrom'], string> = {
  build: "the build part's output per day of data",
  nights: 'nights that added no history column',
  none: 'left out: no build part fit, and every night added a column, so this understates',
};

/**
 * The furthest projection by component, in one line: `After 5 years: frozen embeds 12.3 MB / 456 files (linear);
 * history charts at 60 columns add 1.2 MB and 0 files; rankings history adds 3.4 MB (…).`
 */
export function growthComponentsLine(projections: readonly GrowthProjection[]): string {
  const furthest = projections.at(-1);
  if (furthest === undefined) return 'Components: too few nights to project.';
  const columns = Math.round(furthest.historyColumns);
  return (
    `After ${furthest.years} year${furthest.years === 1 ? '' : 's'}: frozen embeds ` +
    `${formatBytes(furthest.frozenBytes)} / ${Math.round(furthest.frozenFiles)} files (linear); history charts at ` +
    `${columns} column${columns === 1 ? '' : 's'} add ${formatBytes(furthest.historyBytes)} and ` +
    `${Math.round(furthest.historyFiles)} files; rankings history adds ${formatBytes(furthest.rankingsBytes)} ` +
    `(${RANKINGS_FROM[furthest.rankingsFrom]}).`
  );
}
