/**
 * The figures and downloads of the benchmarks pages: one scatterplot per Artificial Analysis index and two per
 * Design Arena arena. The CSV and SVG endpoints reuse these builders, so a download is exactly what is drawn.
 */
import type { LegendItem, TableData } from '../../components/types.ts';
import { DESIGN_ARENAS, type BenchmarkTaskType, type DesignArena } from '../../lib/api/benchmarks.ts';
import { benchmarkScatterChart, SCATTER_COLORS } from '../../lib/charts/benchmark-scatter.ts';
import {
  AA_METRICS,
  AXIS_LABELS,
  describeScatter,
  formatScore,
  omittedNote,
  priceWords,
  scatterCsvColumns,
  scatterTakeaway,
  scoreProse,
  timeWords,
  toAaSet,
  toDaEloSet,
  toDaSpeedSet,
  usagePhrase,
  type ScatterSet,
  type ScatterWords,
} from '../../lib/transform/benchmarks.ts';
import { toCsv } from '../../lib/transform/csv.ts';
import { formatDate, formatExact } from '../../lib/transform/format.ts';
import { RECENT_USAGE_DAYS, type RecentUsage } from '../../lib/transform/recent-usage.ts';
import { toScatterLayout } from '../../lib/transform/scatter-layout.ts';
import { aaItems, daItems, type BenchmarksArchive } from './_data.ts';

/** Everything ChartFigure needs for one scatterplot, plus its CSV. */
export type ScatterFigure = {
  id: string;
  title: string;
  svg: string;
  alt: string;
  takeaway: string;
  legend: LegendItem[];
  table: TableData;
  notes: string[];
  attribution: string;
  /** `meta.as_of` of the response drawn. */
  asOf: string;
  csv: string;
};

const SIZE = { width: 880, height: 480 };

export const METRIC_LABELS: Readonly<Record<BenchmarkTaskType, string>> = {
  intelligence: 'Intelligence',
  coding: 'Coding',
  agentic: 'Agentic',
};
export const ARENA_LABELS: Readonly<Record<DesignArena, string>> = {
  models: 'Models',
  builders: 'Builders',
  agents: 'Agents',
};

/** The notes every benchmark scatterplot carries: the frontier, the dot sizes, and what was left out. */
function scatterNotes(set: ScatterSet, usage: RecentUsage | null, costNote: string): string[] {
  const sizing = usage
    ? `Filled dots are models in the OpenRouter rankings, their area by tokens over ${formatDate(usage.start)} – ` +
      `${formatDate(usage.end)} (${RECENT_USAGE_DAYS} complete days), joined on the base model (dated and :variant ` +
      'slugs count toward it). Hollow dots are not in the rankings.'
    : 'No rankings in the archive yet, so no dot is sized by usage.';
  const notes = [
    costNote,
    'The line is the cost/score frontier: the models no cheaper model beats. Labels mark the top scorers, the frontier and the most used models where they fit.',
    sizing,
  ];
  const omitted = omittedNote(set);
  if (omitted) notes.push(omitted);
  return notes;
}

const PRICE_NOTE =
  'Price is blended at the common 3:1 input:output ratio: (3 × prompt + 1 × completion) / 4, in $ per 1M tokens, on a log scale.';
const TIME_NOTE = 'Generation time is the average per battle, in seconds, on a log scale.';

type ScatterSpec = {
  id: string;
  title: string;
  set: ScatterSet;
  words: ScatterWords;
  xLabel: string;
  csvCost: string;
  csvScore: string;
  costNote: string;
  attribution: string;
  asOf: string;
};

function toScatterFigure(spec: ScatterSpec, usage: RecentUsage | null): ScatterFigure {
  const { set, words } = spec;
  const layout = toScatterLayout(set, SIZE);
  const svg = benchmarkScatterChart(spec.id, layout, {
    x: spec.xLabel,
    y: words.score,
    xTick: words.tick,
    title: (p) =>
      `${p.name}: ${scoreProse(words.score)} ${formatScore(p.y)}, ${words.cost(p.x)}; ${usagePhrase(p.usage, RECENT_USAGE_DAYS)}`,
  });
  const alt = describeScatter(set, words);
  const byScore = layout.points.toSorted((a, b) => b.y - a.y || a.x - b.x);
  return {
    id: spec.id,
    title: spec.title,
    svg,
    alt,
    takeaway: scatterTakeaway(set, words),
    legend: [
      { label: 'In the OpenRouter rankings (area = recent tokens)', color: SCATTER_COLORS.dot },
      { label: 'Cost/score frontier', color: SCATTER_COLORS.frontier },
    ],
    table: {
      caption: spec.title,
      columns: [
        'Model',
        { label: spec.csvCost === 'avg_generation_seconds' ? 'Time' : 'Price per 1M', numeric: true },
        { label: words.score, numeric: true },
        'Frontier',
        'Recent OpenRouter tokens',
      ],
      rows: byScore.map((p) => [
        p.name,
        words.cost(p.x).replace(' per 1M tokens', ''),
        formatScore(p.y),
        p.onFrontier ? 'yes' : 'no',
        p.usage === null
          ? '—'
          : {
              text: usagePhrase(p.usage, RECENT_USAGE_DAYS).replace(/ in the last.*/, ''),
              title: `${formatExact(p.usage)} tokens`,
            },
      ]),
    },
    notes: scatterNotes(set, usage, spec.costNote),
    attribution: spec.attribution,
    asOf: spec.asOf,
    csv: toCsv(scatterCsvColumns(spec.csvCost, spec.csvScore, set), byScore),
  };
}

/** The Artificial Analysis scatterplot of one index (`benchmarks-aa-coding`), or null without data. */
export function aaFigure(archive: BenchmarksArchive, metric: BenchmarkTaskType): ScatterFigure | null {
  const loaded = aaItems(archive.snapshot, metric);
  if (!loaded) return null;
  const words = priceWords(AXIS_LABELS[metric]);
  return toScatterFigure(
    {
      id: `benchmarks-aa-${metric}`,
      title: `${AXIS_LABELS[metric]} against price`,
      set: toAaSet(loaded.items, metric, archive.usage),
      words,
      xLabel: AXIS_LABELS.price,
      csvCost: 'blended_usd_per_1m',
      csvScore: `${metric}_index`,
      costNote: PRICE_NOTE,
      attribution: loaded.attribution,
      asOf: loaded.meta.as_of,
    },
    archive.usage,
  );
}

/** The two Design Arena scatterplots of one arena (ELO against price, win rate against time), or null. */
export function daFigures(
  archive: BenchmarksArchive,
  arena: DesignArena,
): { elo: ScatterFigure; speed: ScatterFigure; category: string | null; categories: string[] } | null {
  const loaded = daItems(archive.snapshot, arena);
  if (!loaded) return null;
  const common = { attribution: loaded.attribution, asOf: loaded.meta.as_of };
  const elo = toScatterFigure(
    {
      ...common,
      id: `benchmarks-da-${arena}-elo`,
      title: `${ARENA_LABELS[arena]} arena: ELO against price`,
      set: toDaEloSet(loaded.items, archive.usage),
      words: priceWords(AXIS_LABELS.elo),
      xLabel: AXIS_LABELS.price,
      csvCost: 'blended_usd_per_1m',
      csvScore: 'elo',
      costNote: PRICE_NOTE,
    },
    archive.usage,
  );
  const speed = toScatterFigure(
    {
      ...common,
      id: `benchmarks-da-${arena}-speed`,
      title: `${ARENA_LABELS[arena]} arena: win rate against generation time`,
      set: toDaSpeedSet(loaded.items, archive.usage),
      words: timeWords(AXIS_LABELS.winRate),
      xLabel: AXIS_LABELS.time,
      csvCost: 'avg_generation_seconds',
      csvScore: 'win_rate_percent',
      costNote: TIME_NOTE,
    },
    archive.usage,
  );
  return { elo, speed, category: loaded.category, categories: loaded.categories };
}

/** Every benchmarks figure of the build, for the CSV and SVG endpoints. */
export function allBenchmarkFigures(archive: BenchmarksArchive): ScatterFigure[] {
  return [
    ...AA_METRICS.flatMap((metric) => aaFigure(archive, metric) ?? []),
    ...DESIGN_ARENAS.flatMap((arena) => {
      const figures = daFigures(archive, arena);
      return figures ? [figures.elo, figures.speed] : [];
    }),
  ];
}

/** Site path of an Artificial Analysis view: `/benchmarks/` for intelligence, else `/benchmarks/artificial-analysis/coding/`. */
export function aaPath(metric: BenchmarkTaskType): string {
  return metric === 'intelligence' ? '/benchmarks/' : `/benchmarks/artificial-analysis/${metric}/`;
}

/** Site path of a Design Arena view: `/benchmarks/` for the models arena, else `/benchmarks/design-arena/builders/`. */
export function daPath(arena: DesignArena): string {
  return arena === 'models' ? '/benchmarks/' : `/benchmarks/design-arena/${arena}/`;
}
