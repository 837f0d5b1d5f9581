/**
 * The session-cost section (`/session-cost/`, `/session-cost/<turn range>/`): per session length, the median cost
 * per session of every harness x model, and the same medians against each model's coding index; with the harness
 * and model views (`session-cost-views.ts`), every figure of the section and its CSV. Cells are drawn and listed as
 * archived: never summed or averaged.
 */
import { TURN_RANGES, type TurnRange } from '../../api/session-cost.ts';
import { gridLegend, sessionCostGridChart, type CostGrid } from '../../charts/session-cost-grid.ts';
import { SCATTER_DOT_COLOR, sessionCostScatterChart } from '../../charts/session-cost-scatter.ts';
import { isolate } from '../../transform/safe-text.ts';
import { formatUsd, toExtremes, toScoredModels, TURN_RANGE_LABELS } from '../../transform/session-cost.ts';
import { SESSION_COST_DEFAULT_RANGE, sessionCostIds, sessionCostModelPath, sessionCostRangePath } from '../routes.ts';
import type { CsvFile, FigureInput, VariantGroup } from '../schema.ts';
import { derived, type SiteData } from '../site-data.ts';
import { modelNameOf } from './model-names.ts';
import {
  cellsCsv,
  cellsOfRange,
  codingScoresOf,
  downloadsOf,
  harnessName,
  sessionCostOf,
  usdCell,
  type SessionCost,
} from './session-cost-data.ts';
import { sessionCostViewCsvFiles, sessionCostViewFigures } from './session-cost-views.ts';

/** The anchors of a session length's two figures on its page. */
export const SESSION_COST_ANCHORS = { grid: 'session-cost-grid', coding: 'session-cost-coding' } as const;

/** The session-length toggle of a range figure: a link to each length's page, landing on `anchor`. */
function rangeToggle(current: TurnRange, anchor: string): VariantGroup[] {
  const options = TURN_RANGES.map((range) => ({
    label: TURN_RANGE_LABELS[range],
    href: `${sessionCostRangePath(range)}#${anchor}`,
    current: range === current,
  }));
  return [{ label: 'Session length', options }];
}

/** `model in harness, $0.42`: a cell in running text. */
function cellWords(data: SiteData, cost: SessionCost, cell: SessionCost['cells'][number]): string {
  const model = isolate(modelNameOf(data, cell.model_permaslug));
  return `${model} in ${isolate(harnessName(cost, cell.app_slug))}, ${formatUsd(cell.median_session_cost_usd)}`;
}

/** Notes on what a grid leaves out: blank pairs and undocumented session lengths. */
function gridNotes(cost: SessionCost): string[] {
  const notes = ['A blank square: no median published for that harness, model and session length.'];
  const { names, cells } = cost.otherRanges;
  if (cells > 0) {
    notes.push(`${cells} cells of other session lengths (${names.join(', ')}) are in the archive but not drawn.`);
  }
  return [...notes, ...cost.notes];
}

/** The harness x model figure of one session length; null when the window has no cell of that length. */
function gridFigure(data: SiteData, cost: SessionCost, range: TurnRange): FigureInput | null {
  const cells = cellsOfRange(cost, range);
  const extremes = toExtremes(cells);
  if (!extremes) return null;
  const id = sessionCostIds.grid(range);
  const models = cost.models.filter((m) => cells.some((c) => c.model_permaslug === m));
  const harnesses = cost.harnesses.filter((h) => cells.some((c) => c.app_slug === h.appSlug));
  const grid: CostGrid = {
    harnesses: harnesses.map((h) => ({ key: h.appSlug, label: h.name })),
    models: models.map((m) => ({ key: m, label: modelNameOf(data, m) })),
    cells: cells.map((c) => ({ harness: c.app_slug, model: c.model_permaslug, usd: c.median_session_cost_usd })),
  };
  const label = TURN_RANGE_LABELS[range];
  const heading = `Median cost per session, ${label}, by harness and model`;
  const rows = harnesses.flatMap((h) =>
    cells.filter((c) => c.app_slug === h.appSlug).sort((a, b) => a.median_session_cost_usd - b.median_session_cost_usd),
  );
  const spread = `from ${cellWords(data, cost, extremes.min)}, to ${cellWords(data, cost, extremes.max)}`;
  return {
    id,
    anchor: SESSION_COST_ANCHORS.grid,
    heading,
    title: `${heading}, ${cost.windowWords}`,
    takeaway: `Across ${cells.length} harness × model medians, a session of ${label} costs ${spread}.`,
    svg: sessionCostGridChart('session-cost-grid', grid, 'wide'),
    narrowSvg: sessionCostGridChart('session-cost-grid', grid, 'narrow'),
    alt:
      `Heat grid of the median cost per session of ${label} for ${harnesses.length} harnesses and ` +
      `${models.length} models, ${cost.windowWords}: ${spread}. ` +
      `${harnesses.length * models.length - cells.length} pairs have no published median.`,
    minWidth: 560,
    legend: gridLegend(grid),
    table: {
      caption: `${heading}, ${cost.windowWords}`,
      columns: ['Harness', 'Model', { label: 'Median cost per session', numeric: true }],
      rows: rows.map((c) => [
        harnessName(cost, c.app_slug),
        { text: modelNameOf(data, c.model_permaslug), href: sessionCostModelPath(c.model_permaslug) },
        usdCell(c.median_session_cost_usd),
      ]),
    },
    rowHeader: 1,
    notes: gridNotes(cost),
    attribution: cost.attribution,
    asOf: cost.asOf,
    weeksThrough: cost.window.window_end_date,
    links: { page: `${sessionCostRangePath(range)}#${SESSION_COST_ANCHORS.grid}`, ...downloadsOf(id) },
    variants: rangeToggle(range, SESSION_COST_ANCHORS.grid),
    embed: { card: range === SESSION_COST_DEFAULT_RANGE, frozen: { kind: 'own' } },
  };
}

/** The cells of one session length whose model has a coding index, highest score first, and the models without. */
function scoredOf(data: SiteData, cost: SessionCost, range: TurnRange) {
  const scores = codingScoresOf(data);
  if (!scores) return null;
  const scored = toScoredModels(cellsOfRange(cost, range), scores.scoreOf, (slug) => modelNameOf(data, slug));
  return { ...scored, attribution: scores.attribution };
}

/** Cost per session against the coding index at one session length; null without a model that has both. */
function codingFigure(data: SiteData, cost: SessionCost, range: TurnRange): FigureInput | null {
  const scored = scoredOf(data, cost, range);
  const top = scored?.models[0];
  if (!scored || !top) return null;
  const id = sessionCostIds.coding(range);
  const label = TURN_RANGE_LABELS[range];
  const heading = `Median cost per session, ${label}, against coding index`;
  const [cheapest, dearest] = [top.cells[0], top.cells.at(-1)];
  const topWords =
    cheapest && dearest
      ? `${isolate(top.label)} scores highest (${top.score}); its sessions of ${label} cost ` +
        (top.cells.length > 1
          ? `from ${formatUsd(cheapest.median_session_cost_usd)} to ${formatUsd(dearest.median_session_cost_usd)} across ${top.cells.length} harnesses.`
          : `${formatUsd(cheapest.median_session_cost_usd)} in ${isolate(cheapest.app_name)}.`)
      : '';
  const unscored = scored.unscored.length;
  return {
    id,
    anchor: SESSION_COST_ANCHORS.coding,
    heading,
    title: `${heading}, ${cost.windowWords}`,
    takeaway: topWords,
    svg: sessionCostScatterChart('session-cost-coding', scored.models, {
      geometry: 'wide',
      scoreLabel: 'Coding index',
    }),
    narrowSvg: sessionCostScatterChart('session-cost-coding', scored.models, {
      geometry: 'narrow',
      scoreLabel: 'Coding index',
    }),
    alt:
      `Scatterplot of the median cost per session of ${label} (log scale) against the Artificial Analysis coding ` +
      `index for ${scored.models.length} models, a dot per harness, ${cost.windowWords}. ${topWords}`,
    minWidth: 560,
    legend: [{ label: 'A harness’s median; the line spans a model’s harnesses', color: SCATTER_DOT_COLOR }],
    table: {
      caption: `${heading}, ${cost.windowWords}`,
      columns: ['Model', { label: 'Coding index', numeric: true }, 'Harness', { label: 'Median cost', numeric: true }],
      rows: scored.models.flatMap((m) =>
        m.cells.map((c) => [m.label, String(m.score), c.app_name, usdCell(c.median_session_cost_usd)]),
      ),
    },
    notes: [
      'Coding index: Artificial Analysis, joined on the base model (dated and :variant slugs share their base’s score). ' +
        `Its source: ${scored.attribution}`,
      ...(unscored > 0 ? [`${unscored} models with session costs have no coding index and are not drawn.`] : []),
      ...cost.notes,
    ],
    attribution: cost.attribution,
    asOf: cost.asOf,
    links: { page: `${sessionCostRangePath(range)}#${SESSION_COST_ANCHORS.coding}`, ...downloadsOf(id) },
    variants: rangeToggle(range, SESSION_COST_ANCHORS.coding),
    embed: { card: false, frozen: { kind: 'own' } },
  };
}

/** The figures of one session length's page: its grid and its coding scatterplot, each null when not drawable. */
export function rangeFigures(
  data: SiteData,
  range: TurnRange,
): { grid: FigureInput | null; coding: FigureInput | null } {
  return derived(data, `session-cost:range:${range}`, () => {
    const cost = sessionCostOf(data);
    if (!cost) return { grid: null, coding: null };
    return { grid: gridFigure(data, cost, range), coding: codingFigure(data, cost, range) };
  });
}

/** Every figure of the section: each session length's two, then each harness's, model's and history. */
export function sessionCostFigures(data: SiteData): FigureInput[] {
  const ranges = TURN_RANGES.flatMap((range) => {
    const { grid, coding } = rangeFigures(data, range);
    return [grid, coding].filter((f) => f !== null);
  });
  return [...ranges, ...sessionCostViewFigures(data)];
}

/** Every CSV of the section: one row per cell drawn, with its exact archived median. */
export function sessionCostCsvFiles(data: SiteData): CsvFile[] {
  const cost = sessionCostOf(data);
  if (!cost) return [];
  const windowEndDate = cost.window.window_end_date;
  const ranges = TURN_RANGES.flatMap((range): CsvFile[] => {
    const files: CsvFile[] = [];
    const cells = cellsOfRange(cost, range);
    if (cells.length === 0) return files;
    const sorted = cost.harnesses.flatMap((h) =>
      cells
        .filter((c) => c.app_slug === h.appSlug)
        .sort((a, b) => a.median_session_cost_usd - b.median_session_cost_usd),
    );
    const grid = sorted.map((cell) => ({ cell, windowEndDate }));
    files.push({ path: downloadsOf(sessionCostIds.grid(range)).csv, body: cellsCsv(data, grid) });
    const scored = scoredOf(data, cost, range);
    if (scored && scored.models.length > 0) {
      const rows = scored.models.flatMap((m) => m.cells.map((cell) => ({ cell, windowEndDate, coding: m.score })));
      files.push({ path: downloadsOf(sessionCostIds.coding(range)).csv, body: cellsCsv(data, rows, true) });
    }
    return files;
  });
  return [...ranges, ...sessionCostViewCsvFiles(data)];
}
