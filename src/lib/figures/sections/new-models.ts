/**
 * New models (on `/models/` and the front page): the models added to OpenRouter's catalogue (`created`) in the 30
 * days to the catalogue snapshot, with their first days in the rankings aligned on the release: tokens per day as a
 * figure, rank and tokens so far as a list. Needs a catalogue; without one the block says so.
 */
import { addDays } from '../../api/dates.ts';
import { newModelsChart } from '../../charts/new-models.ts';
import { markColor, SERIES_PALETTE, SIZES } from '../../charts/theme.ts';
import { colorOf } from '../../transform/colors.ts';
import { formatDate, formatExact, formatTokens } from '../../transform/format.ts';
import { newModelsCsv, toNewModels, type NewModel } from '../../transform/new-models.ts';
import { isolate } from '../../transform/safe-text.ts';
import { modelPagePath, NEW_MODELS_ANCHOR } from '../routes.ts';
import type { CsvFile, FigureInput, TableCell, TableData } from '../schema.ts';
import { derived, type SiteData } from '../site-data.ts';
import { catalogueAttribution } from './model-facts.ts';
import { modelCatalogueOf, modelNamer } from './model-names.ts';
import { historyOf } from './model-pages.ts';
import { inProgressNote, modelsArchive, type ModelsArchive } from './models-data.ts';

/** The new-models figure's id (and its downloads' name). */
export const NEW_MODELS_ID = 'model-new-30d';

/** How far back a release counts as new, in days up to the catalogue snapshot's day. */
export const NEW_MODELS_DAYS = 30;

/** The new models of this build and the window they were released in; null without a catalogue or rankings. */
type NewModels = { models: NewModel[]; from: string; to: string; archive: ModelsArchive };

function newModelsOf(data: SiteData): NewModels | null {
  return derived(data, 'new-models', () => {
    const archive = modelsArchive(data);
    const to = data.catalogue?.date;
    if (!archive || to === undefined) return null;
    const from = addDays(to, -(NEW_MODELS_DAYS - 1));
    const releases = [...modelCatalogueOf(data).values()].flatMap(({ permaslug, created }) =>
      created !== null && created <= to ? [{ permaslug, created }] : [],
    );
    const histories = new Map(releases.map((r) => [r.permaslug, historyOf(data, r.permaslug)]));
    const dates = [...new Set(archive.rows.map((row) => row.date))];
    return { models: toNewModels(releases, histories, dates, from), from, to, archive };
  });
}

/** The models drawn: those in the daily top 50 on some day since their release. */
function drawnModels(found: NewModels): NewModel[] {
  return found.models.filter((model) => model.daysRanked > 0);
}

/** Each drawn model's site colour (the next unused palette colour where two would share one), as a line draws it. */
function colorsOf(archive: ModelsArchive, models: readonly NewModel[]): string[] {
  const used = new Set<string>();
  const colors = models.map((model) => {
    const site = colorOf(archive.modelColors, model.permaslug);
    const color = used.has(site) ? (SERIES_PALETTE.find((c) => !used.has(c)) ?? site) : site;
    used.add(color);
    return color;
  });
  // Lines and dots: at 3:1 on both pages, in the chart and its legend alike.
  return colors.map(markColor);
}

/** `rank 5 on 19 Nov 2026; 12.3B tokens over 10 days in the top 50`, or why there is no rank yet. */
function statusOf(model: NewModel): string {
  const { latest } = model;
  if (model.daysRanked === 0) return latest ? 'not yet in the daily top 50' : 'no complete day since its release yet';
  const now = latest?.rank != null ? `rank ${latest.rank} on ${formatDate(latest.date)}` : 'outside the top 50 now';
  const days = `${model.daysRanked} day${model.daysRanked === 1 ? '' : 's'} in the top 50`;
  return `${now}; best rank ${model.bestRank}; ${formatTokens(model.tokens)} tokens over ${days}`;
}

/** A table cell of one model on one day since release: `1.2B (#5)`, `—` outside the top 50, blank without the day. */
function dayCell(model: NewModel, day: number): TableCell {
  const found = model.days.find((d) => d.day === day);
  if (!found) return '';
  if (found.tokens === null || found.rank === null)
    return { text: '—', title: `${formatDate(found.date)}: outside the top 50` };
  return {
    text: `${formatTokens(found.tokens)} (#${found.rank})`,
    title: `${formatDate(found.date)}: ${formatExact(found.tokens)} tokens, rank ${found.rank}`,
  };
}

/** What the chart draws: one row per day since release, one column per model (tokens and rank that day). */
function newModelsTable(models: readonly NewModel[], nameOf: (slug: string) => string, caption: string): TableData {
  const lastDay = Math.max(0, ...models.flatMap((m) => m.days.map((d) => d.day)));
  return {
    caption,
    columns: ['Days since release', ...models.map((m) => nameOf(m.permaslug))],
    rows: Array.from({ length: lastDay + 1 }, (_, day) => [String(day), ...models.map((m) => dayCell(m, day))]),
  };
}

/** The figure: the drawn models' tokens per day since release; null when no new model has been in the top 50. */
export function newModelsFigure(data: SiteData): FigureInput | null {
  const found = newModelsOf(data);
  const catalogue = data.catalogue;
  if (!found || !catalogue) return null;
  const drawn = drawnModels(found);
  if (drawn.length === 0) return null;
  const nameOf = modelNamer(data);
  const colors = colorsOf(found.archive, drawn);
  const window = `the ${NEW_MODELS_DAYS} days to ${formatDate(found.to)}`;
  const released = (m: NewModel) => `${isolate(nameOf(m.permaslug))}, released ${formatDate(m.created)}`;
  const best = drawn.toSorted((a, b) => (a.bestRank ?? Infinity) - (b.bestRank ?? Infinity))[0];
  const unranked = found.models.filter((m) => m.daysRanked === 0).map(released);
  const count = `${found.models.length} model${found.models.length === 1 ? ' was' : 's were'}`;
  return {
    id: NEW_MODELS_ID,
    anchor: NEW_MODELS_ANCHOR,
    heading: 'New models: their first days',
    level: 3,
    title: `Models released in ${window}: tokens per day since release`,
    takeaway:
      `${count} added to OpenRouter's catalogue in ${window}` +
      (best ? `; ${isolate(nameOf(best.permaslug))} climbed highest, to rank ${best.bestRank}.` : '.'),
    svg: newModelsChart(NEW_MODELS_ID, drawn, { colors, size: SIZES.medium }),
    narrowSvg: newModelsChart(NEW_MODELS_ID, drawn, { colors, size: SIZES.narrow }),
    alt: [
      `Tokens per day since release of the models released in ${window}.`,
      ...drawn.map((m) => `${released(m)}: ${statusOf(m)}.`),
      ...(unranked.length > 0 ? [`Not yet in the daily top 50: ${unranked.join('; ')}.`] : []),
    ].join(' '),
    minWidth: 480,
    legend: drawn.map((m, i) => ({ label: nameOf(m.permaslug), color: colors[i] ?? '', kind: 'line' as const })),
    table: newModelsTable(drawn, nameOf, `Tokens per day (and rank) since release, models released in ${window}`),
    notes: [
      "A release is the day a model was added to OpenRouter's model catalogue (its created date), from the " +
        `catalogue of ${formatDate(catalogue.date)}. Day 0 is the release day.`,
      'Gaps are days outside the daily top 50: the model was inside that day’s Other, its own total unknown.',
      ...(unranked.length > 0 ? [`Released but not yet in the daily top 50: ${unranked.join('; ')}.`] : []),
      ...[inProgressNote(found.archive)].filter((n) => n !== null),
    ],
    tokenCaveat: 'no-other',
    attribution: catalogueAttribution(found.archive, catalogue, 'release dates'),
    asOf: found.archive.asOf,
    links: {
      page: `/models/#${NEW_MODELS_ANCHOR}`,
      csv: `/models/${NEW_MODELS_ID}.csv`,
      exports: `/models/${NEW_MODELS_ID}`,
    },
    embed: { card: false, frozen: { kind: 'own' } },
  };
}

/** The section's figures: the new models' first days, when a new model has been in the top 50. */
export function newModelsFigures(data: SiteData): FigureInput[] {
  return [newModelsFigure(data)].filter((f) => f !== null);
}

/** The figure's CSV (`/models/model-new-30d.csv`): every day of every drawn model, as the table shows it. */
export function newModelsCsvFiles(data: SiteData): CsvFile[] {
  const found = newModelsOf(data);
  const drawn = found ? drawnModels(found) : [];
  if (drawn.length === 0) return [];
  return [{ path: `/models/${NEW_MODELS_ID}.csv`, body: newModelsCsv(drawn, modelNamer(data)) }];
}

/** One new model in the block's list: its name, page (null before it ranked), release day and status so far. */
export type NewModelItem = { name: string; href: string | null; released: string; status: string };

/** The block on `/models/` and the front page: the list and its empty state; the figure comes from the catalogue. */
export type NewModelsBlock = {
  /** `Released in the 30 days to 20 Nov 2026`. */
  window: string | null;
  items: NewModelItem[];
  /** Why the list is empty (no catalogue, or no release in the window); null when it is not. */
  empty: string | null;
  synthetic: boolean;
};

/** The new-models block of this build. */
export function newModelsBlock(data: SiteData): NewModelsBlock {
  const found = newModelsOf(data);
  const synthetic = modelsArchive(data)?.synthetic ?? false;
  if (!found) {
    const why = data.catalogue
      ? 'No model rankings in the archive yet.'
      : 'No model catalogue in the archive, so release dates are unknown.';
    return { window: null, items: [], empty: why, synthetic };
  }
  const nameOf = modelNamer(data);
  const window = `Released in the ${NEW_MODELS_DAYS} days to ${formatDate(found.to)}`;
  const items = found.models.map((m) => ({
    name: nameOf(m.permaslug),
    href: m.daysRanked > 0 ? modelPagePath(m.permaslug) : null,
    released: formatDate(m.created),
    status: statusOf(m),
  }));
  const empty =
    items.length === 0
      ? `No model was added to OpenRouter's catalogue in the ${NEW_MODELS_DAYS} days to ${formatDate(found.to)}.`
      : null;
  return { window, items, empty, synthetic };
}
