import { firstVisitOverLine, narrowCostOverLine, PAGE_BUDGETS } from './budgets.ts';
import type { NarrowWeight } from './narrow-weight.ts';
import type { PageWeight } from './page-weight.ts';
import { formatKb, formatRatio, formatTable } from './table.ts';
import { baselineOf, WEIGHT_BASELINE_FILE, type WeightBaseline } from './weight-baseline.ts';

/** A page type's first visit as the page part weighed it, with its weight without narrow renderings. */
export interface PageWithNarrow {
  readonly type: string;
  readonly path: string;
  readonly weight: PageWeight;
  readonly withoutNarrow: NarrowWeight;
}

/** One page type's first visit before issue 14, now, and now without its narrow renderings (gzip bytes). */
export interface WeightBeforeAfter {
  readonly type: string;
  readonly path: string;
  /** Recorded at the baseline's commit; `null` when that run did not weigh this page type. */
  readonly beforeGzip: number | null;
  readonly nowGzip: number;
  /** Now / before: confounded by what pages gained since, not the narrow renderings alone. */
  readonly vsBefore: number | null;
  /** This build's visit with every chart pair's narrow rendering removed from the HTML. */
  readonly withoutNarrowGzip: number;
  /** Narrow renderings (chart pairs) on the page. */
  readonly narrowRenderings: number;
  /** Now / without narrow: what the narrow renderings cost, the figure issue 14 keeps under ×1.3. */
  readonly narrowCost: number | null;
  /** One line per budget or aim the page misses: first visit over 100 KB gzip, narrow cost over ×1.3. */
  readonly flags: readonly string[];
}

/** `a / b`, or `null` when there is nothing to divide by. */
function ratio(a: number, b: number | null): number | null {
  return b === null || b === 0 ? null : a / b;
}

/**
 * Each weighed page type against the baseline (matched by type) and against itself without narrow renderings:
 * a page of 13,000 bytes gzip, 10,000 without narrow and 12,000 before gives `vsBefore` 13/12 and `narrowCost` 1.3.
 */
export function toWeightBeforeAfter(
  pages: readonly PageWithNarrow[],
  baseline: WeightBaseline | null,
): WeightBeforeAfter[] {
  return pages.map(({ type, path, weight, withoutNarrow }) => {
    const beforeGzip = baselineOf(baseline, type)?.totalGzip ?? null;
    const nowGzip = weight.total.gzip;
    const narrowCost = ratio(nowGzip, withoutNarrow.total.gzip);
    const flags = [firstVisitOverLine(path, nowGzip), narrowCostOverLine(path, narrowCost)];
    return {
      type,
      path,
      beforeGzip,
      nowGzip,
      vsBefore: ratio(nowGzip, beforeGzip),
      withoutNarrowGzip: withoutNarrow.total.gzip,
      narrowRenderings: withoutNarrow.renderings,
      narrowCost,
      flags: flags.filter((line) => line !== undefined),
    };
  });
}

const RIGHT = 'right' as const;

/**
 * The before/after table, KB gzip of each first visit: before issue 14 (the baseline's commit), now, now / before,
 * now without narrow renderings, how many there are, and now / without.
 */
export function weightBeforeAfterTable(rows: readonly WeightBeforeAfter[], baseline: WeightBaseline | null): string {
  const before = baseline === null ? 'before 14' : `before 14 (${baseline.commit.slice(0, 7)})`;
  return formatTable(
    [
      { label: 'page' },
      { label: 'path' },
      { label: `${before} KB gz`, align: RIGHT },
      { label: 'now KB gz', align: RIGHT },
      { label: '× before', align: RIGHT },
      { label: 'without narrow KB gz', align: RIGHT },
      { label: 'pairs', align: RIGHT },
      { label: 'narrow cost ×', align: RIGHT },
    ],
    rows.map((row) => [
      row.type,
      row.path,
      row.beforeGzip === null ? '–' : formatKb(row.beforeGzip),
      formatKb(row.nowGzip),
      formatRatio(row.vsBefore),
      formatKb(row.withoutNarrowGzip),
      String(row.narrowRenderings),
      formatRatio(row.narrowCost),
    ]),
  );
}

/** What the columns mean, printed under the table, and the pages flagged (or a line saying none is). */
export function weightBeforeAfterLegend(rows: readonly WeightBeforeAfter[], baseline: WeightBaseline | null): string {
  const aim = formatRatio(PAGE_BUDGETS.narrowCost);
  const flags = rows.flatMap((row) => row.flags);
  return [
    baseline === null
      ? `before 14: no recorded figures (${WEIGHT_BASELINE_FILE} is missing), so the column is –.`
      : `before 14: the bench at ${baseline.commit.slice(0, 7)} on ${baseline.date} (${WEIGHT_BASELINE_FILE}), ` +
        'the last commit before the narrow renderings; – where that run did not weigh the page type. Pages have ' +
        'gained figures since (issues 15–17: movers, new models, ranks over time on /models/, session cost), so ' +
        '× before does not isolate the narrow renderings.',
    'without narrow: this build with the narrow rendering of each chart pair (pairs) removed from the HTML; a ' +
      'chart drawn only narrow stays. Total − HTML + gzip of that HTML. narrow cost = now / without narrow, the ' +
      `like-for-like figure; issue 14 keeps it at ${aim} or less and every first visit under ` +
      `${PAGE_BUDGETS.firstVisitGzip / 1000} KB gzip.`,
    flags.length === 0
      ? `Every page under ${PAGE_BUDGETS.firstVisitGzip / 1000} KB gzip with a narrow cost of ${aim} or less.`
      : ['Flagged:', ...flags.map((line) => `  ${line}`)].join('\n'),
  ].join('\n');
}
