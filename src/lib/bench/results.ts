import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BuildCase, BuildGrowth } from './build-bench.ts';
import type { FetchBenchRun } from './fetch-bench.ts';
import type { GrowthNight, GrowthPlan } from './growth-nights.ts';
import type { GrowthProjection } from './growth-projection.ts';
import type { PageAudited } from './lighthouse.ts';
import type { Machine, Revision } from './machine.ts';
import type { PageWeighed } from './page-visit.ts';
import type { PeerComparison } from './peer-bench.ts';

/** Where `npm run bench` writes its figures (committed: the latest run). */
export const RESULTS_FILE = 'bench/results.json';

/** A build case as recorded: its temporary output folder is gone by the time anyone reads the file. */
export type RecordedBuildCase = Omit<BuildCase, 'outDir'>;

/** Everything one `npm run bench` measured; a part is `null` until it has run (or when an earlier part failed). */
export interface BenchResults {
  readonly machine: Machine;
  readonly revision: Revision;
  /** `--quick`: the 5-year build was skipped and 3 nights simulated instead of 8. */
  readonly quick: boolean;
  readonly fetch: readonly FetchBenchRun[] | null;
  readonly build: {
    readonly cases: readonly RecordedBuildCase[];
    readonly growth: BuildGrowth;
    /** Archive sizes not built in this run, with why. */
    readonly skipped: readonly string[];
  } | null;
  /** Measured against the 1-year build. */
  readonly pages: readonly PageWeighed[] | null;
  readonly lighthouse: readonly PageAudited[] | null;
  /** Simulated nights of the nightly workflow and what they project to. */
  readonly growth: {
    readonly plan: GrowthPlan;
    readonly nights: readonly GrowthNight[];
    readonly projections: readonly GrowthProjection[];
  } | null;
  /** Our page of the 30-day model share chart against the peer's, drawn in the browser (1-year build). */
  readonly peer: PeerComparison | null;
}

/** A build case without its temporary folder. */
export function toRecordedBuildCase({ outDir: _outDir, ...recorded }: BuildCase): RecordedBuildCase {
  return recorded;
}

/** Writes the results as stable, indented JSON (temp sibling + rename, so a reader never sees half a file). */
export function writeResults(file: string, results: BenchResults): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.tmp`;
  writeFileSync(temp, `${JSON.stringify(results, null, 2)}\n`);
  renameSync(temp, file);
}
