import type { PageWeight } from './page-weight.ts';
import { formatKb } from './table.ts';

/** The page budgets the bench reports against (issue 7), in bytes of gzip; figures, never a failure. */
export const PAGE_BUDGETS = {
  /** Everything a first visit downloads. */
  firstVisitGzip: 100_000,
  /** All JavaScript of a first visit, inline and files. */
  jsGzip: 15_000,
} as const;

/**
 * One line per budget a page exceeds, empty when it keeps both:
 * `/models/: first visit 123.4 KB gzip, over the 100 KB budget`.
 */
export function overBudgetLines(path: string, weight: PageWeight): string[] {
  const lines: string[] = [];
  if (weight.total.gzip > PAGE_BUDGETS.firstVisitGzip) {
    lines.push(
      `${path}: first visit ${formatKb(weight.total.gzip)} KB gzip, over the ${PAGE_BUDGETS.firstVisitGzip / 1000} KB budget`,
    );
  }
  if (weight.js.gzip > PAGE_BUDGETS.jsGzip) {
    lines.push(`${path}: JS ${formatKb(weight.js.gzip)} KB gzip, over the ${PAGE_BUDGETS.jsGzip / 1000} KB budget`);
  }
  return lines;
}
