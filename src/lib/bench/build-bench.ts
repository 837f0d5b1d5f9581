import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { DATASET_START } from '../api/common.ts';
import { daysBetween } from '../api/dates.ts';
import { type DirSize, measureDir } from './dir-size.ts';
import { growthRatios, linearFit, type LinearFit, type Measures } from './growth.ts';
import { type ChildCost, runMeasured } from './measured-child.ts';
import { type PageHtml, weighPageHtml } from './pages.ts';
import { fetchSynthetic, type SyntheticSource } from './synthetic-fetch.ts';

/** An archive size to build: `years` of rankings-daily, fetched on `day` (the world starts 2025-01-01). */
export interface ArchiveCase {
  readonly years: number;
  readonly day: string;
}

/** The sizes issue 7 asks for; `--quick` drops the last. */
export const ARCHIVE_CASES: readonly ArchiveCase[] = [
  { years: 1, day: '2026-01-01' },
  { years: 2, day: '2027-01-01' },
  { years: 5, day: '2030-01-01' },
];

/** One measured build: the archive it read, what `astro build` cost, and what it wrote. */
export interface BuildCase extends ArchiveCase, ChildCost {
  /** Days of rankings-daily in the archive, 2025-01-01 through `day`. */
  readonly rankingsDays: number;
  readonly archive: DirSize;
  readonly output: DirSize;
  /** HTML pages in the output. */
  readonly pages: number;
  /** The HTML of each page type the bench weighs in a browser, here from the files of this build. */
  readonly pageHtml: readonly PageHtml[];
  /** 1-minute load average as the build ended: above the core count, other work slowed it down. */
  readonly loadAverage: number;
  /** Where the build went (inside the bench's temporary folder; not written to results). */
  readonly outDir: string;
}

/** The measures compared between archive sizes. */
export type GrowthKey =
  'rankingsDays' | 'archiveBytes' | 'buildMs' | 'cpuMs' | 'peakRssBytes' | 'outputBytes' | 'outputFiles';

/** How the builds grow: ratios to the smallest archive, and lines fitted against days of data. */
export interface BuildGrowth {
  readonly ratios: readonly Measures<GrowthKey>[];
  /** Build time (ms) against days of rankings: the intercept is a build's fixed cost, the slope each day's. */
  readonly buildMsPerDay: LinearFit | null;
  /** Build CPU time (ms) against days of rankings; `null` without GNU time. */
  readonly cpuMsPerDay: LinearFit | null;
  /** Output bytes against days of rankings. */
  readonly outputBytesPerDay: LinearFit | null;
}

/** Where the bench runs the build from: the project root and the Node binary (the pinned one under npm). */
export interface BuildTools {
  readonly projectRoot: string;
  readonly node: string;
}

/** Fetches the case's synthetic archive, then times `astro build` over it under GNU time (or /proc sampling). */
async function benchOneBuild(
  source: SyntheticSource,
  tools: BuildTools,
  caseDir: string,
  archiveCase: ArchiveCase,
): Promise<BuildCase> {
  const dataDir = join(caseDir, 'data');
  const outDir = join(caseDir, 'dist');
  mkdirSync(caseDir, { recursive: true });
  await fetchSynthetic(source, dataDir, archiveCase.day);
  const cost = await runMeasured({
    command: tools.node,
    args: [join(tools.projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
    env: { DATA_DIR: dataDir },
    logFile: join(caseDir, 'build.log'),
  });
  const output = measureDir(outDir);
  return {
    ...archiveCase,
    ...cost,
    rankingsDays: daysBetween(DATASET_START, archiveCase.day) + 1,
    archive: measureDir(dataDir),
    output,
    pages: output.byExtension['html']?.files ?? 0,
    pageHtml: weighPageHtml(outDir),
    loadAverage: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    outDir,
  };
}

/**
 * Part 2 of `npm run bench`: for each archive size, a synthetic archive fetched from the local Data API with its
 * clock at noon of the case's day, then one timed `astro build` of it, one after the other.
 */
export async function benchBuilds(
  source: SyntheticSource,
  tools: BuildTools,
  tmpRoot: string,
  cases: readonly ArchiveCase[],
  onCase: (built: BuildCase) => void = () => undefined,
): Promise<BuildCase[]> {
  const built: BuildCase[] = [];
  for (const archiveCase of cases) {
    const result = await benchOneBuild(source, tools, join(tmpRoot, `build-${archiveCase.years}y`), archiveCase);
    built.push(result);
    onCase(result);
  }
  return built;
}

/** Growth between the builds, smallest archive first. */
export function toBuildGrowth(cases: readonly BuildCase[]): BuildGrowth {
  const ratios = growthRatios<GrowthKey>(
    cases.map((c) => ({
      rankingsDays: c.rankingsDays,
      archiveBytes: c.archive.bytes,
      buildMs: c.wallMs,
      cpuMs: c.cpuMs,
      peakRssBytes: c.peakRssBytes,
      outputBytes: c.output.bytes,
      outputFiles: c.output.files,
    })),
  );
  return {
    ratios,
    buildMsPerDay: linearFit(cases.map((c) => ({ x: c.rankingsDays, y: c.wallMs }))),
    cpuMsPerDay: cases.every((c) => c.cpuMs !== null)
      ? linearFit(cases.map((c) => ({ x: c.rankingsDays, y: c.cpuMs ?? 0 })))
      : null,
    outputBytesPerDay: linearFit(cases.map((c) => ({ x: c.rankingsDays, y: c.output.bytes }))),
  };
}
