/**
 * OpenRouter's own benchmark results (`/benchmarks/openrouter/`): one scatterplot per benchmark type, accuracy with
 * its spread against average cost per task, read from the newest `benchmarks-openrouter` snapshot, and the CSV of
 * each as drawn.
 */
import { OPENROUTER_BENCHMARK_TYPES, type OpenRouterBenchmarkType } from '../../api/benchmarks.ts';
import { benchmarkScatterChart, SCATTER_COLORS, SCATTER_NARROW_LAYOUT } from '../../charts/benchmark-scatter.ts';
import { usagePhrase } from '../../transform/benchmarks.ts';
import { attributionFor } from '../../transform/citation.ts';
import { toCsv } from '../../transform/csv.ts';
import { formatDate } from '../../transform/format.ts';
import {
  ACCURACY_LABEL,
  asScatterSet,
  COST_PER_TASK_LABEL,
  describeSpread,
  formatSpread,
  formatUsdPerTask,
  runsNote,
  spreadCsvColumns,
  spreadOmittedNote,
  spreadTakeaway,
  SPREAD_WORDS,
  toSpreadSet,
  type SpreadPoint,
} from '../../transform/openrouter-benchmarks.ts';
import { RECENT_USAGE_DAYS, type RecentUsage } from '../../transform/recent-usage.ts';
import { isolate } from '../../transform/safe-text.ts';
import { toScatterLayout, type LaidPoint } from '../../transform/scatter-layout.ts';
import { OPENROUTER_DOWNLOAD_FOLDER, OPENROUTER_PATH, openRouterFigureId } from '../routes.ts';
import type { CsvFile, FigureInput, TableCell } from '../schema.ts';
import { derived, type SiteData } from '../site-data.ts';
import { recentUsageOf, SCATTER_MIN_WIDTH, SCATTER_SIZE, usageCell, usageModelOf } from './benchmarks-data.ts';

/** How each benchmark is named and what it measures. */
const OPENROUTER_BENCHMARKS: Readonly<Record<OpenRouterBenchmarkType, { name: string; about: string }>> = {
  gpqa_diamond: {
    name: 'GPQA Diamond',
    about: 'Graduate-level multiple-choice questions in biology, physics and chemistry.',
  },
  tau_bench_verified_airline: {
    name: 'τ-bench Verified, airline',
    about: 'An agent serving airline customers through tools and policies, over multi-turn conversations.',
  },
};

const COST_NOTE =
  "Cost is OpenRouter's average spend per task of the benchmark, in USD, on a log scale; accuracy is the share of tasks solved.";
const FRONTIER_NOTE =
  'The line is the cost/accuracy frontier: the models no cheaper model beats. Labels mark the most accurate models, the frontier and the most used models where they fit.';

/** The sentence on dot sizes: by recent OpenRouter usage when the archive has rankings. */
function sizingNote(usage: RecentUsage | null): string {
  if (!usage) return 'No rankings in the archive yet, so no dot is sized by usage.';
  return (
    `Filled dots are models in the OpenRouter rankings, their area by tokens over ${formatDate(usage.start)} – ` +
    `${formatDate(usage.end)} (${RECENT_USAGE_DAYS} complete days); hollow dots are not in the rankings.`
  );
}

/** The table row of a point, as drawn. */
function tableRow(data: SiteData, p: SpreadPoint & { onFrontier: boolean }): TableCell[] {
  return [
    p.name,
    `${p.y.toFixed(1)}%`,
    formatSpread(p.spread),
    formatUsdPerTask(p.x),
    String(p.item.total_tasks),
    formatDate(p.item.last_run_timestamp),
    p.onFrontier ? 'yes' : 'no',
    usageCell(p.usage, usageModelOf(data, p.slug)),
  ];
}

/** One benchmark's scatterplot with its CSV, built once per build; null when the snapshot has no response for it. */
function openRouterFigure(
  data: SiteData,
  benchmarkType: OpenRouterBenchmarkType,
): { figure: FigureInput; csv: string } | null {
  return derived(data, `openrouter:${benchmarkType}`, () => {
    const archive = data.openrouter;
    const response = archive?.benchmarks.find((b) => b.benchmarkType === benchmarkType)?.response;
    if (!archive || !response) return null;
    const usage = recentUsageOf(data);
    const set = toSpreadSet(response.data, usage);
    const spreads = new Map(set.points.map((p) => [p.slug, p.spread]));
    const spreadOf = (p: { slug: string }) => spreads.get(p.slug) ?? null;
    const layout = toScatterLayout(asScatterSet(set), { ...SCATTER_SIZE, spreadOf });
    const narrowLayout = toScatterLayout(asScatterSet(set), { ...SCATTER_NARROW_LAYOUT, spreadOf });
    const axes = {
      x: COST_PER_TASK_LABEL,
      y: ACCURACY_LABEL,
      xTick: SPREAD_WORDS.tick,
      title: (p: LaidPoint) =>
        `${isolate(p.name)}: accuracy ${p.y.toFixed(1)}% (${formatSpread(spreads.get(p.slug) ?? null)}), ${SPREAD_WORDS.cost(p.x)}; ${usagePhrase(p.usage, RECENT_USAGE_DAYS)}`,
    };
    const id = openRouterFigureId(benchmarkType);
    const pointOf = new Map(set.points.map((p) => [p.slug, p]));
    // The table and the CSV list the points as laid out, with the frontier the chart draws.
    const byAccuracy = layout.points
      .toSorted((a, b) => b.y - a.y || a.x - b.x)
      .flatMap((p) => {
        const point = pointOf.get(p.slug);
        return point ? [{ ...point, onFrontier: p.onFrontier }] : [];
      });
    const { name, about } = OPENROUTER_BENCHMARKS[benchmarkType];
    const heading = `${name}: accuracy against cost per task`;
    const figure: FigureInput = {
      id,
      anchor: id,
      heading,
      title: `OpenRouter benchmarks, ${heading}`,
      takeaway: spreadTakeaway(set),
      svg: benchmarkScatterChart(id, layout, axes),
      narrowSvg: benchmarkScatterChart(id, narrowLayout, axes, 'narrow'),
      alt: describeSpread(set),
      minWidth: SCATTER_MIN_WIDTH,
      legend: [
        {
          label: 'In the OpenRouter rankings (area = recent tokens); bar = ± one standard deviation',
          color: SCATTER_COLORS.dot,
          kind: 'dot-filled',
        },
        { label: 'Not in the rankings', color: SCATTER_COLORS.dot, kind: 'dot-hollow' },
        { label: 'Cost/accuracy frontier', color: SCATTER_COLORS.frontier, kind: 'line' },
      ],
      table: {
        caption: heading,
        columns: [
          'Model',
          { label: 'Accuracy', numeric: true },
          { label: 'Spread', numeric: true },
          { label: 'Cost per task', numeric: true },
          { label: 'Tasks', numeric: true },
          'Last run',
          'Frontier',
          'Recent OpenRouter tokens',
        ],
        rows: byAccuracy.map((p) => tableRow(data, p)),
      },
      notes: [about, COST_NOTE, runsNote(set), FRONTIER_NOTE, sizingNote(usage), spreadOmittedNote(set)].filter(
        (note): note is string => note !== null,
      ),
      attribution: attributionFor({
        asOf: response.meta.as_of,
        synthetic: archive.synthetic,
        apiCitation: response.meta.citation,
      }),
      asOf: response.meta.as_of,
      links: {
        page: `${OPENROUTER_PATH}#${id}`,
        csv: `${OPENROUTER_DOWNLOAD_FOLDER}/${id}.csv`,
        exports: `${OPENROUTER_DOWNLOAD_FOLDER}/${id}`,
      },
      // The page's first chart is its card.
      embed: { card: benchmarkType === firstBenchmark(data), frozen: { kind: 'own' } },
    };
    return { figure, csv: toCsv(spreadCsvColumns(), byAccuracy) };
  });
}

/** The first benchmark the snapshot has a response for: the page's first chart. */
function firstBenchmark(data: SiteData): OpenRouterBenchmarkType | undefined {
  return OPENROUTER_BENCHMARK_TYPES.find((type) => data.openrouter?.benchmarks.some((b) => b.benchmarkType === type));
}

/** The section's figures: each benchmark's scatterplot, in `OPENROUTER_BENCHMARK_TYPES` order. */
export function openRouterFigures(data: SiteData): FigureInput[] {
  return OPENROUTER_BENCHMARK_TYPES.flatMap((type) => openRouterFigure(data, type)?.figure ?? []);
}

/** Every CSV of the section: `/benchmarks/openrouter/<chart id>.csv`, the points of each scatterplot as drawn. */
export function openRouterCsvFiles(data: SiteData): CsvFile[] {
  return OPENROUTER_BENCHMARK_TYPES.flatMap((type) => {
    const built = openRouterFigure(data, type);
    return built ? [{ path: `${OPENROUTER_DOWNLOAD_FOLDER}/${built.figure.id}.csv`, body: built.csv }] : [];
  });
}

/** What `/benchmarks/openrouter/` shows besides its figures: one section per benchmark, the data's age. */
export type OpenRouterPage = {
  /** False when the archive has no `benchmarks-openrouter` snapshot. */
  hasArchive: boolean;
  synthetic: boolean;
  /** The newest `as_of` of the responses, or null without any. */
  asOf: string | null;
  /** One per benchmark type, in order: its name, and its figure's id (which is also its section's anchor). */
  sections: { type: OpenRouterBenchmarkType; name: string; figureId: string }[];
};

/** The content of `/benchmarks/openrouter/`. */
export function openRouterPage(data: SiteData): OpenRouterPage {
  const archive = data.openrouter;
  return {
    hasArchive: archive !== null,
    synthetic: archive?.synthetic ?? data.snapshots.benchmarks?.synthetic ?? false,
    asOf:
      archive?.benchmarks
        .map((b) => b.response.meta.as_of)
        .sort()
        .at(-1) ?? null,
    sections: OPENROUTER_BENCHMARK_TYPES.map((type) => ({
      type,
      name: OPENROUTER_BENCHMARKS[type].name,
      figureId: openRouterFigureId(type),
    })),
  };
}
