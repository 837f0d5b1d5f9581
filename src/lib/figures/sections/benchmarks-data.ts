/**
 * The benchmarks snapshot as the site reads it: the Artificial Analysis items of each index, the Design Arena items
 * of each arena, each with the `meta` that cites them, and recent OpenRouter usage for sizing the dots. The
 * benchmarks pages, OpenRouter's benchmarks page and the model pages all read them from here, once per build; the
 * scatterplots of both benchmarks pages share their size, names and usage cell from here too.
 */
import {
  ArtificialAnalysisResponseSchema,
  DesignArenaResponseSchema,
  type ArtificialAnalysisItem,
  type BenchmarksMeta,
  type BenchmarkTaskType,
  type DesignArena,
  type DesignArenaItem,
} from '../../api/benchmarks.ts';
import type { Snapshot } from '../../archive/format.ts';
import { benchmarksKey } from '../../archive/keys.ts';
import { snapshotBody } from '../../archive/read.ts';
import { toDaCategory, usagePhrase } from '../../transform/benchmarks.ts';
import { attributionFor } from '../../transform/citation.ts';
import { formatExact } from '../../transform/format.ts';
import { RECENT_USAGE_DAYS, toRecentUsage, type RecentUsage } from '../../transform/recent-usage.ts';
import { toBaseSlug } from '../../transform/model-slugs.ts';
import { isolate } from '../../transform/safe-text.ts';
import { modelPagePath } from '../routes.ts';
import type { TableCell } from '../schema.ts';
import { derived, type SiteData } from '../site-data.ts';
import { modelNameOf } from './model-names.ts';

/** The size every benchmark scatterplot is laid out at. */
export const SCATTER_SIZE = { width: 880, height: 480 };

/** Below this width (CSS px) a scatterplot scrolls in its own box. */
export const SCATTER_MIN_WIDTH = 560;

/** An index's name in toggles and page titles. */
export const METRIC_LABELS: Readonly<Record<BenchmarkTaskType, string>> = {
  intelligence: 'Intelligence',
  coding: 'Coding',
  agentic: 'Agentic',
};

/** An arena's name in toggles, titles and page titles. */
export const ARENA_LABELS: Readonly<Record<DesignArena, string>> = {
  models: 'Models',
  builders: 'Builders',
  agents: 'Agents',
};

/**
 * Recent usage as a table cell: `12.3B` with the exact count on hover, or `—` when not in the rankings. With the
 * model the usage is joined to (`usageModelOf`), the cell links to its page and the hover names it as the site does.
 */
export function usageCell(usage: bigint | null, model?: UsageModel | null): TableCell {
  if (usage === null) return '—';
  const text = usagePhrase(usage, RECENT_USAGE_DAYS).replace(/ in the last.*/, '');
  if (!model) return { text, title: `${formatExact(usage)} tokens` };
  return { text, title: `${formatExact(usage)} tokens; on OpenRouter as ${isolate(model.name)}`, href: model.href };
}

/** The ranked model a benchmark item's usage is joined to: its display name and page. */
export type UsageModel = { name: string; href: string };

/**
 * The ranked model of a benchmark item's base model (`toBaseSlug`) that carried most of its recent tokens, or null
 * when the base model has none: benchmarks keep their own names, and link to the site's name where usage is shown.
 */
export function usageModelOf(data: SiteData, slug: string): UsageModel | null {
  const permaslug = recentUsageOf(data)?.models.get(toBaseSlug(slug));
  return permaslug === undefined ? null : { name: modelNameOf(data, permaslug), href: modelPagePath(permaslug) };
}

/** Items of one chart with the `meta` that cites them and the citation line. */
export type Loaded<Item> = { items: Item[]; meta: BenchmarksMeta; attribution: string };

/** The items of one Design Arena arena: its largest category (`toDaCategory`) and every category it rates. */
export type LoadedArena = Loaded<DesignArenaItem> & { category: string | null; categories: string[] };

/** Tokens per base model over the last 30 complete days of the rankings, or null without rankings. */
export function recentUsageOf(data: SiteData): RecentUsage | null {
  return derived(data, 'recent-usage', () =>
    data.rankings ? toRecentUsage(data.rankings.rows, data.rankings.meta.as_of) : null,
  );
}

function attribute(snapshot: Snapshot, meta: BenchmarksMeta): string {
  return attributionFor({ asOf: meta.as_of, synthetic: snapshot.synthetic, apiCitation: meta.citation });
}

/**
 * The Artificial Analysis items of one index, or null without a response: the `task_type` response (every model
 * with that score, up to 100) merged with the unfiltered one, whose models without that score are then counted as
 * left out. Parsed once per build.
 */
export function aaItemsOf(data: SiteData, metric: BenchmarkTaskType): Loaded<ArtificialAnalysisItem> | null {
  return derived(data, `benchmarks:aa:${metric}`, () => {
    const snapshot = data.snapshots.benchmarks;
    if (!snapshot) return null;
    const body = (key: string) => snapshotBody(snapshot, key, ArtificialAnalysisResponseSchema);
    const typed = body(benchmarksKey({ source: 'artificial-analysis', taskType: metric }));
    const all = body(benchmarksKey({ source: 'artificial-analysis' }));
    const meta = typed?.meta ?? all?.meta;
    if (!meta) return null;
    const seen = new Set<string>();
    const items = [...(typed?.data ?? []), ...(all?.data ?? [])].filter((item) => {
      if (seen.has(item.model_permaslug)) return false;
      seen.add(item.model_permaslug);
      return true;
    });
    return { items, meta, attribution: attribute(snapshot, meta) };
  });
}

/** The Design Arena items of one arena (its largest category, see `toDaCategory`), or null without a response. */
export function daItemsOf(data: SiteData, arena: DesignArena): LoadedArena | null {
  return derived(data, `benchmarks:da:${arena}`, () => {
    const snapshot = data.snapshots.benchmarks;
    if (!snapshot) return null;
    const body = snapshotBody(snapshot, benchmarksKey({ source: 'design-arena', arena }), DesignArenaResponseSchema);
    if (!body) return null;
    return { ...toDaCategory(body.data), meta: body.meta, attribution: attribute(snapshot, body.meta) };
  });
}
