import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { isFrozenFolder } from '../embed/ids.ts';
import { nightlyNow, simulateNightly } from '../nightly/simulate.ts';
import { type DirSize, type FileSize, measureDir } from './dir-size.ts';
import { type ChildCost, runMeasured } from './measured-child.ts';
import type { BuildTools } from './build-bench.ts';
import type { SyntheticSource } from './synthetic-fetch.ts';

/** The nights the growth part simulates: consecutive days from `firstDay`, each fetched, built and frozen. */
export interface GrowthPlan {
  readonly firstDay: string;
  readonly nights: number;
}

/**
 * Eight nights, Wednesday 2026-11-25 to Wednesday 2026-12-02: seven night-to-night steps, one of each weekday, so a
 * weekly chart's copy counts once a week, with a new ISO week (Monday 30 Nov) and a new month (1 Dec) among them.
 */
export const GROWTH_PLAN: GrowthPlan = { firstDay: '2026-11-25', nights: 8 };

/** `--quick`: Sunday to Tuesday, still across a new week and a new month, but only two steps to project from. */
export const QUICK_GROWTH_PLAN: GrowthPlan = { firstDay: '2026-11-29', nights: 3 };

/** Files and bytes of one part of the archive or the build. */
export interface Footprint {
  readonly files: number;
  readonly bytes: number;
}

/** One simulated night: the archive after its fetch and freeze, and the site built from it. */
export interface GrowthNight {
  readonly night: number;
  readonly day: string;
  /** Fetch steps that failed this night (none expected: the bench injects no faults). */
  readonly failedSteps: readonly string[];
  /** The whole archive (`data/`), frozen embeds included. */
  readonly data: Footprint;
  /** Of it, the frozen embeds (`data/embeds/`). */
  readonly embedsStore: Footprint;
  /** Every night's archive committed to one git repository, `git repack -a -d`: what `data/` costs in git. */
  readonly gitPackedBytes: number;
  /** The deploy: `dist/` after `astro build` and the freeze step. */
  readonly dist: Footprint;
  /** Of it, the frozen embeds (`dist/embed/<id>/<date or pack>/`). */
  readonly frozen: Footprint;
  readonly largestFile: FileSize;
  /** `astro build`. */
  readonly build: ChildCost;
  /** The freeze step (`scripts/freeze.ts`): packing and copying frozen embeds. */
  readonly freeze: ChildCost;
  /** 1-minute load average after the night's build: above the core count, other work slowed it. */
  readonly loadAverage: number;
}

function footprintOf(size: DirSize): Footprint {
  return { files: size.files, bytes: size.bytes };
}

function largestOf(size: DirSize): FileSize {
  return Object.values(size.byExtension).reduce<FileSize>(
    (largest, extension) => (extension.largest.bytes > largest.bytes ? extension.largest : largest),
    { path: '', bytes: 0 },
  );
}

/** Files and bytes of every frozen-embed folder of a build (`embed/<id>/<YYYY-MM-DD | YYYY-Www>/`). */
function measureFrozen(distDir: string): Footprint {
  const embedDir = join(distDir, 'embed');
  let files = 0;
  let bytes = 0;
  const charts = existsSync(embedDir) ? readdirSync(embedDir, { withFileTypes: true }) : [];
  for (const chart of charts.filter((entry) => entry.isDirectory())) {
    const chartDir = join(embedDir, chart.name);
    for (const folder of readdirSync(chartDir, { withFileTypes: true })) {
      if (!folder.isDirectory() || !isFrozenFolder(folder.name)) continue;
      const size = measureDir(join(chartDir, folder.name));
      files += size.files;
      bytes += size.bytes;
    }
  }
  return { files, bytes };
}

/** Commits the archive as it is now to a repository kept outside it, repacks, and returns the pack's bytes. */
function commitAndPack(gitDir: string, workTree: string, day: string): number {
  const git = (...args: string[]) =>
    execFileSync(
      'git',
      [
        '-c',
        'user.name=bench',
        '-c',
        'user.email=bench@localhost',
        `--git-dir=${gitDir}`,
        `--work-tree=${workTree}`,
        ...args,
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
  if (!existsSync(gitDir)) execFileSync('git', ['init', '-q', '--bare', gitDir]);
  git('add', '-A', '.');
  git('commit', '-q', '--allow-empty', '-m', `night ${day}`);
  git('repack', '-a', '-d', '-q');
  const sizePackKb = /size-pack: (\d+)/.exec(git('count-objects', '-v'))?.[1];
  return Number(sizePackKb ?? 0) * 1024;
}

/**
 * Part 5 of `npm run bench`: the nightly workflow night after night into one archive (the same fetch steps as
 * `scripts/nightly-sim.ts`, the local Data API's clock at 03:00 UTC of each day), then on each night what the
 * workflow does next: `astro build`, the freeze step, and a commit of `data/`. Measures both after every night.
 */
export async function benchGrowth(
  source: SyntheticSource,
  tools: BuildTools,
  tmpRoot: string,
  plan: GrowthPlan,
  onNight: (night: GrowthNight) => void = () => undefined,
): Promise<GrowthNight[]> {
  const root = join(tmpRoot, 'growth');
  const dataDir = join(root, 'data');
  const distDir = join(root, 'dist');
  mkdirSync(root, { recursive: true });
  const nights: GrowthNight[] = [];
  await simulateNightly({
    firstDay: plan.firstDay,
    nights: plan.nights,
    dataDir,
    apiKey: source.apiKey,
    startApi: (day) => source.startApi(nightlyNow(day)),
    onNight: async ({ day, steps }) => {
      const logFile = (step: string) => join(root, `${day}-${step}.log`);
      const build = await runMeasured({
        command: tools.node,
        args: [join(tools.projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', distDir],
        env: { DATA_DIR: dataDir },
        logFile: logFile('build'),
      });
      const loadAverage = Math.round((loadavg()[0] ?? 0) * 100) / 100;
      const freeze = await runMeasured({
        command: tools.node,
        args: [
          '--import',
          'tsx',
          join(tools.projectRoot, 'scripts/freeze.ts'),
          '--dist',
          distDir,
          '--data-dir',
          dataDir,
        ],
        logFile: logFile('freeze'),
      });
      const data = measureDir(dataDir);
      const dist = measureDir(distDir);
      const night: GrowthNight = {
        night: nights.length + 1,
        day,
        failedSteps: steps.filter((step) => !step.ok).map((step) => step.alias),
        data: footprintOf(data),
        embedsStore: existsSync(join(dataDir, 'embeds'))
          ? footprintOf(measureDir(join(dataDir, 'embeds')))
          : { files: 0, bytes: 0 },
        gitPackedBytes: commitAndPack(join(root, 'data.git'), dataDir, day),
        dist: footprintOf(dist),
        frozen: measureFrozen(distDir),
        largestFile: largestOf(dist),
        build,
        freeze,
        loadAverage,
      };
      nights.push(night);
      onNight(night);
    },
  });
  return nights;
}
