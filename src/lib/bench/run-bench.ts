import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '../../serve/static-server.ts';
import {
  ARCHIVE_CASES,
  benchBuilds,
  type BuildCase,
  type BuildGrowth,
  type BuildTools,
  toBuildGrowth,
} from './build-bench.ts';
import { benchFetch } from './fetch-bench.ts';
import { benchGrowth, GROWTH_PLAN, QUICK_GROWTH_PLAN } from './growth-nights.ts';
import { projectGrowth } from './growth-projection.ts';
import { frozenGrowthLine, growthComponentsLine, growthNightsTable, projectionTable } from './growth-report.ts';
import { benchLighthouse, LIGHTHOUSE_RUNS } from './lighthouse.ts';
import { describeMachine, describeRevision } from './machine.ts';
import { benchPageWeights } from './page-visit.ts';
import { pageTypesOf } from './pages.ts';
import { BENCH_PARTS, type BenchPart, toBuildPlan } from './parts.ts';
import { benchPeer, type PeerComparison } from './peer-bench.ts';
import { addPeerPage } from './peer-build.ts';
import {
  buildTable,
  endpointTable,
  fetchTable,
  fitLine,
  largestPagesLine,
  lighthouseTable,
  machineLine,
  pageHtmlTable,
  pageWeightTable,
  peerTable,
} from './report.ts';
import {
  type BenchResults,
  mergeResults,
  type PartRun,
  readPreviousResults,
  toRecordedBuildCase,
  writeResults,
} from './results.ts';
import type { SyntheticSource } from './synthetic-fetch.ts';
import { formatBytes, formatDuration } from './table.ts';
import { readWeightBaseline, type WeightBaseline } from './weight-baseline.ts';
import { toWeightBeforeAfter, weightBeforeAfterLegend, weightBeforeAfterTable } from './weight-compare.ts';
import { MAX_HISTORY_COLUMNS } from '../transform/snapshot-history.ts';

/** What `npm run bench` does; `scripts/bench.ts` builds it from its flags. */
export interface BenchOptions extends BuildTools {
  /** Skip the 5-year build and simulate 3 nights instead of 8 (local iteration); the default does everything. */
  readonly quick: boolean;
  /** The parts to run (`--only`, see `parseOnly`); with some left out, the results file keeps their figures. */
  readonly parts: readonly BenchPart[];
  /** The page weights recorded before issue 14 (`bench/page-weight-before-14.json`). */
  readonly weightBaselineFile: string;
  /** The day of the fetch part's first run (UTC), the nightly re-run is the day after. */
  readonly today: string;
  readonly resultsFile: string;
  readonly source: SyntheticSource;
  readonly log: (line: string) => void;
}

function heading(log: (line: string) => void, text: string): void {
  log(`\n== ${text}`);
}

/** Saves a part's figures as that part's latest (the results file keeps the others). */
type RecordPart = (part: BenchPart, values: Partial<BenchResults>) => void;

/** The horizons the growth part projects to. */
const PROJECTION_YEARS = [1, 2, 5];

/**
 * Part 5 and its report: nights of the nightly workflow, and where they lead in 1, 2 and 5 years. `buildGrowth` is
 * the build part's fits against days of data (build time, output size; each `null` when it could not fit one), or
 * `undefined` when the build part did not run (the projection leaves both out and says so).
 */
async function runGrowthPart(options: BenchOptions, tmpRoot: string, buildGrowth: BuildGrowth | undefined) {
  const { log } = options;
  const plan = options.quick ? QUICK_GROWTH_PLAN : GROWTH_PLAN;
  heading(
    log,
    `Growth: ${plan.nights} nights of the nightly workflow from ${plan.firstDay} (fetch, build, freeze, commit)`,
  );
  const nights = await benchGrowth(options.source, options, tmpRoot, plan, (night) =>
    log(
      `  night ${night.night} (${night.day}): built in ${formatDuration(night.build.wallMs)}, ${night.dist.files} files`,
    ),
  );
  log(growthNightsTable(nights));
  const projections = projectGrowth(nights, PROJECTION_YEARS, {
    buildMsPerDataDay: buildGrowth?.buildMsPerDay?.slope ?? null,
    outputBytesPerDataDay: buildGrowth?.outputBytesPerDay?.slope ?? null,
    maxColumns: MAX_HISTORY_COLUMNS,
  });
  log(
    `\nProjected by component from the ${nights.length} nights above: frozen embeds linearly; history charts by ` +
      `the snapshots retention keeps (35 daily, then weekly to two years, then monthly; at most ` +
      `${MAX_HISTORY_COLUMNS} columns) times a column's cost from night 2 on; rankings history by the build ` +
      "part's output per day of data. Against the hosts' limits:",
  );
  if (buildGrowth === undefined) {
    log(
      'The build part did not run: the deploy-time row leaves out its fitted build cost per day of data added ' +
        '(the median night plus the freeze step only), and the deploy rows its output per day of data, so both ' +
        'understate later years.',
    );
  }
  log(projectionTable(projections));
  log(growthComponentsLine(projections));
  log(frozenGrowthLine(projections, nights));
  return { plan, nights, projections };
}

/** Part 2 and its report; returns the cases (with their output folders) and what was skipped. */
async function runBuildPart(options: BenchOptions, tmpRoot: string) {
  const { log } = options;
  const cases = options.quick ? ARCHIVE_CASES.filter((c) => c.years < 5) : ARCHIVE_CASES;
  const skipped = options.quick
    ? ARCHIVE_CASES.filter((c) => c.years >= 5).map((c) => `${c.years} years (--quick)`)
    : [];
  heading(log, `Build time against archive size (${cases.map((c) => `${c.years}y`).join(', ')}; one build at a time)`);
  const built = await benchBuilds(options.source, options, tmpRoot, cases, (c: BuildCase) =>
    log(`  built ${c.years}y: ${formatDuration(c.wallMs)}, ${c.pages} pages, ${formatBytes(c.output.bytes)}`),
  );
  const growth = toBuildGrowth(built);
  log(buildTable(built, growth));
  log(largestPagesLine(built));
  log('\nHTML per page type by archive size, KB gzip (raw); the model page is the top model of each archive:');
  log(pageHtmlTable(built));
  log(fitLine('Build time', growth.buildMsPerDay, formatDuration));
  log(fitLine('Build CPU time', growth.cpuMsPerDay, formatDuration));
  log(fitLine('Output size', growth.outputBytesPerDay, formatBytes));
  if (skipped.length > 0) log(`Skipped: ${skipped.join(', ')}.`);
  return { built, growth, skipped };
}

/** The 1-year build alone, for the page and peer parts when the build part does not run (not recorded as it). */
async function buildSmallest(options: BenchOptions, tmpRoot: string): Promise<BuildCase[]> {
  const smallest = ARCHIVE_CASES.slice(0, 1);
  heading(options.log, 'The 1-year build the page and peer parts measure (the build part is not run)');
  return benchBuilds(options.source, options, tmpRoot, smallest, (c: BuildCase) =>
    options.log(`  built ${c.years}y: ${formatDuration(c.wallMs)}, ${c.pages} pages, ${formatBytes(c.output.bytes)}`),
  );
}

/**
 * Parts 3 and 4 against the smallest build, served as `npm run preview` serves `dist/` (the project's static
 * server, uncompressed, on a free port): page weight, before and after issue 14, and Lighthouse.
 */
async function runPagePart(options: BenchOptions, outDir: string, baseline: WeightBaseline | null, record: RecordPart) {
  const { log } = options;
  const { server, url } = await serveStatic({ root: outDir, port: 0 });
  const origin = new URL(url).origin;
  try {
    const pages = pageTypesOf(outDir);
    heading(log, `Page weight, first visit in Chromium (KB gzip (raw); 1-year build at ${origin})`);
    const weighed = await benchPageWeights(origin, pages);
    log(pageWeightTable(weighed));
    const flags = weighed.flatMap((page) => page.overBudget);
    log(flags.length === 0 ? 'Every page within budget.' : ['Over budget:', ...flags.map((f) => `  ${f}`)].join('\n'));
    heading(log, 'Page weight before and after the narrow renderings (issue 14), first visit, KB gzip');
    const rows = toWeightBeforeAfter(weighed, baseline);
    log(weightBeforeAfterTable(rows, baseline));
    log(weightBeforeAfterLegend(rows, baseline));
    const recordedBaseline = baseline === null ? null : { commit: baseline.commit, date: baseline.date };
    record('pages', { pages: weighed, pageWeightBeforeAfter: { baseline: recordedBaseline, rows } });
    const audited = pages.filter((page) => page.lighthouse);
    heading(
      log,
      `Lighthouse (mobile, simulated throttling; median of ${LIGHTHOUSE_RUNS} runs per page; the first ${audited.length} page types)`,
    );
    const lighthouse = await benchLighthouse(origin, audited);
    log(lighthouseTable(lighthouse));
    record('pages', { lighthouse });
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

/**
 * Part 6: the peer page added to the 1-year build (in the bench's folder only) and both pages served by one
 * server, measured in the same run.
 */
async function runPeerPart(options: BenchOptions, outDir: string): Promise<PeerComparison> {
  const { log } = options;
  await addPeerPage(options.projectRoot, outDir);
  const { server, url } = await serveStatic({ root: outDir, port: 0 });
  try {
    heading(
      log,
      `The peer: the 30-day model share chart drawn in the browser with Plot (1-year build, ${LIGHTHOUSE_RUNS} Lighthouse runs each, alternating)`,
    );
    const comparison = await benchPeer(new URL(url).origin);
    log(peerTable(comparison));
    return comparison;
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

/**
 * A fresh folder under `bench/tmp/` (git-ignored). Inside the project on purpose: Astro stages a build's prerender
 * chunks in `<outDir>/.prerender/` only when `outDir` is inside the project; otherwise it uses the project's shared
 * `.astro/.prerender/`, which another build running in the same checkout (`npm start`, the e2e suite) wipes.
 */
function benchTmpDir(projectRoot: string): string {
  const parent = join(projectRoot, 'bench', 'tmp');
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, 'run-'));
}

/** Every part `null`: what a run holds before it has measured anything. */
const NO_PART_RUNS = Object.fromEntries(BENCH_PARTS.map((part) => [part, null])) as Record<BenchPart, PartRun | null>;

/**
 * `npm run bench`: fetch cost, build time against archive size, page weight (before and after issue 14) and
 * Lighthouse, the peer, and growth over nights of the nightly workflow, or only the parts in `options.parts`.
 * Printed as tables and written to `resultsFile` after each part, so a later failure keeps the earlier figures;
 * with some parts left out, the file keeps their earlier figures (see `mergeResults`). Timings are figures, never
 * pass/fail. Everything it builds lives in one folder under bench/tmp/, removed at the end.
 */
export async function runBench(options: BenchOptions): Promise<BenchResults> {
  const { log, parts } = options;
  const everything = BENCH_PARTS.every((part) => parts.includes(part));
  const previous = everything ? null : readPreviousResults(options.resultsFile);
  const baseline = parts.includes('pages') ? readWeightBaseline(options.weightBaselineFile) : null;
  let results: BenchResults = {
    machine: describeMachine(),
    revision: describeRevision(options.projectRoot),
    quick: options.quick,
    parts: NO_PART_RUNS,
    fetch: null,
    build: null,
    pages: null,
    lighthouse: null,
    pageWeightBeforeAfter: null,
    growth: null,
    peer: null,
  };
  const run: PartRun = { ...results.revision, date: results.machine.date, quick: options.quick };
  const done: BenchPart[] = [];
  const record: RecordPart = (part, values) => {
    results = { ...results, ...values, parts: { ...results.parts, [part]: run } };
    if (!done.includes(part)) done.push(part);
    writeResults(options.resultsFile, mergeResults(previous, results, done));
  };
  log(`Machine: ${machineLine(results.machine)}`);
  const { commit, dirtyFiles } = results.revision;
  log(`Code: ${commit}${dirtyFiles > 0 ? ` with ${dirtyFiles} changed or untracked files on top` : ''}`);
  if (!everything) log(`Parts: ${parts.join(', ')} (--only); ${options.resultsFile} keeps the other parts' figures.`);
  const tmpRoot = benchTmpDir(options.projectRoot);
  try {
    if (parts.includes('fetch')) {
      heading(log, `Fetch: requests and pacing (empty archive on ${options.today}, then the next night)`);
      const runs = await benchFetch(options.source, tmpRoot, options.today);
      log(fetchTable(runs));
      log('\nRequests per endpoint:');
      log(endpointTable(runs));
      record('fetch', { fetch: runs });
    }

    const plan = toBuildPlan(parts);
    let built: BuildCase[] = [];
    let buildGrowth: BuildGrowth | undefined;
    if (plan === 'all') {
      const part = await runBuildPart(options, tmpRoot);
      record('build', {
        build: { cases: part.built.map(toRecordedBuildCase), growth: part.growth, skipped: part.skipped },
      });
      built = part.built;
      buildGrowth = part.growth;
    } else if (plan === 'smallest') {
      built = await buildSmallest(options, tmpRoot);
    }

    if (plan !== 'none') {
      const smallest = built[0];
      if (smallest === undefined) throw new Error('bench: no build to weigh pages on.');
      if (parts.includes('pages')) await runPagePart(options, smallest.outDir, baseline, record);
      if (parts.includes('peer')) record('peer', { peer: await runPeerPart(options, smallest.outDir) });
    }

    if (parts.includes('growth')) record('growth', { growth: await runGrowthPart(options, tmpRoot, buildGrowth) });
    log(`\nResults: ${options.resultsFile}`);
    return results;
  } finally {
    rmSync(tmpRoot, { recursive: true, force: true });
  }
}
