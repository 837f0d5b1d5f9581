import { z } from 'astro/zod';
import lighthouse from 'lighthouse';
import { parseWith } from '../api/parse.ts';
import { launchDevToolsChromium } from './chromium.ts';
import type { PagePath } from './pages.ts';

/** The Lighthouse categories the bench reports, by their id in a report. */
const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const CategorySchema = z.looseObject({ score: z.number().nullable() });
const MetricSchema = z.looseObject({ numericValue: z.number().optional() });

/** The part of a Lighthouse report (LHR) the bench reads; everything else is ignored. */
const ReportSchema = z.looseObject({
  lighthouseVersion: z.string(),
  configSettings: z.looseObject({ formFactor: z.string(), throttlingMethod: z.string() }),
  categories: z.looseObject({
    performance: CategorySchema,
    accessibility: CategorySchema,
    'best-practices': CategorySchema,
    seo: CategorySchema,
  }),
  audits: z.looseObject({
    'largest-contentful-paint': MetricSchema,
    'total-blocking-time': MetricSchema,
    'cumulative-layout-shift': MetricSchema,
    'speed-index': MetricSchema,
  }),
  runWarnings: z.array(z.string()),
});

/** One page's Lighthouse figures: scores 0–100 (`null` when Lighthouse could not score), metrics in ms. */
export interface LighthouseFigures {
  readonly lighthouseVersion: string;
  /** `mobile` and `simulate` by default: a mid-range phone on slow 4G, throttling simulated from the trace. */
  readonly formFactor: string;
  readonly throttling: string;
  readonly performance: number | null;
  readonly accessibility: number | null;
  readonly bestPractices: number | null;
  readonly seo: number | null;
  readonly lcpMs: number | null;
  readonly tbtMs: number | null;
  readonly cls: number | null;
  /** How soon the page looks complete (a chart drawn by script shows here, not in LCP: an inline SVG is no LCP candidate). */
  readonly speedIndexMs: number | null;
  readonly warnings: readonly string[];
}

function toScore(score: number | null): number | null {
  return score === null ? null : Math.round(score * 100);
}

/** The figures of a Lighthouse report (`lhr`), parsed from `unknown`: scores as 0–100, metrics as reported. */
export function toLighthouseFigures(report: unknown): LighthouseFigures {
  const lhr = parseWith(ReportSchema, report, 'Lighthouse report');
  return {
    lighthouseVersion: lhr.lighthouseVersion,
    formFactor: lhr.configSettings.formFactor,
    throttling: lhr.configSettings.throttlingMethod,
    performance: toScore(lhr.categories.performance.score),
    accessibility: toScore(lhr.categories.accessibility.score),
    bestPractices: toScore(lhr.categories['best-practices'].score),
    seo: toScore(lhr.categories.seo.score),
    lcpMs: lhr.audits['largest-contentful-paint'].numericValue ?? null,
    tbtMs: lhr.audits['total-blocking-time'].numericValue ?? null,
    cls: lhr.audits['cumulative-layout-shift'].numericValue ?? null,
    speedIndexMs: lhr.audits['speed-index'].numericValue ?? null,
    warnings: lhr.runWarnings,
  };
}

/** Lighthouse runs per page: its scores move from run to run, more so on a small busy machine. */
export const LIGHTHOUSE_RUNS = 3;

/** A page type with the figures of its median Lighthouse run and the performance score of every run. */
export interface PageAudited extends PagePath, LighthouseFigures {
  readonly runPerformance: readonly (number | null)[];
}

/**
 * The median run: runs ordered by performance score (unscored last), then LCP, and the middle one taken (the lower
 * middle for an even count). `undefined` for no runs.
 */
export function medianRun(runs: readonly LighthouseFigures[]): LighthouseFigures | undefined {
  const score = (run: LighthouseFigures) => run.performance ?? -1;
  const lcp = (run: LighthouseFigures) => run.lcpMs ?? Number.MAX_VALUE;
  const sorted = [...runs].sort((a, b) => score(b) - score(a) || lcp(a) - lcp(b));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** Runs Lighthouse (default mobile settings) on `url` in its own Chromium with a fresh profile. */
export async function auditPage(url: string): Promise<LighthouseFigures> {
  const browser = await launchDevToolsChromium();
  try {
    const result = await lighthouse(url, {
      port: browser.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...LIGHTHOUSE_CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned no report for ${url}.`);
    return toLighthouseFigures(result.lhr);
  } finally {
    await browser.close();
  }
}

/** Part 4 of `npm run bench`: Lighthouse {@link LIGHTHOUSE_RUNS} times for each page type; the median run counts. */
export async function benchLighthouse(origin: string, pages: readonly PagePath[]): Promise<PageAudited[]> {
  const audited: PageAudited[] = [];
  for (const { type, path } of pages) {
    const runs: LighthouseFigures[] = [];
    for (let i = 0; i < LIGHTHOUSE_RUNS; i += 1) runs.push(await auditPage(`${origin}${path}`));
    const median = medianRun(runs);
    if (median === undefined) throw new Error(`Lighthouse made no run for ${path}.`);
    audited.push({ type, path, ...median, runPerformance: runs.map((run) => run.performance) });
  }
  return audited;
}
