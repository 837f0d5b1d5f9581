import type { GrowthNight } from './growth-nights.ts';
import { historyColumnsAfter } from './growth-retention.ts';
import { median } from './median.ts';

/** What a projection says about a deploy and the archive after some years of nightlies. */
export interface GrowthProjection {
  readonly years: number;
  readonly deployBytes: number;
  readonly deployFiles: number;
  /** Of the deploy, the frozen embeds. */
  readonly frozenBytes: number;
  readonly frozenFiles: number;
  /** The columns a history chart draws by then (kept snapshots, capped). */
  readonly historyColumns: number;
  /** What the history charts' columns add to the deploy beyond the last night's. */
  readonly historyBytes: number;
  readonly historyFiles: number;
  /** What rankings history (model pages growing with days of data) adds beyond the last night's. */
  readonly rankingsBytes: number;
  /** Where its cost per day came from: the build part's fit, nights whose column count held, or nowhere (left out). */
  readonly rankingsFrom: 'build' | 'nights' | 'none';
  /** The largest file seen in any night's deploy (a host may cap a file's size). */
  readonly largestFileBytes: number;
  /** `data/` in git (packed), all nights' commits. */
  readonly gitBytes: number;
  /** How much `data/` adds to git in a year. */
  readonly gitBytesPerYear: number;
  /** A night's `astro build` plus freeze step; `null` when too few builds to tell. */
  readonly buildMs: number | null;
}

/** A measure a host limits, read from a projection. */
export type LimitedMeasure =
  'deployBytes' | 'deployFiles' | 'largestFileBytes' | 'gitBytes' | 'gitBytesPerYear' | 'buildMs';

/** One host limit (or one of the targets) on one measure. */
export interface HostLimit {
  readonly host: string;
  readonly what: string;
  readonly measure: LimitedMeasure;
  readonly max: number;
}

const MB = 1_000_000;
const MIB = 1024 * 1024;

/**
 * The limits the projection is held against, from the hosts' documentation as we know it (not checked online by the
 * bench): GitHub Pages (published site at most 1 GB, a deployment times out after 10 minutes, source repository
 * recommended at most 1 GB), Cloudflare Pages' free plan (20,000 files per site, 25 MiB per file), and the targets
 * of issue 18. Netlify documents no site-size or file-count cap that we know of, so it has no row. The 10-minute
 * limit is on GitHub's deploy step, which the bench cannot run; a night's build and freeze time stands in for it.
 */
export const HOST_LIMITS: readonly HostLimit[] = [
  { host: 'target (issue 18)', what: 'deploy size', measure: 'deployBytes', max: 500 * MB },
  { host: 'target (issue 18)', what: 'deploy files', measure: 'deployFiles', max: 20_000 },
  { host: 'target (issue 18)', what: 'data/ in git per year', measure: 'gitBytesPerYear', max: 100 * MB },
  { host: 'GitHub Pages', what: 'published site', measure: 'deployBytes', max: 1000 * MB },
  { host: 'GitHub Pages', what: 'deploy time (build + freeze as proxy)', measure: 'buildMs', max: 10 * 60_000 },
  { host: 'GitHub', what: 'repository (data/ in git), recommended', measure: 'gitBytes', max: 1000 * MB },
  { host: 'Cloudflare Pages free', what: 'files per site', measure: 'deployFiles', max: 20_000 },
  { host: 'Cloudflare Pages', what: 'largest file', measure: 'largestFileBytes', max: 25 * MIB },
];

/** What the build part measured per day of rankings data; `null` where it could not fit a line or did not run. */
export interface ProjectionInputs {
  readonly buildMsPerDataDay: number | null;
  readonly outputBytesPerDataDay: number | null;
  /** The most columns a history chart draws (MAX_HISTORY_COLUMNS of src/lib/transform/snapshot-history.ts). */
  readonly maxColumns: number;
}

/** What one more history column and one more day of rankings cost in one measure of the deploy. */
interface HistoryRates {
  readonly perColumn: number;
  /** `null`: neither given nor measurable (every night added a column), so left out. */
  readonly perDay: number | null;
}

/**
 * Splits a measure's night-to-night growth into history columns and days of rankings. Steps start at night 2
 * (night 1's figures appear on night 2: not a column's cost) unless there are only two nights. A day costs
 * `perDay` when given, else what steps that added no column grew by a day; a column costs the median over the steps
 * that added columns of what each grew by per column, the days taken out (never below zero): the median, because a
 * step where a figure first appears (the session-cost history on the second weekly window, a month's first night)
 * is a one-off, not what every later column costs. Nights number days of nightlies from an empty archive.
 */
function historyRates(
  nights: readonly GrowthNight[],
  measure: (night: GrowthNight) => number,
  maxColumns: number,
  givenPerDay: number | null,
): HistoryRates {
  const columnsOf = (night: GrowthNight) => historyColumnsAfter(night.night, maxColumns);
  const from = nights.length > 2 ? 1 : 0;
  const growing: { growth: number; days: number; columns: number }[] = [];
  const flat = { growth: 0, days: 0 };
  nights.slice(from + 1).forEach((night, i) => {
    const before = nights[from + i];
    if (before === undefined) return;
    const step = { growth: measure(night) - measure(before), days: night.night - before.night };
    const columns = columnsOf(night) - columnsOf(before);
    if (columns > 0) growing.push({ ...step, columns });
    else {
      flat.growth += step.growth;
      flat.days += step.days;
    }
  });
  const perDay = givenPerDay ?? (flat.days > 0 ? flat.growth / flat.days : null);
  // A column never shrinks the deploy: when the given day's cost exceeds what the nights grew, columns cost nothing.
  const perStep = growing.map((step) => (step.growth - (perDay ?? 0) * step.days) / step.columns);
  const perColumn = Math.max(median(perStep) ?? 0, 0);
  return { perColumn, perDay };
}

/**
 * Projects the deploy and the archive to `years` of nightlies from the first night, by component. Frozen embeds
 * grow for ever: linearly from the first night to the last. The rest of the deploy is the last night's plus, for
 * history charts, a column's cost for each column they gain (the snapshots retention keeps, capped at
 * `maxColumns`: bounded, so the nights' one column a night is not extrapolated) and, for rankings history, a day's
 * cost (`outputBytesPerDataDay`) for each day added. Git grows linearly. Build time is the nights' median plus
 * `buildMsPerDataDay` for each day added, plus the freeze step's median scaled by the frozen files. `[]` for fewer
 * than two nights.
 */
export function projectGrowth(
  nights: readonly GrowthNight[],
  years: readonly number[],
  inputs: ProjectionInputs,
): GrowthProjection[] {
  const first = nights[0];
  const last = nights.at(-1);
  if (first === undefined || last === undefined || nights.length < 2) return [];
  const steps = last.night - first.night;
  const grow = (measure: (night: GrowthNight) => number, days: number) =>
    measure(first) + ((measure(last) - measure(first)) / steps) * days;
  const bytes = historyRates(
    nights,
    (night) => night.dist.bytes - night.frozen.bytes,
    inputs.maxColumns,
    inputs.outputBytesPerDataDay,
  );
  const files = historyRates(nights, (night) => night.dist.files - night.frozen.files, inputs.maxColumns, null);
  const buildMedian = median(nights.map((night) => night.build.wallMs));
  const freezeMedian = median(nights.map((night) => night.freeze.wallMs)) ?? 0;
  return years.map((count) => {
    const days = 365 * count;
    const addedDays = first.night + days - last.night;
    const historyColumns = historyColumnsAfter(first.night + days, inputs.maxColumns);
    const addedColumns = historyColumns - historyColumnsAfter(last.night, inputs.maxColumns);
    const frozenBytes = grow((night) => night.frozen.bytes, days);
    const frozenFiles = grow((night) => night.frozen.files, days);
    const historyBytes = bytes.perColumn * addedColumns;
    const historyFiles = files.perColumn * addedColumns;
    const rankingsBytes = (bytes.perDay ?? 0) * addedDays;
    const freezeMs = last.frozen.files === 0 ? freezeMedian : (freezeMedian * frozenFiles) / last.frozen.files;
    return {
      years: count,
      deployBytes: last.dist.bytes - last.frozen.bytes + historyBytes + rankingsBytes + frozenBytes,
      deployFiles: last.dist.files - last.frozen.files + historyFiles + (files.perDay ?? 0) * addedDays + frozenFiles,
      frozenBytes,
      frozenFiles,
      historyColumns,
      historyBytes,
      historyFiles,
      rankingsBytes,
      rankingsFrom: inputs.outputBytesPerDataDay !== null ? 'build' : bytes.perDay !== null ? 'nights' : 'none',
      largestFileBytes: Math.max(...nights.map((night) => night.largestFile.bytes)),
      gitBytes: grow((night) => night.gitPackedBytes, days),
      gitBytesPerYear: ((last.gitPackedBytes - first.gitPackedBytes) / steps) * 365,
      buildMs: buildMedian === null ? null : buildMedian + (inputs.buildMsPerDataDay ?? 0) * days + freezeMs,
    };
  });
}

/** A projected measure against one limit: its value and whether it stays within. */
export interface LimitCheck extends HostLimit {
  readonly value: number | null;
  readonly within: boolean | null;
}

/** Each limit checked against one projection; `within` is `null` when the measure is unknown. */
export function checkLimits(projection: GrowthProjection, limits: readonly HostLimit[] = HOST_LIMITS): LimitCheck[] {
  return limits.map((limit) => {
    const value = projection[limit.measure];
    return { ...limit, value, within: value === null ? null : value <= limit.max };
  });
}
