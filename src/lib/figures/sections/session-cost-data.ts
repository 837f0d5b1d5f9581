/**
 * The session-cost windows as the section reads them: the newest window's cells with its harnesses, models, window
 * words and attribution; the coding score each model has (Artificial Analysis, joined on the base model); a model's
 * costs over every archived window; and the CSV of some cells. Read once per build through `derived`.
 */
import type { SessionCostCell, TurnRange } from '../../api/session-cost.ts';
import type { SessionCostWindow } from '../../archive/format.ts';
import { sessionCostAttribution } from '../../transform/citation.ts';
import { toCsv, type CsvColumn } from '../../transform/csv.ts';
import { formatDate } from '../../transform/format.ts';
import { benchmarksForModel } from '../../transform/model-links.ts';
import {
  exactUsd,
  formatUsd,
  isTurnRange,
  toCostHistory,
  toHarnesses,
  toModels,
  windowPhrase,
  type CostHistory,
  type Harness,
} from '../../transform/session-cost.ts';
import { SESSION_COST_DOWNLOAD_FOLDER } from '../routes.ts';
import type { TableCell } from '../schema.ts';
import { derived, type SiteData } from '../site-data.ts';
import { aaItemsOf } from './benchmarks-data.ts';
import { modelNameOf } from './model-names.ts';

/** The newest archived window as the section draws it. */
export type SessionCost = {
  window: SessionCostWindow;
  /** Its cells of the four documented session lengths, in API order. */
  cells: SessionCostCell[];
  /** Session lengths the API sent beyond the documented four (not drawn), and how many cells they hold. */
  otherRanges: { names: string[]; cells: number };
  harnesses: Harness[];
  /** Model permaslugs, by display name. */
  models: string[];
  /** `7 days to 15 Nov 2026`. */
  windowWords: string;
  attribution: string;
  asOf: string;
  /** Notes every figure of the window carries: what a cell is, and (for demo data) the window and `as_of`. */
  notes: string[];
};

/** What a cell is, under every session-cost figure. */
const MEDIANS_NOTE =
  'Each value is the median cost of the sampled sessions of one harness with one model, as published: medians are ' +
  'never added up or averaged across harnesses, models or session lengths.';

/** `16 Nov 2026, 06:00 UTC`: an `as_of` in words. */
function asOfWords(asOf: string): string {
  const time = /T(\d{2}:\d{2})/.exec(asOf)?.[1];
  return time ? `${formatDate(asOf)}, ${time} UTC` : formatDate(asOf);
}

/** The newest archived session-cost window, or null when the archive has none (the section's empty state). */
export function sessionCostOf(data: SiteData): SessionCost | null {
  return derived(data, 'session-cost', () => {
    const [window] = data.sessionCost;
    if (!window) return null;
    const cells = window.data.filter((c) => isTurnRange(c.turn_range));
    const others = window.data.filter((c) => !isTurnRange(c.turn_range));
    const windowWords = windowPhrase(window.window_days, window.window_end_date);
    const asOf = window.meta.as_of;
    const attribution = sessionCostAttribution({ asOf, window: windowWords, synthetic: window.synthetic });
    const windowNote = `Medians of sessions over ${windowWords} (published ${asOfWords(asOf)}).`;
    return {
      window,
      cells,
      otherRanges: { names: [...new Set(others.map((c) => c.turn_range))], cells: others.length },
      harnesses: toHarnesses(cells),
      models: toModels(cells, (slug) => modelNameOf(data, slug)),
      windowWords,
      attribution,
      asOf,
      notes: [...(window.synthetic ? [windowNote] : []), MEDIANS_NOTE],
    };
  });
}

/** The cells of one session length, in API order. */
export function cellsOfRange(cost: SessionCost, range: TurnRange): SessionCostCell[] {
  return cost.cells.filter((c) => c.turn_range === range);
}

/** The harness with URL path segment `pathSlug`, or null. */
export function harnessBySlug(cost: SessionCost, pathSlug: string): Harness | null {
  return cost.harnesses.find((h) => h.pathSlug === pathSlug) ?? null;
}

/** The name of a harness of the window (its `app_slug` when it has none). */
export function harnessName(cost: SessionCost, appSlug: string): string {
  return cost.harnesses.find((h) => h.appSlug === appSlug)?.name ?? appSlug;
}

/** A model's Artificial Analysis coding index and the line that cites it. */
export type CodingScores = { scoreOf: (permaslug: string) => number | null; attribution: string };

/**
 * The coding index of each model, joined on the base model (the first item of that base with a coding index, in
 * the API's order), or null without a benchmarks snapshot.
 */
export function codingScoresOf(data: SiteData): CodingScores | null {
  return derived(data, 'session-cost:coding', () => {
    const loaded = aaItemsOf(data, 'coding');
    if (!loaded) return null;
    return {
      scoreOf: (permaslug: string) =>
        benchmarksForModel(loaded.items, permaslug).find((item) => item.coding_index !== null)?.coding_index ?? null,
      attribution: loaded.attribution,
    };
  });
}

/** A model's costs over every archived window, or null with fewer than two windows (no history to draw yet). */
export function costHistoryOf(data: SiteData, permaslug: string): CostHistory | null {
  if (data.sessionCost.length < 2) return null;
  const windows = derived(data, 'session-cost:windows', () =>
    data.sessionCost.toReversed().map((w) => ({
      windowEndDate: w.window_end_date,
      windowDays: w.window_days,
      cells: w.data.filter((c) => isTurnRange(c.turn_range)),
    })),
  );
  return toCostHistory(windows, permaslug);
}

/** One CSV row: a cell, the window it belongs to, and (in the coding CSVs) its model's coding index. */
export type CsvCell = { cell: SessionCostCell; windowEndDate: string; coding?: number };

/** The CSV of some cells, one row per cell with the exact archived median; `coding` adds the coding index. */
export function cellsCsv(data: SiteData, rows: readonly CsvCell[], coding = false): string {
  const columns: CsvColumn<CsvCell>[] = [
    { header: 'harness', value: (r) => r.cell.app_name },
    { header: 'harness_slug', value: (r) => r.cell.app_slug },
    { header: 'model', value: (r) => modelNameOf(data, r.cell.model_permaslug) },
    { header: 'model_permaslug', value: (r) => r.cell.model_permaslug },
    ...(coding ? [{ header: 'coding_index', value: (r: CsvCell) => r.coding ?? null }] : []),
    { header: 'turn_range', value: (r) => r.cell.turn_range },
    { header: 'median_session_cost_usd', value: (r) => r.cell.median_session_cost_usd },
    { header: 'window_end_date', value: (r) => r.windowEndDate },
  ];
  return toCsv(columns, rows);
}

/** A median as a table cell: to the cent, the archived value on hover. */
export function usdCell(usd: number | undefined): TableCell {
  return usd === undefined ? '—' : { text: formatUsd(usd), title: exactUsd(usd) };
}

/** Where a figure's downloads go: `/session-cost/<id>.csv` and `/session-cost/<id>.{svg,png}`. */
export function downloadsOf(id: string): { csv: string; exports: string } {
  return { csv: `${SESSION_COST_DOWNLOAD_FOLDER}/${id}.csv`, exports: `${SESSION_COST_DOWNLOAD_FOLDER}/${id}` };
}
