import type { GrowthNight } from './growth-nights.ts';

/** What a projection says about a deploy and the archive after some years of nightlies. */
export interface GrowthProjection {
  readonly years: number;
  readonly deployBytes: number;
  readonly deployFiles: number;
  /** Of the deploy, the frozen embeds. */
  readonly frozenBytes: number;
  readonly frozenFiles: number;
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

/** The middle value (the lower middle for an even count); `null` for none. */
function median(values: readonly number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? null : (sorted[Math.floor((sorted.length - 1) / 2)] ?? null);
}

/**
 * Projects the deploy and the archive to `years` of nightlies from the first night: each measure goes on growing by
 * its average night-to-night step over the simulated nights (last minus first, over the steps between), so the
 * plan's nights should span a whole week for weekly charts to weigh right. Build time is the nights' median plus
 * `buildMsPerDataDay` (the build part's fitted cost of a day of data; `null` to leave it out) for each day added,
 * plus the freeze step's median scaled by the frozen files. `[]` for fewer than two nights.
 * `projectGrowth([night1, night8], [1])[0].deployFiles === night1.dist.files + 365 * (night8 - night1) / 7`.
 */
export function projectGrowth(
  nights: readonly GrowthNight[],
  years: readonly number[],
  buildMsPerDataDay: number | null,
): GrowthProjection[] {
  const first = nights[0];
  const last = nights.at(-1);
  if (first === undefined || last === undefined || nights.length < 2) return [];
  const steps = nights.length - 1;
  const grow = (measure: (night: GrowthNight) => number, days: number) =>
    measure(first) + ((measure(last) - measure(first)) / steps) * days;
  const buildMedian = median(nights.map((night) => night.build.wallMs));
  const freezeMedian = median(nights.map((night) => night.freeze.wallMs)) ?? 0;
  return years.map((count) => {
    const days = 365 * count;
    const frozenFiles = grow((night) => night.frozen.files, days);
    const freezeMs = last.frozen.files === 0 ? freezeMedian : (freezeMedian * frozenFiles) / last.frozen.files;
    return {
      years: count,
      deployBytes: grow((night) => night.dist.bytes, days),
      deployFiles: grow((night) => night.dist.files, days),
      frozenBytes: grow((night) => night.frozen.bytes, days),
      frozenFiles,
      largestFileBytes: Math.max(...nights.map((night) => night.largestFile.bytes)),
      gitBytes: grow((night) => night.gitPackedBytes, days),
      gitBytesPerYear: ((last.gitPackedBytes - first.gitPackedBytes) / steps) * 365,
      buildMs: buildMedian === null ? null : buildMedian + (buildMsPerDataDay ?? 0) * days + freezeMs,
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
