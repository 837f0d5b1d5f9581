/**
 * The estimated spend view of the model share (`/models/spend/`): over the last 30 complete days, each model's
 * tokens × its catalogue list price at 3 prompt tokens to 1 completion token. An estimate (the Data API has no
 * prompt/completion split and no discounts), labelled so in its title, notes, table, CSV and alt text, and cited
 * with the rankings' `as_of` and the catalogue snapshot it priced from. Needs a catalogue: without one there is none.
 */
import { horizontalBars } from '../../charts/hbars.ts';
import { SERIES_PALETTE } from '../../charts/theme.ts';
import { formatDate, formatExact, formatShare, formatTokens } from '../../transform/format.ts';
import {
  formatUsd,
  spendCsv,
  toSpendEstimate,
  type SpendEstimate,
  type SpendRow,
} from '../../transform/model-spend.ts';
import { describeRange, rangePhrase } from '../../transform/model-text.ts';
import { isolate } from '../../transform/safe-text.ts';
import type { DateRange } from '../../transform/windows.ts';
import { modelPagePath, modelsViewPath, SHARE_ANCHOR, SPEND_ANCHOR, SPEND_PATH } from '../routes.ts';
import type { CsvFile, FigureInput, TableData, VariantGroup } from '../schema.ts';
import { derived, type SiteData } from '../site-data.ts';
import { catalogueAttribution, formatPerMillion } from './model-facts.ts';
import { catalogueEntry, modelNamer } from './model-names.ts';
import { expiryNote } from './model-releases.ts';
import { inProgressNote, modelsArchive } from './models-data.ts';
import { MEASURES } from './models-spec.ts';
import { BY_MODEL, leaderboardOf, spendOption } from './models.ts';

/** The estimated spend figure's id (and its downloads' name). */
export const SPEND_ID = 'model-spend-30d';

/** Bars drawn; the table and CSV list every priced model. */
const SPEND_BARS = 15;

/** Enough rows for every model of a 30-day window (at most 50 a day). */
const EVERY_MODEL = 10_000;

/** What the estimate is and is not, as every rendering of it says. */
const METHOD_NOTE =
  'Estimate, not an OpenRouter figure: tokens × list price, blended at 3 prompt tokens to 1 completion token. ' +
  'The Data API gives no prompt/completion split, no cached tokens, no discounts and no per-provider prices, so ' +
  'real spend differs. Free variants count at $0.';

/** The estimate of the last 30 complete days and their range; null without rankings, a catalogue or a priced model. */
export function spendEstimateOf(data: SiteData): (SpendEstimate & { range: DateRange }) | null {
  return derived(data, 'spend:30d', () => {
    const board = data.catalogue ? leaderboardOf(data, BY_MODEL, '30d', EVERY_MODEL) : null;
    if (!board) return null;
    const estimate = toSpendEstimate(board, (permaslug) => {
      const { promptPerMillion, completionPerMillion } = catalogueEntry(data, permaslug);
      return promptPerMillion === null || completionPerMillion === null
        ? null
        : { promptPerMillion, completionPerMillion };
    });
    return estimate && { ...estimate, range: board.range };
  });
}

/** The measure toggle of the spend view: the 30-day share and tokens charts, and this view. */
function spendVariants(): VariantGroup[] {
  const measures = MEASURES.map(({ measure, label }) => ({
    label,
    href: `${modelsViewPath({ measure, window: '30d' })}#${SHARE_ANCHOR}`,
    current: false,
  }));
  return [{ label: 'Measure', options: [...measures, spendOption(true)] }];
}

/** `$1.23M (21.0% of estimated spend; 9.8% of tokens)`. */
function rowPhrase(row: SpendRow): string {
  const shares = `${formatShare(row.spendShare)} of estimated spend; ${formatShare(row.tokenShare)} of tokens`;
  return `${formatUsd(row.spend)} (${shares})`;
}

/** The table of every priced model, as the CSV writes it. */
function spendTable(data: SiteData, estimate: SpendEstimate, caption: string): TableData {
  const nameOf = modelNamer(data);
  const maxSpend = estimate.rows[0]?.spend ?? 0;
  return {
    caption,
    columns: [
      'Rank',
      'Model',
      { label: 'Tokens', numeric: true },
      { label: 'Prompt per 1M', numeric: true },
      { label: 'Completion per 1M', numeric: true },
      { label: 'Blended 3:1 per 1M', numeric: true },
      { label: 'Estimated spend', numeric: true },
      { label: 'Share of estimated spend', numeric: true },
      { label: 'Share of tokens', numeric: true },
    ],
    rows: estimate.rows.map((row) => [
      String(row.rank),
      { text: nameOf(row.key), href: modelPagePath(row.key), title: row.key },
      { text: formatTokens(row.tokens), title: formatExact(row.tokens) },
      formatPerMillion(row.price.promptPerMillion),
      formatPerMillion(row.price.completionPerMillion),
      formatPerMillion(row.blended),
      { text: formatUsd(row.spend), title: `$${row.spend.toFixed(2)} (estimate)` },
      { text: formatShare(row.spendShare), bar: maxSpend > 0 ? row.spend / maxSpend : 0 },
      formatShare(row.tokenShare),
    ]),
  };
}

/** What was left out of the estimate, in a note. */
function leftOutNote(data: SiteData, estimate: SpendEstimate): string {
  const nameOf = modelNamer(data);
  const unpriced = estimate.unpriced.map((u) => isolate(nameOf(u.key)));
  const models =
    unpriced.length === 0
      ? ''
      : ` and ${unpriced.length} model${unpriced.length === 1 ? '' : 's'} without a list price (${unpriced.slice(0, 5).join(', ')}${unpriced.length > 5 ? ', …' : ''}; ${formatTokens(estimate.unpricedTokens)} tokens)`;
  return `Left out: Other (models outside each day's top 50, ${formatTokens(estimate.otherTokens)} tokens)${models}.`;
}

/** The estimated spend figure; null without a catalogue, rankings or any priced model. */
export function spendFigure(data: SiteData): FigureInput | null {
  const archive = modelsArchive(data);
  const estimate = spendEstimateOf(data);
  const catalogue = data.catalogue;
  if (!archive || !estimate || !catalogue) return null;
  const nameOf = modelNamer(data);
  const { range } = estimate;
  const shown = estimate.rows.slice(0, SPEND_BARS);
  const [top, second] = estimate.rows;
  const heading = 'Estimated spend by model (estimate)';
  const total = `${formatUsd(estimate.totalSpend)} across ${estimate.rows.length} priced models`;
  const lead = top && `${isolate(nameOf(top.key))} led with ${rowPhrase(top)}`;
  const then = second ? `, then ${isolate(nameOf(second.key))} with ${rowPhrase(second)}` : '';
  const bars = shown.map((row) => ({
    key: row.key,
    label: nameOf(row.key),
    value: row.spend,
    valueLabel: `${formatUsd(row.spend)} · ${formatShare(row.spendShare)}`,
    title: `${isolate(nameOf(row.key))}: ${rowPhrase(row)}, estimate`,
  }));
  return {
    id: SPEND_ID,
    anchor: SPEND_ANCHOR,
    heading,
    title: `Estimated spend by model at list prices, ${rangePhrase({ range })} (estimate)`,
    takeaway: `Estimate at list prices over ${describeRange({ range })}: ${lead}.`,
    svg: horizontalBars(SPEND_ID, bars, { width: 880, labelWidth: 220, color: SERIES_PALETTE[0], valueRoom: 120 }),
    narrowSvg: horizontalBars(
      SPEND_ID,
      bars,
      { width: 320, labelWidth: 110, color: SERIES_PALETTE[0], valueRoom: 96 },
      'narrow',
    ),
    alt:
      `Estimated spend by model at list prices (an estimate, not OpenRouter's figure), ${describeRange({ range })}: ` +
      `${lead}${then}. Estimated total: ${total}.`,
    minWidth: 560,
    table: spendTable(
      data,
      estimate,
      `Estimated spend by model at list prices, ${describeRange({ range })} (estimate)`,
    ),
    notes: [
      METHOD_NOTE,
      `Estimated total: ${total}. Bars show the top ${shown.length}; the table lists every priced model.`,
      leftOutNote(data, estimate),
      `List prices from OpenRouter's model catalogue of ${formatDate(catalogue.date)}, applied to every day of the window.`,
      ...[
        inProgressNote(archive),
        expiryNote(
          data,
          shown.map((r) => r.key),
        ),
      ].filter((n) => n !== null),
    ],
    tokenCaveat: 'no-other',
    attribution: catalogueAttribution(archive, catalogue, 'list prices'),
    asOf: archive.asOf,
    links: { page: `${SPEND_PATH}#${SPEND_ANCHOR}`, csv: `/models/${SPEND_ID}.csv`, exports: `/models/${SPEND_ID}` },
    variants: spendVariants(),
    embed: { card: true, frozen: { kind: 'own' } },
  };
}

/** The section's figures: the estimated spend view, when the archive can price it. */
export function spendFigures(data: SiteData): FigureInput[] {
  return [spendFigure(data)].filter((f) => f !== null);
}

/** The spend view's CSV (`/models/model-spend-30d.csv`): every priced model, as the table shows it. */
export function spendCsvFiles(data: SiteData): CsvFile[] {
  const estimate = spendEstimateOf(data);
  return estimate ? [{ path: `/models/${SPEND_ID}.csv`, body: spendCsv(estimate, modelNamer(data)) }] : [];
}

/** What the spend page says besides its figure: why there is no estimate, when there is none. */
export type SpendPage = { synthetic: boolean; asOf: string | null; empty: string | null };

/** The content of `/models/spend/`. */
export function spendPage(data: SiteData): SpendPage {
  const archive = modelsArchive(data);
  const empty = !archive
    ? 'No model rankings in the archive yet, so there is nothing to price.'
    : !data.catalogue
      ? "No model catalogue in the archive: list prices are unknown, so there is no spend estimate. The next fetch of OpenRouter's /models endpoint adds one."
      : spendEstimateOf(data)
        ? null
        : 'No model of the last 30 days has a list price in the catalogue, so there is no spend estimate.';
  return { synthetic: archive?.synthetic ?? false, asOf: archive?.asOf ?? null, empty };
}
