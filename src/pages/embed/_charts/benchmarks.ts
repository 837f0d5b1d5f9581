/** The embeddable charts of the benchmarks section: each Artificial Analysis index and each Design Arena arena. */
import { DESIGN_ARENAS } from '../../../lib/api/benchmarks.ts';
import { AA_METRICS } from '../../../lib/transform/benchmarks.ts';
import { lowerFirst } from '../../../lib/transform/format.ts';
import { loadBenchmarks } from '../../benchmarks/_data.ts';
import { aaFigure, aaPath, daFigures, daPath, type ScatterFigure } from '../../benchmarks/_figures.ts';
import type { EmbedChart } from '../_registry.ts';
import { drawnWide } from './drawn.ts';

function toEmbedChart(
  figure: ScatterFigure,
  title: string,
  pagePath: string,
  notes: string[],
  card: boolean,
): EmbedChart {
  return {
    id: figure.id,
    card,
    frozenCopies: true,
    title,
    ...drawnWide(figure),
    notes,
    tokenCaveat: false,
    attribution: figure.attribution,
    asOf: figure.asOf,
    pageHref: `${pagePath}#${figure.id}`,
    csvHref: `/benchmarks/${figure.id}.csv`,
    exportPath: `/benchmarks/${figure.id}`,
  };
}

/** The AA scatterplot of every index, then the ELO and speed scatterplots of every arena. */
export function benchmarksEmbedCharts(): EmbedChart[] {
  const archive = loadBenchmarks();
  const aa = AA_METRICS.flatMap((metric) => {
    const figure = aaFigure(archive, metric);
    if (!figure) return [];
    return [toEmbedChart(figure, `Artificial Analysis: ${figure.title}`, aaPath(metric), figure.notes, true)];
  });
  const da = DESIGN_ARENAS.flatMap((arena) => {
    const figures = daFigures(archive, arena);
    if (!figures) return [];
    const category = figures.category ? [`Design Arena category: ${figures.category}.`] : [];
    return [figures.elo, figures.speed].map((figure) => {
      const title = `Design Arena, ${lowerFirst(figure.title)}`;
      // An arena's own page opens with its ELO chart; /benchmarks/ opens with Artificial Analysis instead.
      const card = figure === figures.elo && daPath(arena) !== aaPath('intelligence');
      return toEmbedChart(figure, title, daPath(arena), [...category, ...figure.notes], card);
    });
  });
  return [...aa, ...da];
}
