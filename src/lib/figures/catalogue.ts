/**
 * Every figure of the build, by id (docs/embeds.md lists the id scheme): the sections' figures, validated against
 * `FigureSchema`, with the checks that keep embeds honest (unique ids; a re-cut names a figure that has frozen
 * copies). Pages, embeds, codes pages, exports, oEmbed files and cards all take their figures from here.
 */
import { parseWith } from '../api/parse.ts';
import { toFrozenDate } from '../embed/ids.ts';
import { SYNTHETIC_NOTICE } from '../transform/citation.ts';
import { FigureSchema, type CsvFile, type Figure, type FigureInput } from './schema.ts';
import { derived, type SiteData } from './site-data.ts';
import { appsCsvFiles, appsFigures } from './sections/apps.ts';
import { benchmarksCsvFiles, benchmarksFigures } from './sections/benchmarks.ts';
import { historyCsvFiles, historyFigures } from './sections/history.ts';
import { modelPageCsvFiles, modelPageFigures } from './sections/model-pages.ts';
import { modelsCsvFiles, modelsFigures } from './sections/models.ts';
import { spendCsvFiles, spendFigures } from './sections/model-spend.ts';
import { newModelsCsvFiles, newModelsFigures } from './sections/new-models.ts';
import { openRouterCsvFiles, openRouterFigures } from './sections/openrouter.ts';
import { sessionCostCsvFiles, sessionCostFigures } from './sections/session-cost.ts';
import { taskModelFigures, tasksCsvFiles, tasksFigures } from './sections/tasks.ts';
import { viewsCsvFiles, viewsFigures } from './sections/views.ts';

/** The figure builders of every section, in catalogue order (the model pages' figures last). */
const SECTIONS: readonly ((data: SiteData) => FigureInput[])[] = [
  modelsFigures,
  spendFigures,
  newModelsFigures,
  appsFigures,
  viewsFigures,
  benchmarksFigures,
  openRouterFigures,
  tasksFigures,
  taskModelFigures,
  sessionCostFigures,
  historyFigures,
  modelPageFigures,
];

/** The CSV files of every section: each figure's data and each table's, as shown. */
const CSV_FILES: readonly ((data: SiteData) => CsvFile[])[] = [
  modelsCsvFiles,
  spendCsvFiles,
  newModelsCsvFiles,
  appsCsvFiles,
  viewsCsvFiles,
  benchmarksCsvFiles,
  openRouterCsvFiles,
  tasksCsvFiles,
  sessionCostCsvFiles,
  historyCsvFiles,
  modelPageCsvFiles,
];

/** Every CSV file of the build; throws one line when two share a path. */
export function allCsvFiles(data: SiteData): CsvFile[] {
  return derived(data, 'csv-files', () => {
    const files = CSV_FILES.flatMap((section) => section(data));
    const seen = new Set<string>();
    for (const file of files) {
      if (seen.has(file.path)) throw new Error(`figures: CSV ${file.path} is made twice; paths must be unique`);
      seen.add(file.path);
    }
    return files;
  });
}

/** Every figure of the build, built and checked once; throws one line on a repeated id or a dangling variant. */
export function allFigures(data: SiteData): Figure[] {
  return derived(data, 'catalogue', () => {
    const figures = SECTIONS.flatMap((section) => section(data)).map((input) =>
      parseWith(FigureSchema, input, `figure ${input.id}`),
    );
    checkCatalogue(figures);
    return figures;
  });
}

/** Throws one line when two figures share an id or a re-cut names a figure without frozen copies. */
export function checkCatalogue(figures: readonly Figure[]): void {
  const byId = new Map<string, Figure>();
  for (const figure of figures) {
    if (byId.has(figure.id)) throw new Error(`figures: id "${figure.id}" is used twice; ids must be unique`);
    byId.set(figure.id, figure);
  }
  for (const figure of figures) {
    const { frozen } = figure.embed;
    if (frozen.kind === 'variant' && byId.get(frozen.of)?.embed.frozen.kind !== 'own') {
      throw new Error(`figures: "${figure.id}" names "${frozen.of}" as its frozen variant, which has no frozen embeds`);
    }
  }
}

/** The figure with `id`; throws one line naming it when the catalogue has none (a page asked for a missing chart). */
export function figureById(data: SiteData, id: string): Figure {
  const figure = findFigure(data, id);
  if (!figure) throw new Error(`figures: no figure "${id}" in this build's catalogue`);
  return figure;
}

/** The figure with `id`, or null when this build's archive cannot draw it. */
export function findFigure(data: SiteData, id: string): Figure | null {
  return derived(data, 'catalogue-by-id', () => new Map(allFigures(data).map((f) => [f.id, f]))).get(id) ?? null;
}

/** True for a figure drawn from the local Data API's synthetic world (its attribution is the synthetic notice). */
export function isSyntheticFigure(figure: Figure): boolean {
  return figure.attribution === SYNTHETIC_NOTICE;
}

/** True for a figure with frozen embeds of its own. */
export function hasFrozenCopies(figure: Figure): boolean {
  return figure.embed.frozen.kind === 'own';
}

/**
 * The date this build freezes its embeds under: the newest refresh in the archive (dated snapshots and the
 * rankings' `as_of`), never the clock, so two builds of one archive agree. Null for an empty archive.
 */
export function frozenDate(data: SiteData): string | null {
  const snapshotDates = Object.values(data.snapshotDates).flat();
  const asOf = data.rankings?.meta.as_of;
  return toFrozenDate(asOf ? [...snapshotDates, asOf] : snapshotDates);
}

/**
 * The date of a figure's frozen copy in this build (`/embed/<id>/<date>/`): a weekly chart's last week's Sunday, so
 * a week gets one copy however many builds see it; otherwise the build's frozen date. Null without a frozen copy.
 */
export function frozenDateOf(data: SiteData, figure: Figure): string | null {
  if (!hasFrozenCopies(figure)) return null;
  return figure.weeksThrough ?? frozenDate(data);
}

/**
 * What a frozen copy compares with `/embed/latest.json` to say "newer data available": when the chart draws weeks,
 * the last week drawn (a newer `as_of` with the same weeks draws the same chart), otherwise its `as_of`.
 */
export function editionOf(figure: Figure): string {
  return figure.weeksThrough ?? figure.asOf;
}
