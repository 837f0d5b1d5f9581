import { chartDrawnMs } from './chart-drawn.ts';
import { auditPage, LIGHTHOUSE_RUNS, type LighthouseFigures, medianRun } from './lighthouse.ts';
import { median } from './median.ts';
import { benchPageWeights } from './page-visit.ts';
import type { PageWeight } from './page-weight.ts';
import { OURS_PATH, PEER_PATH } from './peer-build.ts';

/** One side of the comparison: its first-visit weight and its median Lighthouse run. */
export interface PeerSide {
  readonly path: string;
  readonly requests: number;
  /** Gzip bytes, as a host would send them. */
  readonly jsGzip: number;
  readonly totalGzip: number;
  readonly lighthouse: LighthouseFigures;
  readonly runPerformance: readonly (number | null)[];
  /** Median of the runs' `chartDrawnMs` (slow 4G and a 4× slower CPU, applied); `null` when none was measured. */
  readonly chartDrawnMs: number | null;
  readonly chartDrawnRuns: readonly number[];
}

/** The measures compared, each as ours, the peer's and peer / ours. */
export interface PeerMeasure {
  readonly measure: string;
  readonly unit: 'count' | 'bytes' | 'ms' | 'score';
  readonly ours: number | null;
  readonly peer: number | null;
  /** Peer / ours; `null` when either is missing or ours is zero. */
  readonly ratio: number | null;
}

/** Ours and the peer's figures, with their ratios. */
export interface PeerComparison {
  readonly ours: PeerSide;
  readonly peer: PeerSide;
  readonly measures: readonly PeerMeasure[];
}

function measure(name: string, unit: PeerMeasure['unit'], ours: number | null, peer: number | null): PeerMeasure {
  return { measure: name, unit, ours, peer, ratio: ours === null || peer === null || ours === 0 ? null : peer / ours };
}

/**
 * The measures side by side, peer / ours: `toPeerMeasures(ours, peer)[0]` ->
 * `{ measure: 'requests', unit: 'count', ours: 3, peer: 6, ratio: 2 }` for 3 requests against 6.
 */
export function toPeerMeasures(ours: PeerSide, peer: PeerSide): PeerMeasure[] {
  return [
    measure('requests', 'count', ours.requests, peer.requests),
    measure('JS, gzip', 'bytes', ours.jsGzip, peer.jsGzip),
    measure('total, gzip', 'bytes', ours.totalGzip, peer.totalGzip),
    measure('chart drawn (throttled)', 'ms', ours.chartDrawnMs, peer.chartDrawnMs),
    measure('LCP', 'ms', ours.lighthouse.lcpMs, peer.lighthouse.lcpMs),
    measure('Speed Index', 'ms', ours.lighthouse.speedIndexMs, peer.lighthouse.speedIndexMs),
    measure('TBT', 'ms', ours.lighthouse.tbtMs, peer.lighthouse.tbtMs),
    measure('performance', 'score', ours.lighthouse.performance, peer.lighthouse.performance),
  ];
}

function sideOf(
  path: string,
  weight: PageWeight,
  runs: readonly LighthouseFigures[],
  drawn: readonly number[],
): PeerSide {
  const middle = medianRun(runs);
  if (middle === undefined) throw new Error(`peer: Lighthouse made no run for ${path}.`);
  return {
    path,
    requests: weight.requests,
    jsGzip: weight.js.gzip,
    totalGzip: weight.total.gzip,
    lighthouse: middle,
    runPerformance: runs.map((run) => run.performance),
    chartDrawnMs: median(drawn),
    chartDrawnRuns: drawn,
  };
}

/** Where each page's chart is: our embed's chart box, the peer's container. */
const CHART_SELECTORS = { ours: '.chart-svg', peer: '#chart' } as const;

/**
 * Part 6 of `npm run bench`: our page of the 30-day model share chart and the peer's, served by one server at
 * `origin`, each visited once in a fresh Chromium profile, audited {@link LIGHTHOUSE_RUNS} times and timed as many
 * times until its chart is drawn (`chartDrawnMs`), the two alternating so that load on the machine weighs on both alike.
 */
export async function benchPeer(origin: string): Promise<PeerComparison> {
  const [oursWeight, peerWeight] = await benchPageWeights(origin, [
    { type: 'ours', path: OURS_PATH },
    { type: 'peer', path: PEER_PATH },
  ]);
  if (oursWeight === undefined || peerWeight === undefined) throw new Error('peer: a page was not weighed.');
  const oursRuns: LighthouseFigures[] = [];
  const peerRuns: LighthouseFigures[] = [];
  const oursDrawn: number[] = [];
  const peerDrawn: number[] = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i += 1) {
    oursRuns.push(await auditPage(`${origin}${OURS_PATH}`));
    peerRuns.push(await auditPage(`${origin}${PEER_PATH}`));
    oursDrawn.push(await chartDrawnMs(`${origin}${OURS_PATH}`, CHART_SELECTORS.ours));
    peerDrawn.push(await chartDrawnMs(`${origin}${PEER_PATH}`, CHART_SELECTORS.peer));
  }
  const ours = sideOf(OURS_PATH, oursWeight.weight, oursRuns, oursDrawn);
  const peer = sideOf(PEER_PATH, peerWeight.weight, peerRuns, peerDrawn);
  return { ours, peer, measures: toPeerMeasures(ours, peer) };
}
