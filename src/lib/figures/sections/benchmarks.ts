/**
 * The benchmarks section (`/benchmarks/`, `/benchmarks/artificial-analysis/<index>/`, `/benchmarks/design-arena/
 * <arena>/`): one scatterplot per Artificial Analysis index and two per Design Arena arena, each with the CSV of its
 * points as drawn. The table, the CSV and the chart take the frontier from one layout, so they always agree.
 */
import { DESIGN_ARENAS, type BenchmarkTaskType, type DesignArena } from '../../api/benchmarks.ts';
import { benchmarkScatterChart, SCATTER_LEGEND, SCATTER_NARROW_LAYOUT } from '../../charts/benchmark-scatter.ts';
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
} from '../../transform/benchmarks.ts';
import { toCsv } from '../../transform/csv.ts';
import { formatDate, lowerFirst } from '../../transform/format.ts';
import { RECENT_USAGE_DAYS, type RecentUsage } from '../../transform/recent-usage.ts';
import { isolate } from '../../transform/safe-text.ts';
import { toScatterLayout, type LaidPoint } from '../../transform/scatter-layout.ts';
import { AA_ANCHOR, aaFigureId, aaPath, DA_ANCHOR, daFigureId, daPath, type DaChart } from '../routes.ts';
import type { CsvFile, FigureInput, VariantGroup } from '../schema.ts';
import { derived, type SiteData } from '../site-data.ts';
import {
  aaItemsOf,
  ARENA_LABELS,
  daItemsOf,
  METRIC_LABELS,
  recentUsageOf,
  SCATTER_MIN_WIDTH,
  SCATTER_SIZE,
  usageCell,
  usageModelOf,
  type LoadedArena,
} from './benchmarks-data.ts';

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

/** What differs between the scatterplots: the points, their words and axes, the CSV's column names. */
type ScatterSpec = {
  id: string;
  heading: string;
  set: ScatterSet;
  words: ScatterWords;
  xLabel: string;
  csvCost: 'blended_usd_per_1m' | 'avg_generation_seconds';
  csvScore: string;
  costNote: string;
};

/** A scatterplot laid out once: its points by score (best first), from which the table and the CSV are written. */
type Scatter = { spec: ScatterSpec; byScore: LaidPoint[]; svg: string; narrowSvg: string };

function toScatter(spec: ScatterSpec): Scatter {
  const { words } = spec;
  const layout = toScatterLayout(spec.set, SCATTER_SIZE);
  const axes = {
    x: spec.xLabel,
    y: words.score,
    xTick: words.tick,
    title: (p: LaidPoint) =>
      `${isolate(p.name)}: ${scoreProse(words.score)} ${formatScore(p.y)}, ${words.cost(p.x)}; ${usagePhrase(p.usage, RECENT_USAGE_DAYS)}`,
  };
  const svg = benchmarkScatterChart(spec.id, layout, axes);
  const narrowSvg = benchmarkScatterChart(spec.id, toScatterLayout(spec.set, SCATTER_NARROW_LAYOUT), axes, 'narrow');
  return { spec, byScore: layout.points.toSorted((a, b) => b.y - a.y || a.x - b.x), svg, narrowSvg };
}

/** The CSV of a scatterplot: its points as drawn, with the frontier flag the table shows. */
function scatterCsv({ spec, byScore }: Scatter): string {
  return toCsv(scatterCsvColumns(spec.csvCost, spec.csvScore), byScore);
}

/** Where a figure lives, how it is embedded and cited; the rest of it comes from its scatterplot. */
type Placement = {
  title: string;
  page: string;
  variants: VariantGroup[];
  card: boolean;
  notes: string[];
  attribution: string;
  asOf: string;
};

function toScatterFigure(data: SiteData, scatter: Scatter, placement: Placement): FigureInput {
  const usage = recentUsageOf(data);
  const { spec, byScore } = scatter;
  const { words } = spec;
  return {
    id: spec.id,
    anchor: spec.id,
    heading: spec.heading,
    level: 3,
    title: placement.title,
    takeaway: scatterTakeaway(spec.set, words),
    svg: scatter.svg,
    narrowSvg: scatter.narrowSvg,
    alt: describeScatter(spec.set, words),
    minWidth: SCATTER_MIN_WIDTH,
    legend: [...SCATTER_LEGEND],
    table: {
      caption: spec.heading,
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
        usageCell(p.usage, usageModelOf(data, p.slug)),
      ]),
    },
    notes: [...scatterNotes(spec.set, usage, spec.costNote), ...placement.notes],
    attribution: placement.attribution,
    asOf: placement.asOf,
    links: { page: placement.page, csv: `/benchmarks/${spec.id}.csv`, exports: `/benchmarks/${spec.id}` },
    variants: placement.variants,
    embed: { card: placement.card, frozen: { kind: 'own' } },
  };
}

/** The scatterplot of one index, laid out once per build; null without its scores. */
function aaScatter(data: SiteData, metric: BenchmarkTaskType): Scatter | null {
  return derived(data, `benchmarks:aa-scatter:${metric}`, () => {
    const loaded = aaItemsOf(data, metric);
    if (!loaded) return null;
    return toScatter({
      id: aaFigureId(metric),
      heading: `${AXIS_LABELS[metric]} against price`,
      set: toAaSet(loaded.items, metric, recentUsageOf(data)),
      words: priceWords(AXIS_LABELS[metric]),
      xLabel: AXIS_LABELS.price,
      csvCost: 'blended_usd_per_1m',
      csvScore: `${metric}_index`,
      costNote: PRICE_NOTE,
    });
  });
}

/** The two scatterplots of one arena, laid out once per build; null without its response. */
function daScatters(data: SiteData, arena: DesignArena): Record<DaChart, Scatter> | null {
  return derived(data, `benchmarks:da-scatters:${arena}`, () => {
    const loaded = daItemsOf(data, arena);
    if (!loaded) return null;
    const usage = recentUsageOf(data);
    const name = ARENA_LABELS[arena];
    return {
      elo: toScatter({
        id: daFigureId(arena, 'elo'),
        heading: `${name} arena: ELO against price`,
        set: toDaEloSet(loaded.items, usage),
        words: priceWords(AXIS_LABELS.elo),
        xLabel: AXIS_LABELS.price,
        csvCost: 'blended_usd_per_1m',
        csvScore: 'elo',
        costNote: PRICE_NOTE,
      }),
      speed: toScatter({
        id: daFigureId(arena, 'speed'),
        heading: `${name} arena: win rate against generation time`,
        set: toDaSpeedSet(loaded.items, usage),
        words: timeWords(AXIS_LABELS.winRate),
        xLabel: AXIS_LABELS.time,
        csvCost: 'avg_generation_seconds',
        csvScore: 'win_rate_percent',
        costNote: TIME_NOTE,
      }),
    };
  });
}

/** The index toggle of the Artificial Analysis charts, `metric` current. */
function indexVariants(metric: BenchmarkTaskType): VariantGroup[] {
  const options = AA_METRICS.map((m) => ({
    label: METRIC_LABELS[m],
    href: `${aaPath(m)}#${AA_ANCHOR}`,
    current: m === metric,
  }));
  return [{ label: 'Index', options }];
}

/** The arena toggle of the Design Arena charts, `arena` current. */
function arenaVariants(arena: DesignArena): VariantGroup[] {
  const options = DESIGN_ARENAS.map((a) => ({
    label: ARENA_LABELS[a],
    href: `${daPath(a)}#${DA_ANCHOR}`,
    current: a === arena,
  }));
  return [{ label: 'Arena', options }];
}

/** Which category of the arena the charts show, and which others the snapshot rates; null without categories. */
function categoryNote(loaded: LoadedArena): string | null {
  if (!loaded.category) return null;
  const others = loaded.categories.filter((c) => c !== loaded.category);
  return (
    `Design Arena rates models per category; this chart shows the ${loaded.category} category, the one with the ` +
    "most models in this arena's snapshot." +
    (others.length > 0 ? ` The snapshot also rates: ${others.join(', ')}.` : '')
  );
}

function aaFigure(data: SiteData, metric: BenchmarkTaskType): FigureInput | null {
  const loaded = aaItemsOf(data, metric);
  const scatter = aaScatter(data, metric);
  if (!loaded || !scatter) return null;
  return toScatterFigure(data, scatter, {
    title: `Artificial Analysis: ${scatter.spec.heading}`,
    page: `${aaPath(metric)}#${scatter.spec.id}`,
    variants: indexVariants(metric),
    card: true,
    notes: [],
    attribution: loaded.attribution,
    asOf: loaded.meta.as_of,
  });
}

function daFigures(data: SiteData, arena: DesignArena): FigureInput[] {
  const loaded = daItemsOf(data, arena);
  const scatters = daScatters(data, arena);
  if (!loaded || !scatters) return [];
  const note = categoryNote(loaded);
  return (['elo', 'speed'] as const).map((chart) =>
    toScatterFigure(data, scatters[chart], {
      title: `Design Arena, ${lowerFirst(scatters[chart].spec.heading)}`,
      page: `${daPath(arena)}#${scatters[chart].spec.id}`,
      variants: arenaVariants(arena),
      // An arena's own page opens with its ELO chart; /benchmarks/ opens with Artificial Analysis instead.
      card: chart === 'elo' && daPath(arena) !== aaPath('intelligence'),
      notes: note ? [note] : [],
      attribution: loaded.attribution,
      asOf: loaded.meta.as_of,
    }),
  );
}

/** The section's figures: the scatterplot of every index, then the ELO and speed scatterplots of every arena. */
export function benchmarksFigures(data: SiteData): FigureInput[] {
  return [
    ...AA_METRICS.flatMap((metric) => aaFigure(data, metric) ?? []),
    ...DESIGN_ARENAS.flatMap((arena) => daFigures(data, arena)),
  ];
}

/** Every CSV of the section: `/benchmarks/<chart id>.csv`, the points of each scatterplot as drawn. */
export function benchmarksCsvFiles(data: SiteData): CsvFile[] {
  const scatters = [
    ...AA_METRICS.flatMap((metric) => aaScatter(data, metric) ?? []),
    ...DESIGN_ARENAS.flatMap((arena) => {
      const pair = daScatters(data, arena);
      return pair ? [pair.elo, pair.speed] : [];
    }),
  ];
  return scatters.map((scatter) => ({ path: `/benchmarks/${scatter.spec.id}.csv`, body: scatterCsv(scatter) }));
}

/** One benchmarks page: the Artificial Analysis index and/or the Design Arena arena it shows. */
export type BenchmarksView = { aa?: BenchmarkTaskType; da?: DesignArena };

/** The `<title>` of a benchmarks page: `Benchmarks`, `Benchmarks: coding index`, `Benchmarks: Design Arena agents arena`. */
export function benchmarksPageTitle(view: BenchmarksView): string {
  if (view.aa && !view.da) return `Benchmarks: ${METRIC_LABELS[view.aa].toLowerCase()} index`;
  if (view.da && !view.aa) return `Benchmarks: Design Arena ${ARENA_LABELS[view.da].toLowerCase()} arena`;
  return 'Benchmarks';
}

/** What a benchmarks page shows besides its figures: whether the archive has a snapshot, and whether it is synthetic. */
export function benchmarksPage(data: SiteData): { hasSnapshot: boolean; synthetic: boolean } {
  const snapshot = data.snapshots.benchmarks;
  return { hasSnapshot: snapshot !== null, synthetic: snapshot?.synthetic ?? false };
}
