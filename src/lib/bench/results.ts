import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'astro/zod';
import { parseWith } from '../api/parse.ts';
import { isNotFound } from '../archive/write-atomic.ts';
import type { BuildCase, BuildGrowth } from './build-bench.ts';
import type { FetchBenchRun } from './fetch-bench.ts';
import type { GrowthNight, GrowthPlan } from './growth-nights.ts';
import type { GrowthProjection } from './growth-projection.ts';
import type { PageAudited } from './lighthouse.ts';
import type { Machine, Revision } from './machine.ts';
import type { PageWeighed } from './page-visit.ts';
import { BENCH_PARTS, type BenchPart } from './parts.ts';
import type { PeerComparison } from './peer-bench.ts';
import type { WeightBeforeAfter } from './weight-compare.ts';

/** Where `npm run bench` writes its figures (committed: the latest run of each part). */
export const RESULTS_FILE = 'bench/results.json';

/** A build case as recorded: its temporary output folder is gone by the time anyone reads the file. */
export type RecordedBuildCase = Omit<BuildCase, 'outDir'>;

const PartRunSchema = z.object({
  commit: z.string(),
  dirtyFiles: z.number().int().nonnegative(),
  /** When the bench run that measured the part started (ISO 8601, UTC). */
  date: z.string(),
  quick: z.boolean(),
});

/** The code and run a part's figures come from. */
export type PartRun = z.infer<typeof PartRunSchema>;

/** Every part, with the run its figures in the file come from; `null` for a part never run. */
export type PartRuns = Readonly<Record<BenchPart, PartRun | null>>;

/** Everything one `npm run bench` measured; a part is `null` until it has run (or when an earlier part failed). */
export interface BenchResults {
  /** The machine, code and `--quick` of the latest run; `parts` says which run each part's figures come from. */
  readonly machine: Machine;
  readonly revision: Revision;
  /** `--quick`: the 5-year build was skipped and 3 nights simulated instead of 8. */
  readonly quick: boolean;
  readonly parts: PartRuns;
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
  /** Each weighed page against the figures recorded before issue 14 and against itself without narrow renderings. */
  readonly pageWeightBeforeAfter: {
    /** The baseline's commit and day; `null` without a baseline file. */
    readonly baseline: { readonly commit: string; readonly date: string } | null;
    readonly rows: readonly WeightBeforeAfter[];
  } | null;
  /** Simulated nights of the nightly workflow and what they project to. */
  readonly growth: {
    readonly plan: GrowthPlan;
    readonly nights: readonly GrowthNight[];
    readonly projections: readonly GrowthProjection[];
  } | null;
  /** Our page of the 30-day model share chart against the peer's, drawn in the browser (1-year build). */
  readonly peer: PeerComparison | null;
}

/** The keys of {@link BenchResults} each part writes. */
const PART_KEYS = {
  fetch: ['fetch'],
  build: ['build'],
  pages: ['pages', 'lighthouse', 'pageWeightBeforeAfter'],
  peer: ['peer'],
  growth: ['growth'],
} as const satisfies Record<BenchPart, readonly (keyof BenchResults)[]>;

/**
 * A results file as an earlier run wrote it, read only to carry parts over: its parts stay unparsed JSON, written
 * back as they were. Files from before `parts` existed give every part they hold their run's revision.
 */
const PreviousResultsSchema = z.looseObject({
  machine: z.looseObject({ date: z.string() }),
  revision: z.looseObject({ commit: z.string(), dirtyFiles: z.number().int().nonnegative() }),
  quick: z.boolean(),
  parts: z.partialRecord(z.enum(BENCH_PARTS), PartRunSchema.nullable()).optional(),
});

/** An earlier run's results file, checked where it is read; its parts' figures are kept as they were written. */
export type PreviousResults = z.infer<typeof PreviousResultsSchema>;

/** A file's text, or `null` when it does not exist (any other failure is thrown). */
export function readTextIfExists(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

/** Reads an earlier run's results; `null` when there is none. Throws one line naming the file when it is unreadable. */
export function readPreviousResults(file: string): PreviousResults | null {
  const text = readTextIfExists(file);
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${file}: not JSON. Restore it from git, or run the whole bench (no --only) to write it afresh.`);
  }
  return parseWith(PreviousResultsSchema, json, file);
}

/** The run each part of an earlier file comes from: its `parts`, or (older files) its revision for every part it holds. */
function previousPartRuns(previous: PreviousResults): PartRuns {
  const whole: PartRun = {
    commit: previous.revision.commit,
    dirtyFiles: previous.revision.dirtyFiles,
    date: previous.machine.date,
    quick: previous.quick,
  };
  const held = (part: BenchPart) =>
    PART_KEYS[part].some((key) => previous[key] !== undefined && previous[key] !== null);
  return Object.fromEntries(
    BENCH_PARTS.map((part) => [part, previous.parts ? (previous.parts[part] ?? null) : held(part) ? whole : null]),
  ) as Record<BenchPart, PartRun | null>;
}

/**
 * What the results file holds after a run: the run's machine, revision and `quick`; for each part in `done`, this
 * run's figures and run; for every other part, the earlier file's figures and run as they were (or `null`).
 */
export function mergeResults(
  previous: PreviousResults | null,
  current: BenchResults,
  done: readonly BenchPart[],
): Record<string, unknown> {
  const earlierRuns = previous === null ? null : previousPartRuns(previous);
  const parts = Object.fromEntries(
    BENCH_PARTS.map((part) => [part, done.includes(part) ? current.parts[part] : (earlierRuns?.[part] ?? null)]),
  );
  const merged: Record<string, unknown> = {
    machine: current.machine,
    revision: current.revision,
    quick: current.quick,
    parts,
  };
  for (const part of BENCH_PARTS) {
    for (const key of PART_KEYS[part]) merged[key] = done.includes(part) ? current[key] : (previous?.[key] ?? null);
  }
  return merged;
}

/** A build case without its temporary folder. */
export function toRecordedBuildCase({ outDir: _outDir, ...recorded }: BuildCase): RecordedBuildCase {
  return recorded;
}

/** Writes the results as stable, indented JSON (temp sibling + rename, so a reader never sees half a file). */
export function writeResults(file: string, results: object): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.tmp`;
  writeFileSync(temp, `${JSON.stringify(results, null, 2)}\n`);
  renameSync(temp, file);
}
