/**
 * The session-cost views of one harness or one model: "same harness, different model" (`/session-cost/harness/
 * <slug>/`), "same model, different harness" (`/session-cost/model/<slug>/`, also on the model's own page), and a
 * model's cost per session over the archived windows, a panel per harness. Each with the CSV of its cells.
 */
import { TURN_RANGES, type SessionCostCell } from '../../api/session-cost.ts';
import { sessionCostDotsChart } from '../../charts/session-cost-dots.ts';
import { sessionCostHistoryChart } from '../../charts/session-cost-history.ts';
import { TURN_RANGE_COLORS } from '../../charts/session-cost-scale.ts';
import { formatDate } from '../../transform/format.ts';
import { isolate } from '../../transform/safe-text.ts';
import { sessionCostAttribution } from '../../transform/citation.ts';
import {
  formatUsd,
  isTurnRange,
  SORT_RANGE,
  toCostRows,
  TURN_RANGE_LABELS,
  type CostRow,
  type Harness,
} from '../../transform/session-cost.ts';
import { sessionCostHarnessPath, sessionCostIds, sessionCostModelPath } from '../routes.ts';
import type { CsvFile, FigureInput, LegendItem, TableData } from '../schema.ts';
import { derived, type SiteData } from '../site-data.ts';
import { modelNameOf } from './model-names.ts';
import {
  cellsCsv,
  costHistoryOf,
  downloadsOf,
  harnessName,
  sessionCostOf,
  usdCell,
  type CsvCell,
  type SessionCost,
} from './session-cost-data.ts';

/** The anchors of the views on their pages. */
export const VIEW_ANCHORS = {
  harness: 'session-cost-harness',
  model: 'session-cost-model',
  history: 'history',
} as const;

/** The charts' SVG id prefixes (a figure id may hold `.` and `~`, which class names cannot). */
const RENDER_IDS = {
  harness: 'session-cost-harness',
  model: 'session-cost-model',
  history: 'session-cost-history',
} as const;

/** The key of the session-length charts: a colour per length, shortest first. */
export const TURN_RANGE_LEGEND: LegendItem[] = TURN_RANGES.map((range) => ({
  label: TURN_RANGE_LABELS[range],
  color: TURN_RANGE_COLORS[range],
}));

/** A view's table: a row per model (or harness), linking to its own view, and a column per session length. */
function rowsTable(
  caption: string,
  first: string,
  rows: readonly CostRow[],
  hrefOf: (key: string) => string,
): TableData {
  return {
    caption,
    columns: [first, ...TURN_RANGES.map((range) => ({ label: TURN_RANGE_LABELS[range], numeric: true }))],
    rows: rows.map((row) => [
      { text: row.label, href: hrefOf(row.key) },
      ...TURN_RANGES.map((range) => usdCell(row.costs[range])),
    ]),
  };
}

/** The CSV rows of a view: its cells in table order (row, then session length). */
function rowsCsvCells(
  cost: SessionCost,
  cells: readonly SessionCostCell[],
  rows: readonly CostRow[],
  key: (c: SessionCostCell) => string,
): CsvCell[] {
  const windowEndDate = cost.window.window_end_date;
  return rows.flatMap((row) =>
    TURN_RANGES.flatMap((range) =>
      cells.filter((c) => key(c) === row.key && c.turn_range === range).map((cell) => ({ cell, windowEndDate })),
    ),
  );
}

/** `from $0.12 with A to $3.40 with B`: the cheapest and dearest rows at the sort length, or null with fewer than 2. */
function spreadWords(rows: readonly CostRow[], joiner: string): string | null {
  const priced = rows.filter((r) => r.costs[SORT_RANGE] !== undefined);
  const [cheapest, dearest] = [priced[0], priced.at(-1)];
  if (!cheapest || !dearest || priced.length < 2) return null;
  const [low, high] = [cheapest.costs[SORT_RANGE] ?? 0, dearest.costs[SORT_RANGE] ?? 0];
  const ratio = low > 0 ? `, ${(high / low).toFixed(1)}× as much` : '';
  return (
    `from ${formatUsd(low)} ${joiner} ${isolate(cheapest.label)} to ${formatUsd(high)} ${joiner} ` +
    `${isolate(dearest.label)}${ratio}`
  );
}

/** What a view figure shares: its window, notes, attribution, key and embed policy. */
function viewCommon(
  cost: SessionCost,
): Pick<FigureInput, 'minWidth' | 'legend' | 'notes' | 'attribution' | 'asOf' | 'embed'> {
  return {
    minWidth: 560,
    legend: TURN_RANGE_LEGEND,
    notes: [
      'The line spans a row’s cheapest and dearest session length; a missing mark: no median published.',
      ...cost.notes,
    ],
    attribution: cost.attribution,
    asOf: cost.asOf,
    embed: { card: false, frozen: { kind: 'none' } },
  };
}

/** One harness's models: their cost per session at each session length. */
function harnessView(data: SiteData, cost: SessionCost, harness: Harness) {
  const cells = cost.cells.filter((c) => c.app_slug === harness.appSlug);
  const rows = toCostRows(
    cells,
    (c) => c.model_permaslug,
    (slug) => modelNameOf(data, slug),
  );
  return { cells, rows, csv: rowsCsvCells(cost, cells, rows, (c) => c.model_permaslug) };
}

/** "Same harness, different model": one harness's figure. */
function harnessFigure(data: SiteData, cost: SessionCost, harness: Harness): FigureInput {
  const { rows } = harnessView(data, cost, harness);
  const id = sessionCostIds.harness(harness.pathSlug);
  const heading = `Median cost per session in ${isolate(harness.name)}, by model`;
  const spread = spreadWords(rows, 'with');
  const takeaway = spread
    ? `In ${isolate(harness.name)}, a session of ${TURN_RANGE_LABELS[SORT_RANGE]} costs ${spread} (${rows.length} models).`
    : `${isolate(harness.name)} has medians for ${rows.length} model${rows.length === 1 ? '' : 's'}.`;
  return {
    id,
    anchor: VIEW_ANCHORS.harness,
    heading,
    title: `${heading}, ${cost.windowWords}`,
    takeaway,
    svg: sessionCostDotsChart(RENDER_IDS.harness, rows, 'wide'),
    narrowSvg: sessionCostDotsChart(RENDER_IDS.harness, rows, 'narrow'),
    alt: `Dot chart of the median cost per session of ${rows.length} models in ${isolate(harness.name)} at each session length, ${cost.windowWords}, on a log scale. ${takeaway}`,
    table: rowsTable(`${heading}, ${cost.windowWords}`, 'Model', rows, sessionCostModelPath),
    ...viewCommon(cost),
    links: { page: `${sessionCostHarnessPath(harness.pathSlug)}#${VIEW_ANCHORS.harness}`, ...downloadsOf(id) },
  };
}

/** One model's harnesses: their cost per session at each session length. */
function modelView(cost: SessionCost, permaslug: string) {
  const cells = cost.cells.filter((c) => c.model_permaslug === permaslug);
  const rows = toCostRows(
    cells,
    (c) => c.app_slug,
    (slug) => harnessName(cost, slug),
  );
  return { cells, rows, csv: rowsCsvCells(cost, cells, rows, (c) => c.app_slug) };
}

/** "Same model, different harness": one model's figure (also shown on its model page). */
function modelFigure(data: SiteData, cost: SessionCost, permaslug: string): FigureInput {
  const { rows } = modelView(cost, permaslug);
  const name = modelNameOf(data, permaslug);
  const id = sessionCostIds.model(permaslug);
  const heading = `Median cost per session with ${isolate(name)}, by harness`;
  const spread = spreadWords(rows, 'in');
  const takeaway = spread
    ? `With ${isolate(name)}, a session of ${TURN_RANGE_LABELS[SORT_RANGE]} costs ${spread} (${rows.length} harnesses).`
    : `${isolate(name)} has medians in ${rows.length} harness${rows.length === 1 ? '' : 'es'}.`;
  const pathOf = (appSlug: string) =>
    sessionCostHarnessPath(cost.harnesses.find((h) => h.appSlug === appSlug)?.pathSlug ?? appSlug);
  return {
    id,
    anchor: VIEW_ANCHORS.model,
    heading,
    title: `${heading}, ${cost.windowWords}`,
    takeaway,
    svg: sessionCostDotsChart(RENDER_IDS.model, rows, 'wide'),
    narrowSvg: sessionCostDotsChart(RENDER_IDS.model, rows, 'narrow'),
    alt: `Dot chart of the median cost per session with ${isolate(name)} in ${rows.length} harnesses at each session length, ${cost.windowWords}, on a log scale. ${takeaway}`,
    table: rowsTable(`${heading}, ${cost.windowWords}`, 'Harness', rows, pathOf),
    ...viewCommon(cost),
    links: { page: `${sessionCostModelPath(permaslug)}#${VIEW_ANCHORS.model}`, ...downloadsOf(id), png: false },
  };
}

/** A model's cells in every archived window, in the history's harness order, then length, then date. */
function historyCells(data: SiteData, permaslug: string, harnesses: readonly Harness[]): CsvCell[] {
  const windows = data.sessionCost.toReversed();
  return harnesses.flatMap((h) =>
    TURN_RANGES.flatMap((range) =>
      windows.flatMap((w) =>
        w.data
          .filter((c) => c.model_permaslug === permaslug && c.app_slug === h.appSlug && c.turn_range === range)
          .map((cell) => ({ cell, windowEndDate: w.window_end_date })),
      ),
    ),
  );
}

/** A model's cost per session over the archived windows; null with fewer than two windows. */
function historyFigure(data: SiteData, cost: SessionCost, permaslug: string): FigureInput | null {
  const history = costHistoryOf(data, permaslug);
  if (!history || history.series.length === 0) return null;
  const name = modelNameOf(data, permaslug);
  const id = sessionCostIds.history(permaslug);
  const [first, last] = [history.columns[0]?.date ?? '', history.columns.at(-1)?.date ?? ''];
  const span = `${history.columns.length} weekly windows ending ${formatDate(first)} to ${formatDate(last)}`;
  const heading = `Median cost per session with ${isolate(name)} over time, by harness`;
  const cells = historyCells(data, permaslug, history.harnesses);
  const gaps = history.columns.filter((c) => c.gapBefore).length;
  return {
    id,
    anchor: VIEW_ANCHORS.history,
    heading,
    title: `${heading}, ${span}`,
    takeaway: `${history.harnesses.length} harnesses over ${span}: a panel per harness, a line per session length.`,
    svg: sessionCostHistoryChart(RENDER_IDS.history, history, 'wide'),
    narrowSvg: sessionCostHistoryChart(RENDER_IDS.history, history, 'narrow'),
    alt: `Line charts of the median cost per session with ${isolate(name)} in ${history.harnesses.length} harnesses over ${span}, on a log scale${gaps > 0 ? `; ${gaps} gaps where weekly windows are missing from the archive` : ''}.`,
    table: {
      caption: `${heading}, ${span}`,
      columns: ['Harness', 'Session length', 'Window', { label: 'Median cost', numeric: true }],
      rows: cells.map(({ cell, windowEndDate }) => [
        cell.app_name,
        isTurnRange(cell.turn_range) ? TURN_RANGE_LABELS[cell.turn_range] : cell.turn_range,
        `Week to ${formatDate(windowEndDate)}`,
        usdCell(cell.median_session_cost_usd),
      ]),
    },
    ...viewCommon(cost),
    notes: [
      'Windows sit at their real dates; a shaded band is weekly windows missing from the archive, and a break in a line a median not published.',
      ...cost.notes.slice(-1),
    ],
    attribution: sessionCostAttribution({ asOf: cost.asOf, window: span, synthetic: cost.window.synthetic }),
    links: { page: `${sessionCostModelPath(permaslug)}#${VIEW_ANCHORS.history}`, ...downloadsOf(id), png: false },
  };
}

/** The view figures of the newest window, built once per build: each harness's, each model's and its history. */
function views(data: SiteData) {
  return derived(data, 'session-cost:views', () => {
    const cost = sessionCostOf(data);
    if (!cost)
      return {
        harnesses: new Map<string, FigureInput>(),
        models: new Map<string, FigureInput>(),
        histories: new Map<string, FigureInput>(),
      };
    return {
      harnesses: new Map(cost.harnesses.map((h) => [h.pathSlug, harnessFigure(data, cost, h)])),
      models: new Map(cost.models.map((m) => [m, modelFigure(data, cost, m)])),
      histories: new Map(
        cost.models.flatMap((m) => {
          const figure = historyFigure(data, cost, m);
          return figure ? [[m, figure] as const] : [];
        }),
      ),
    };
  });
}

/** A harness's figure (`pathSlug` from `toHarnessSlug`), or null when the newest window has no such harness. */
export function harnessFigureOf(data: SiteData, pathSlug: string): FigureInput | null {
  return views(data).harnesses.get(pathSlug) ?? null;
}

/** A model's figure, or null when the newest window has no cell of it. */
export function modelFigureOf(data: SiteData, permaslug: string): FigureInput | null {
  return views(data).models.get(permaslug) ?? null;
}

/** A model's history figure, or null (fewer than two windows, or the model is not in the newest one). */
export function historyFigureOf(data: SiteData, permaslug: string): FigureInput | null {
  return views(data).histories.get(permaslug) ?? null;
}

/** Every view figure: each harness's, then each model's with its history after it. */
export function sessionCostViewFigures(data: SiteData): FigureInput[] {
  const { harnesses, models, histories } = views(data);
  return [
    ...harnesses.values(),
    ...[...models].flatMap(([slug, figure]) => [figure, ...[histories.get(slug)].filter((f) => f !== undefined)]),
  ];
}

/** The CSVs of the views: each figure's cells with their exact archived medians. */
export function sessionCostViewCsvFiles(data: SiteData): CsvFile[] {
  const cost = sessionCostOf(data);
  if (!cost) return [];
  const harnesses = cost.harnesses.map((h) => ({
    path: downloadsOf(sessionCostIds.harness(h.pathSlug)).csv,
    body: cellsCsv(data, harnessView(data, cost, h).csv),
  }));
  const models = cost.models.flatMap((m) => {
    const files = [{ path: downloadsOf(sessionCostIds.model(m)).csv, body: cellsCsv(data, modelView(cost, m).csv) }];
    const history = costHistoryOf(data, m);
    if (history && history.series.length > 0) {
      files.push({
        path: downloadsOf(sessionCostIds.history(m)).csv,
        body: cellsCsv(data, historyCells(data, m, history.harnesses)),
      });
    }
    return files;
  });
  return [...harnesses, ...models];
}
