/**
 * Every figure of the build, by id (docs/embeds.md lists the id scheme): the sections' figures, validated against
 * `FigureSchema`, with the checks that keep embeds honest (unique ids; a re-cut names a figure that has frozen
 * copies). Pages, embeds, codes pages, exports, oEmbed files and cards all take their figures from here.
 */
import { parseWith } from '../api/parse.ts';
import { drawnHash, type FrozenCopy, frozenCopyOf, keepsFrozenCopies } from '../embed/frozen-policy.ts';
import { readFrozenIndex } from '../embed/frozen-store.ts';
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
    return withFrozenPolicy(figures);
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

/**
 * The figures with frozen copies narrowed to the frozen-copy policy (`keepsFrozenCopies`: the first chart of each
 * section page, as every copy costs bytes for ever; docs/embeds.md has the budget); a re-cut keeps naming its variant
 * only while that variant has frozen copies.
 */
function withFrozenPolicy(figures: readonly Figure[]): Figure[] {
  const own = (f: Figure) => f.embed.frozen.kind === 'own' && keepsFrozenCopies(f.id);
  const frozenIds = new Set(figures.filter(own).map((f) => f.id));
  return figures.map((figure) => {
    const { frozen } = figure.embed;
    const kept =
      frozen.kind === 'own' ? frozenIds.has(figure.id) : frozen.kind === 'variant' && frozenIds.has(frozen.of);
    return kept ? figure : { ...figure, embed: { ...figure.embed, frozen: { kind: 'none' } } };
  });
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

/**
 * The figure whose 1200×630 card stands for `figure`'s page (the page's main chart, `embed.card`), or null when its
 * page has none: the oEmbed thumbnail of a chart without a PNG export (`links.png` false).
 */
export function pageCardOf(data: SiteData, figure: Figure): Figure | null {
  const pageOf = (f: Figure) => f.links.page.split('#')[0];
  const cards = derived(data, 'catalogue-cards-by-page', () => {
    const byPage = new Map<string | undefined, Figure>();
    for (const f of allFigures(data)) if (f.embed.card && !byPage.has(pageOf(f))) byPage.set(pageOf(f), f);
    return byPage;
  });
  return cards.get(pageOf(figure)) ?? null;
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

/** What a figure draws, for `drawnHash`: everything on its embed but its dates and citation (which carries `as_of`). */
function drawnOf(figure: Figure): unknown {
  const { title, takeaway, svg, narrowSvg, small, alt, minWidth, legend, table, rowHeader, notes, tokenCaveat } =
    figure;
  return { title, takeaway, svg, narrowSvg, small, alt, minWidth, legend, table, rowHeader, notes, tokenCaveat };
}

/**
 * The frozen copy this build offers for a figure (`frozenCopyOf` over the archive's frozen index, read once): a fresh
 * one when what it draws changed since its newest copy, else that copy. Null without frozen copies.
 */
export function frozenCopyOfFigure(data: SiteData, figure: Figure): FrozenCopy | null {
  if (!hasFrozenCopies(figure)) return null;
  const index = derived(data, 'frozen-index', () => readFrozenIndex(data.dir));
  return derived(data, `frozen-copy:${figure.id}`, () =>
    frozenCopyOf(
      { id: figure.id, asOf: figure.asOf, weeksThrough: figure.weeksThrough, drawn: drawnHash(drawnOf(figure)) },
      index,
    ),
  );
}

/**
 * The date of a figure's frozen copy in this build (`/embed/<id>/<YYYY-Www>/#<date>`): the day of its data, a weekly
 * chart's last week's Sunday, or the date of its newest copy when it draws the same. Null without frozen copies.
 */
export function frozenDateOf(data: SiteData, figure: Figure): string | null {
  return frozenCopyOfFigure(data, figure)?.date ?? null;
}

/**
 * What a frozen copy compares with `/embed/latest.json` to say "newer data available": the date of the copy that
 * draws what the figure draws now (so an unchanged chart is not "newer"); for a live-only figure, its last week drawn
 * or its `as_of`.
 */
export function editionOf(data: SiteData, figure: Figure): string {
  return frozenDateOf(data, figure) ?? figure.weeksThrough ?? figure.asOf;
}
