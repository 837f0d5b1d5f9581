import type { PageWeight } from './page-weight.ts';
import { formatKb, formatRatio } from './table.ts';

/** The page budgets the bench reports against (issues 7 and 14), in bytes of gzip; figures, never a failure. */
export const PAGE_BUDGETS = {
  /** Everything a first visit downloads. */
  firstVisitGzip: 100_000,
  /** All JavaScript of a first visit, inline and files. */
  jsGzip: 15_000,
  /** A first visit with its charts' narrow renderings against the same visit without them (issue 14's 1.3x). */
  narrowCost: 1.3,
} as const;

/** `/models/: first visit 123.4 KB gzip, over the 100 KB budget`, or `undefined` within it. */
export function firstVisitOverLine(path: string, totalGzip: number): string | undefined {
  if (totalGzip <= PAGE_BUDGETS.firstVisitGzip) return undefined;
  return `${path}: first visit ${formatKb(totalGzip)} KB gzip, over the ${PAGE_BUDGETS.firstVisitGzip / 1000} KB budget`;
}

/**
 * `/models/: narrow renderings cost ×1.420, over ×1.30`, or `undefined` within the aim (or with nothing to compare).
 * Three decimals, so a cost just over the aim does not print as the aim itself.
 */
export function narrowCostOverLine(path: string, narrowCost: number | null): string | undefined {
  if (narrowCost === null || narrowCost <= PAGE_BUDGETS.narrowCost) return undefined;
  return `${path}: narrow renderings cost ×${narrowCost.toFixed(3)}, over ${formatRatio(PAGE_BUDGETS.narrowCost)}`;
}

/**
 * One line per budget a page exceeds, empty when it keeps both:
 * `/models/: first visit 123.4 KB gzip, over the 100 KB budget`.
 */
export function overBudgetLines(path: string, weight: PageWeight): string[] {
  const lines: string[] = [];
  const firstVisit = firstVisitOverLine(path, weight.total.gzip);
  if (firstVisit !== undefined) lines.push(firstVisit);
  if (weight.js.gzip > PAGE_BUDGETS.jsGzip) {
    lines.push(`${path}: JS ${formatKb(weight.js.gzip)} KB gzip, over the ${PAGE_BUDGETS.jsGzip / 1000} KB budget`);
  }
  return lines;
}
