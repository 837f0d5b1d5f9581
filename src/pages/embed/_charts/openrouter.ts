/** The embeddable charts of OpenRouter's own benchmarks (`/benchmarks/openrouter/`): one per benchmark type. */
import { OPENROUTER_BENCHMARKS, OPENROUTER_PATH, allOpenRouterFigures } from '../../benchmarks/_openrouter.ts';
import type { EmbedChart } from '../_registry.ts';
import { drawnWide } from './drawn.ts';

/** Downloads of these charts: `/benchmarks/openrouter/<id>.{csv,svg,png}`. */
export const OPENROUTER_EXPORT_FOLDER = '/benchmarks/openrouter';

/** Each benchmark's scatterplot, frozen; the page's first chart is its card. */
export function openRouterEmbedCharts(): EmbedChart[] {
  return allOpenRouterFigures().map(
    ({ type, figure }, i): EmbedChart => ({
      id: figure.id,
      card: i === 0,
      frozen: true,
      title: `OpenRouter benchmarks, ${figure.title}`,
      ...drawnWide(figure),
      notes: [OPENROUTER_BENCHMARKS[type].about, ...figure.notes],
      tokenCaveat: false,
      attribution: figure.attribution,
      asOf: figure.asOf,
      pageHref: `${OPENROUTER_PATH}#${figure.id}`,
      csvHref: `${OPENROUTER_EXPORT_FOLDER}/${figure.id}.csv`,
      exportPath: `${OPENROUTER_EXPORT_FOLDER}/${figure.id}`,
    }),
  );
}
