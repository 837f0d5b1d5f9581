import type { Dataset } from '../archive/format.ts';
import type { BuildCase, BuildGrowth } from './build-bench.ts';
import type { FetchBenchRun } from './fetch-bench.ts';
import type { LinearFit } from './growth.ts';
import type { PageAudited } from './lighthouse.ts';
import type { Machine } from './machine.ts';
import type { PageWeighed } from './page-visit.ts';
import type { PeerComparison, PeerMeasure } from './peer-bench.ts';
import type { Size } from './page-weight.ts';
import { formatBytes, formatDuration, formatKb, formatRatio, formatTable } from './table.ts';

const RIGHT = 'right' as const;

/** The machine in one line: `2 × AMD EPYC 7B13, 24.1 GB, Node v24.21.0, Chromium 156…, load 1.52`. */
export function machineLine(machine: Machine): string {
  return (
    `${machine.cpus} × ${machine.cpuModel}, ${formatBytes(machine.memoryBytes)} RAM, Node ${machine.node}, ` +
    `${machine.os}, ${machine.chromium}; load average ${machine.loadAverage} at ${machine.date}`
  );
}

/** Part 1 as a table: one row per run with its requests, the wall time pacing implies and the day's headroom. */
export function fetchTable(runs: readonly FetchBenchRun[]): string {
  return formatTable(
    [
      { label: 'run' },
      { label: 'day' },
      { label: 'requests', align: RIGHT },
      { label: 'paced wall time', align: RIGHT },
      { label: 'local (relaxed)', align: RIGHT },
      { label: 'files written', align: RIGHT },
      { label: 'used today', align: RIGHT },
      { label: 'left of 450', align: RIGHT },
      { label: 'left of 500', align: RIGHT },
    ],
    runs.map((run) => [
      run.run,
      run.day,
      String(run.requests),
      formatDuration(run.pacedWallTimeMs),
      formatDuration(run.localWallTimeMs),
      String(run.filesWritten),
      String(run.requestsToday),
      String(run.headroom.budget),
      String(run.headroom.account),
    ]),
  );
}

/** Part 1's requests per endpoint: one row per endpoint (in run order), one column per run. */
export function endpointTable(runs: readonly FetchBenchRun[]): string {
  const endpoints = [...new Set(runs.flatMap((run) => Object.keys(run.byEndpoint)))] as Dataset[];
  return formatTable(
    [{ label: 'endpoint' }, ...runs.map((run) => ({ label: run.run, align: RIGHT }))],
    endpoints.map((endpoint) => [endpoint, ...runs.map((run) => String(run.byEndpoint[endpoint] ?? 0))]),
  );
}

/** Part 2 as a table: each archive size's build with its growth against the smallest. */
export function buildTable(cases: readonly BuildCase[], growth: BuildGrowth): string {
  return formatTable(
    [
      { label: 'archive' },
      { label: 'days', align: RIGHT },
      { label: 'archive size', align: RIGHT },
      { label: 'build time', align: RIGHT },
      { label: 'CPU time', align: RIGHT },
      { label: 'load', align: RIGHT },
      { label: 'peak RSS', align: RIGHT },
      { label: 'output', align: RIGHT },
      { label: 'files', align: RIGHT },
      { label: 'pages', align: RIGHT },
      { label: '× days', align: RIGHT },
      { label: '× time', align: RIGHT },
      { label: '× CPU', align: RIGHT },
      { label: '× RSS', align: RIGHT },
      { label: '× output', align: RIGHT },
      { label: '× files', align: RIGHT },
    ],
    cases.map((c, i) => {
      const ratio = growth.ratios[i];
      return [
        `${c.years} year${c.years === 1 ? '' : 's'} (to ${c.day})`,
        String(c.rankingsDays),
        `${formatBytes(c.archive.bytes)} / ${c.archive.files} files`,
        formatDuration(c.wallMs),
        c.cpuMs === null ? '–' : formatDuration(c.cpuMs),
        c.loadAverage.toFixed(1),
        c.peakRssBytes === null ? '–' : formatBytes(c.peakRssBytes),
        formatBytes(c.output.bytes),
        String(c.output.files),
        String(c.pages),
        formatRatio(ratio?.rankingsDays ?? null),
        formatRatio(ratio?.buildMs ?? null),
        formatRatio(ratio?.cpuMs ?? null),
        formatRatio(ratio?.peakRssBytes ?? null),
        formatRatio(ratio?.outputBytes ?? null),
        formatRatio(ratio?.outputFiles ?? null),
      ];
    }),
  );
}

/** The largest HTML page of each build: the page that grows fastest with history. */
export function largestPagesLine(cases: readonly BuildCase[]): string {
  const parts = cases.map((c) => {
    const largest = c.output.byExtension['html']?.largest;
    return largest ? `${c.years}y ${largest.path} ${formatBytes(largest.bytes)}` : `${c.years}y –`;
  });
  return `Largest HTML page: ${parts.join('; ')}`;
}

/** The HTML of each page type in each build, KB gzip (raw): which pages grow with the archive. */
export function pageHtmlTable(cases: readonly BuildCase[]): string {
  const types = cases[0]?.pageHtml ?? [];
  return formatTable(
    [{ label: 'page' }, ...cases.map((c) => ({ label: `HTML ${c.years}y`, align: RIGHT }))],
    types.map((page, i) => [page.type, ...cases.map((c) => (c.pageHtml[i] ? gzRaw(c.pageHtml[i]) : '–'))]),
  );
}

/** A fitted line in words: `build time ≈ 21.0 s + 12.6 s per year of data (r² 0.998)`. */
export function fitLine(what: string, fit: LinearFit | null, format: (value: number) => string): string {
  if (fit === null) return `${what}: too few archive sizes to fit a line.`;
  return `${what} ≈ ${format(fit.intercept)} + ${format(fit.slope * 365)} per year of data (r² ${fit.r2.toFixed(3)})`;
}

/** `gzip (raw)` in KB: `12.0 (71.3)`. */
function gzRaw(size: Size): string {
  return `${formatKb(size.gzip)} (${formatKb(size.raw)})`;
}

/** Part 3 as a table: KB gzip (raw) per kind for each page type's first visit. */
export function pageWeightTable(pages: readonly PageWeighed[]): string {
  return formatTable(
    [
      { label: 'page' },
      { label: 'path' },
      { label: 'requests', align: RIGHT },
      { label: 'HTML', align: RIGHT },
      { label: 'of it inline SVG', align: RIGHT },
      { label: 'CSS', align: RIGHT },
      { label: 'JS', align: RIGHT },
      { label: 'SVG files', align: RIGHT },
      { label: 'other', align: RIGHT },
      { label: 'total', align: RIGHT },
    ],
    pages.map(({ type, path, weight }) => [
      type,
      path,
      String(weight.requests),
      gzRaw(weight.byKind.html),
      `${weight.inline.svg.count} × ${gzRaw(weight.inline.svg)}`,
      gzRaw(weight.css),
      gzRaw(weight.js),
      gzRaw(weight.byKind.svg),
      gzRaw(weight.byKind.other),
      gzRaw(weight.total),
    ]),
  );
}

function score(value: number | null): string {
  return value === null ? '–' : String(value);
}

/** Part 4 as a table: each page type's median Lighthouse run, and every run's performance score. */
export function lighthouseTable(pages: readonly PageAudited[]): string {
  return formatTable(
    [
      { label: 'page' },
      { label: 'path' },
      { label: 'performance', align: RIGHT },
      { label: 'accessibility', align: RIGHT },
      { label: 'best practices', align: RIGHT },
      { label: 'SEO', align: RIGHT },
      { label: 'LCP', align: RIGHT },
      { label: 'TBT', align: RIGHT },
      { label: 'CLS', align: RIGHT },
      { label: 'performance per run', align: RIGHT },
    ],
    pages.map((page) => [
      page.type,
      page.path,
      score(page.performance),
      score(page.accessibility),
      score(page.bestPractices),
      score(page.seo),
      page.lcpMs === null ? '–' : formatDuration(page.lcpMs),
      page.tbtMs === null ? '–' : `${Math.round(page.tbtMs)} ms`,
      page.cls === null ? '–' : page.cls.toFixed(3),
      page.runPerformance.map(score).join(' / '),
    ]),
  );
}

/** A peer measure in its unit: `3`, `12.3 KB`, `1.2 s`, `40 ms`, `98`. */
function peerValue(measure: PeerMeasure, value: number | null): string {
  if (value === null) return '–';
  if (measure.unit === 'bytes') return `${formatKb(value)} KB`;
  if (measure.unit === 'ms') return value < 1000 ? `${Math.round(value)} ms` : formatDuration(value);
  return String(Math.round(value));
}

/** Part 6 as a table: each measure for our page and the peer's, and peer / ours. */
export function peerTable(comparison: PeerComparison): string {
  return formatTable(
    [
      { label: 'measure' },
      { label: `ours ${comparison.ours.path}`, align: RIGHT },
      { label: `peer ${comparison.peer.path}`, align: RIGHT },
      { label: 'peer / ours', align: RIGHT },
    ],
    comparison.measures.map((m) => [m.measure, peerValue(m, m.ours), peerValue(m, m.peer), formatRatio(m.ratio)]),
  );
}
