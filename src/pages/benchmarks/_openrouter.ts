/**
 * OpenRouter's own benchmark results (`/benchmarks/openrouter/`): one scatterplot per benchmark type, accuracy
 * with its spread against average cost per task, read from the newest `benchmarks-openrouter` snapshot. The CSV
 * and SVG endpoints reuse these builders, so a download is exactly what is drawn.
 */
import { OPENROUTER_BENCHMARK_TYPES, type OpenRouterBenchmarkType } from '../../lib/api/benchmarks.ts';
import { readOpenRouterBenchmarks, type OpenRouterBenchmarksArchive } from '../../lib/archive/read.ts';
import { benchmarkScatterChart, SCATTER_COLORS } from '../../lib/charts/benchmark-scatter.ts';
import { usagePhrase } from '../../lib/transform/benchmarks.ts';
import { attributionFor } from '../../lib/transform/citation.ts';
import { toCsv } from '../../lib/transform/csv.ts';
import { formatDate, formatExact } from '../../lib/transform/format.ts';
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
} from '../../lib/transform/openrouter-benchmarks.ts';
import { RECENT_USAGE_DAYS } from '../../lib/transform/recent-usage.ts';
import { toScatterLayout } from '../../lib/transform/scatter-layout.ts';
import { dataDir } from '../models/_data.ts';
import { loadBenchmarks } from './_data.ts';
import type { ScatterFigure } from './_figures.ts';

/** The page's path; each benchmark's figure is anchored by its id, and its downloads are in the same folder. */
export const OPENROUTER_PATH = '/benchmarks/openrouter/';

/** Where the downloads are: `/benchmarks/openrouter/<chart id>.{csv,svg,png}`. */
export const OPENROUTER_DOWNLOAD_FOLDER = '/benchmarks/openrouter';

/** How each benchmark is named and what it measures. */
export const OPENROUTER_BENCHMARKS: Readonly<Record<OpenRouterBenchmarkType, { name: string; about: string }>> = {
  gpqa_diamond: {
    name: 'GPQA Diamond',
    about: 'Graduate-level multiple-choice questions in biology, physics and chemistry.',
  },
  tau_bench_verified_airline: {
    name: 'τ-bench Verified, airline',
    about: 'An agent serving airline customers through tools and policies, over multi-turn conversations.',
  },
};

const cache = new Map<string, OpenRouterBenchmarksArchive | null>();

/** The newest `benchmarks-openrouter` snapshot of `DATA_DIR`, or null when the archive has none. Read once. */
export function loadOpenRouterBenchmarks(dir = dataDir()): OpenRouterBenchmarksArchive | null {
  if (!cache.has(dir)) cache.set(dir, readOpenRouterBenchmarks(dir));
  return cache.get(dir) ?? null;
}

/** `benchmarks-openrouter-gpqa-diamond`: the chart id and download name of a benchmark. */
export function openRouterFigureId(benchmarkType: OpenRouterBenchmarkType): string {
  return `benchmarks-openrouter-${benchmarkType.replaceAll('_', '-')}`;
}

const SIZE = { width: 880, height: 480 };

const COST_NOTE =
  "Cost is OpenRouter's average spend per task of the benchmark, in USD, on a log scale; accuracy is the share of tasks solved.";
const FRONTIER_NOTE =
  'The line is the cost/accuracy frontier: the models no cheaper model beats. Labels mark the most accurate models, the frontier and the most used models where they fit.';

/** The sentence on dot sizes: by recent OpenRouter usage when the archive has rankings. */
function sizingNote(usage: ReturnType<typeof loadBenchmarks>['usage']): string {
  if (!usage) return 'No rankings in the archive yet, so no dot is sized by usage.';
  return (
    `Filled dots are models in the OpenRouter rankings, their area by tokens over ${formatDate(usage.start)} – ` +
    `${formatDate(usage.end)} (${RECENT_USAGE_DAYS} complete days); hollow dots are not in the rankings.`
  );
}

/** The table row of a point, as drawn. */
function tableRow(p: SpreadPoint & { onFrontier: boolean }) {
  return [
    p.name,
    `${p.y.toFixed(1)}%`,
    formatSpread(p.spread),
    formatUsdPerTask(p.x),
    String(p.item.total_tasks),
    formatDate(p.item.last_run_timestamp),
    p.onFrontier ? 'yes' : 'no',
    p.usage === null
      ? '—'
      : {
          text: usagePhrase(p.usage, RECENT_USAGE_DAYS).replace(/ in the last.*/, ''),
          title: `${formatExact(p.usage)} tokens`,
        },
  ];
}

const figures = new Map<OpenRouterBenchmarkType, ScatterFigure | null>();

/**
 * The scatterplot of one benchmark, or null when the snapshot has no response for it. Built once per build: the
 * page, its CSV and the embed registry all draw it.
 */
export function openRouterFigure(benchmarkType: OpenRouterBenchmarkType): ScatterFigure | null {
  if (!figures.has(benchmarkType)) figures.set(benchmarkType, buildOpenRouterFigure(benchmarkType));
  return figures.get(benchmarkType) ?? null;
}

function buildOpenRouterFigure(benchmarkType: OpenRouterBenchmarkType): ScatterFigure | null {
  const archive = loadOpenRouterBenchmarks();
  const response = archive?.benchmarks.find((b) => b.benchmarkType === benchmarkType)?.response;
  if (!archive || !response) return null;
  const { usage } = loadBenchmarks();
  const set = toSpreadSet(response.data, usage);
  const spreads = new Map(set.points.map((p) => [p.slug, p.spread]));
  const layout = toScatterLayout(asScatterSet(set), { ...SIZE, spreadOf: (p) => spreads.get(p.slug) ?? null });
  const id = openRouterFigureId(benchmarkType);
  const byAccuracy = layout.points.toSorted((a, b) => b.y - a.y || a.x - b.x);
  const pointOf = new Map(set.points.map((p) => [p.slug, p]));
  const title = `${OPENROUTER_BENCHMARKS[benchmarkType].name}: accuracy against cost per task`;
  return {
    id,
    title,
    svg: benchmarkScatterChart(id, layout, {
      x: COST_PER_TASK_LABEL,
      y: ACCURACY_LABEL,
      xTick: SPREAD_WORDS.tick,
      title: (p) =>
        `${p.name}: accuracy ${p.y.toFixed(1)}% (${formatSpread(spreads.get(p.slug) ?? null)}), ${SPREAD_WORDS.cost(p.x)}; ${usagePhrase(p.usage, RECENT_USAGE_DAYS)}`,
    }),
    alt: describeSpread(set),
    takeaway: spreadTakeaway(set),
    legend: [
      {
        label: 'In the OpenRouter rankings (area = recent tokens); bar = ± one standard deviation',
        color: SCATTER_COLORS.dot,
      },
      { label: 'Cost/accuracy frontier', color: SCATTER_COLORS.frontier },
    ],
    table: {
      caption: title,
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
      rows: byAccuracy.flatMap((p) => {
        const point = pointOf.get(p.slug);
        return point ? [tableRow({ ...point, onFrontier: p.onFrontier })] : [];
      }),
    },
    notes: [COST_NOTE, runsNote(set), FRONTIER_NOTE, sizingNote(usage), spreadOmittedNote(set)].filter(
      (note): note is string => note !== null,
    ),
    attribution: attributionFor({
      asOf: response.meta.as_of,
      synthetic: archive.synthetic,
      apiCitation: response.meta.citation,
    }),
    asOf: response.meta.as_of,
    csv: toCsv(
      spreadCsvColumns(set),
      byAccuracy.flatMap((p) => pointOf.get(p.slug) ?? []),
    ),
  };
}

/** Every benchmark's figure with its type, in `OPENROUTER_BENCHMARK_TYPES` order. */
export function allOpenRouterFigures(): { type: OpenRouterBenchmarkType; figure: ScatterFigure }[] {
  return OPENROUTER_BENCHMARK_TYPES.flatMap((type) => {
    const figure = openRouterFigure(type);
    return figure ? [{ type, figure }] : [];
  });
}

/** Site path of a download: `/benchmarks/openrouter/benchmarks-openrouter-gpqa-diamond.csv`. */
export function openRouterDownloadPath(id: string, extension: 'csv' | 'svg' | 'png'): string {
  return `${OPENROUTER_DOWNLOAD_FOLDER}/${id}.${extension}`;
}
