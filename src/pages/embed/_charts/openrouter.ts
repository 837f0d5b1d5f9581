/** The embeddable charts of OpenRouter's own benchmarks (`/benchmarks/openrouter/`): one per benchmark type. */
import {
  allOpenRouterFigures,
  OPENROUTER_BENCHMARKS,
  OPENROUTER_DOWNLOAD_FOLDER,
  OPENROUTER_PATH,
  openRouterDownloadPath,
} from '../../benchmarks/_openrouter.ts';
import type { EmbedChart } from '../_registry.ts';
import { drawnWide } from './drawn.ts';

/** Each benchmark's scatterplot, frozen; the page's first chart is its card. */
export function openRouterEmbedCharts(): EmbedChart[] {
  return allOpenRouterFigures().map(({ type, figure }, i): EmbedChart => ({
    id: figure.id,
    card: i === 0,
    frozenCopies: true,
    title: `OpenRouter benchmarks, ${figure.title}`,
    ...drawnWide(figure),
    notes: [OPENROUTER_BENCHMARKS[type].about, ...figure.notes],
    tokenCaveat: false,
    attribution: figure.attribution,
    asOf: figure.asOf,
    pageHref: `${OPENROUTER_PATH}#${figure.id}`,
    csvHref: openRouterDownloadPath(figure.id, 'csv'),
    exportPath: `${OPENROUTER_DOWNLOAD_FOLDER}/${figure.id}`,
  }));
}
