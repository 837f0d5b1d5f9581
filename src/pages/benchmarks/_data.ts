/**
 * The benchmarks snapshot and recent OpenRouter usage as the benchmarks pages use them. Read once per build.
 *
 * URLs: `/benchmarks/` (Artificial Analysis intelligence and the Design Arena models arena),
 * `/benchmarks/artificial-analysis/{coding|agentic}/`, `/benchmarks/design-arena/{builders|agents}/`.
 */
import {
  ArtificialAnalysisResponseSchema,
  DesignArenaResponseSchema,
  type ArtificialAnalysisItem,
  type BenchmarksMeta,
  type BenchmarkTaskType,
  type DesignArena,
  type DesignArenaItem,
} from '../../lib/api/benchmarks.ts';
import type { Snapshot } from '../../lib/archive/format.ts';
import { benchmarksKey } from '../../lib/archive/keys.ts';
import { archiveDirFromEnv } from '../../lib/archive/paths.ts';
import { readLatestSnapshot, readRankings, snapshotBody } from '../../lib/archive/read.ts';
import { toDaCategory } from '../../lib/transform/benchmarks.ts';
import { attributionFor } from '../../lib/transform/citation.ts';
import { toRecentUsage, type RecentUsage } from '../../lib/transform/recent-usage.ts';

/** The archive as the benchmarks pages read it: the newest snapshot and usage for sizing the dots. */
export type BenchmarksArchive = { snapshot: Snapshot | null; usage: RecentUsage | null };

/** Items of one chart with the `meta` that cites them. */
export type Loaded<Item> = { items: Item[]; meta: BenchmarksMeta; attribution: string };

const cache = new Map<string, BenchmarksArchive>();

/** The benchmarks snapshot and recent usage of `DATA_DIR` (default `data/`); either may be null. */
export function loadBenchmarks(dir = archiveDirFromEnv()): BenchmarksArchive {
  const cached = cache.get(dir);
  if (cached) return cached;
  const rankings = readRankings(dir);
  const archive = {
    snapshot: readLatestSnapshot(dir, 'benchmarks'),
    usage: rankings ? toRecentUsage(rankings.rows, rankings.meta.as_of) : null,
  };
  cache.set(dir, archive);
  return archive;
}

function attribute(snapshot: Snapshot, meta: BenchmarksMeta): string {
  return attributionFor({ asOf: meta.as_of, synthetic: snapshot.synthetic, apiCitation: meta.citation });
}

/**
 * The Artificial Analysis items for one index: the `task_type` response (every model with that score, up to 100)
 * merged with the unfiltered one, whose models without that score are then counted as left out.
 */
export function aaItems(snapshot: Snapshot | null, metric: BenchmarkTaskType): Loaded<ArtificialAnalysisItem> | null {
  if (!snapshot) return null;
  const typed = snapshotBody(
    snapshot,
    benchmarksKey({ source: 'artificial-analysis', taskType: metric }),
    ArtificialAnalysisResponseSchema,
  );
  const all = snapshotBody(
    snapshot,
    benchmarksKey({ source: 'artificial-analysis' }),
    ArtificialAnalysisResponseSchema,
  );
  const meta = typed?.meta ?? all?.meta;
  if (!meta) return null;
  const seen = new Set<string>();
  const items = [...(typed?.data ?? []), ...(all?.data ?? [])].filter((item) => {
    if (seen.has(item.model_permaslug)) return false;
    seen.add(item.model_permaslug);
    return true;
  });
  return { items, meta, attribution: attribute(snapshot, meta) };
}

/** The Design Arena items of one arena (its largest category, see `toDaCategory`), or null without a response. */
export function daItems(
  snapshot: Snapshot | null,
  arena: DesignArena,
): (Loaded<DesignArenaItem> & { category: string | null; categories: string[] }) | null {
  if (!snapshot) return null;
  const body = snapshotBody(snapshot, benchmarksKey({ source: 'design-arena', arena }), DesignArenaResponseSchema);
  if (!body) return null;
  return { ...toDaCategory(body.data), meta: body.meta, attribution: attribute(snapshot, body.meta) };
}
