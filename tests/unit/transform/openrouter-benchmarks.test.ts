import { describe, expect, it } from 'vitest';
import type { OpenRouterBenchmarkItem } from '../../../src/lib/api/benchmarks.ts';
import { toCsv } from '../../../src/lib/transform/csv.ts';
import { toFrontier } from '../../../src/lib/transform/frontier.ts';
import {
  asScatterSet,
  describeSpread,
  formatSpread,
  formatUsdPerTask,
  runsNote,
  spreadCsvColumns,
  spreadOmittedNote,
  spreadTakeaway,
  toSpreadSet,
} from '../../../src/lib/transform/openrouter-benchmarks.ts';
import type { RecentUsage } from '../../../src/lib/transform/recent-usage.ts';

function item(
  slug: string,
  accuracy: number,
  stddev: number | null,
  cost: number | null,
  extra: Partial<OpenRouterBenchmarkItem> = {},
): OpenRouterBenchmarkItem {
  return {
    source: 'openrouter',
    model_permaslug: slug,
    display_name: slug.split('/')[1] ?? slug,
    benchmark_type: 'gpqa_diamond',
    accuracy,
    accuracy_stddev: stddev,
    avg_cost_per_task: cost,
    total_tasks: 198,
    last_run_timestamp: '2026-11-05T04:00:00.000Z',
    ...extra,
  };
}

const ITEMS = [
  item('x/big', 0.74, 0.02, 0.09),
  item('y/cheap', 0.6, 0.01, 0.002, { total_tasks: 990, last_run_timestamp: '2026-10-24T04:00:00.000Z' }),
  item('z/mid', 0.55, null, 0.01),
  item('n/nocost', 0.8, 0.01, null),
  item('f/free', 0.5, 0.01, 0),
];
const USAGE: RecentUsage = {
  start: '2026-10-21',
  end: '2026-11-19',
  tokens: new Map([['x/big', 5_000n]]),
  models: new Map(),
};

describe(toSpreadSet, () => {
  it('turns accuracy and its stddev into percent and keeps the cost per task', () =>
    expect(toSpreadSet(ITEMS, USAGE).points[0]).toMatchObject({
      slug: 'x/big',
      x: 0.09,
      y: 74,
      spread: 2,
      usage: 5_000n,
    }));

  it('has no spread for a single run', () => expect(toSpreadSet(ITEMS, null).points[2]?.spread).toBeNull());

  it('leaves out results without a cost and at zero cost, and counts them', () => {
    const set = toSpreadSet(ITEMS, null);
    expect(set.points.map((p) => p.slug)).toEqual(['x/big', 'y/cheap', 'z/mid']);
    expect([set.noCost, set.zeroCost]).toEqual([1, 1]);
  });

  it('joins usage on the base model', () =>
    expect(toSpreadSet([item('x/big-20260101', 0.7, null, 1)], USAGE).points[0]?.usage).toBe(5_000n));
});

describe(formatUsdPerTask, () => {
  it.each([
    [0.09184, '$0.0918'],
    [0.000072, '$0.000072'],
    [1.234, '$1.23'],
    [12, '$12.00'],
  ])('%s -> %s', (usd, text) => expect(formatUsdPerTask(usd)).toBe(text));
});

describe(formatSpread, () => {
  it('prints pp or one run', () => expect([formatSpread(1.78), formatSpread(null)]).toEqual(['±1.8 pp', 'one run']));
});

describe(spreadOmittedNote, () => {
  it('names both reasons', () =>
    expect(spreadOmittedNote(toSpreadSet(ITEMS, null))).toBe(
      'Left out: 1 without an average cost per task, 1 at zero cost (a log scale has no zero).',
    ));

  it('is null when nothing was left out', () =>
    expect(spreadOmittedNote(toSpreadSet(ITEMS.slice(0, 2), null))).toBeNull());
});

describe(runsNote, () => {
  it('gives the task counts, the last runs and the single runs', () =>
    expect(runsNote(toSpreadSet(ITEMS, null))).toBe(
      'Each model ran 198–990 tasks; the last runs date from 24 Oct 2026 to 5 Nov 2026. Error bars show ± one ' +
        'standard deviation of accuracy across runs; 1 model ran once (no bar).',
    ));

  it('is null without points', () => expect(runsNote(toSpreadSet([], null))).toBeNull());
});

describe(asScatterSet, () => {
  it('keeps the points and drops the price-worded omissions', () => {
    const set = toSpreadSet(ITEMS, null);
    expect(asScatterSet(set)).toEqual({ points: set.points, omitted: {} });
  });
});

/** A right-to-left name, and the same name wrapped in FSI…PDI as sentences must carry it. */
const RTL = 'مساعد';
const ISOLATED = '\u2068مساعد\u2069';
const ISOLATES = /[\u2068\u2069]/;

describe(describeSpread, () => {
  it('names the most accurate model, the frontier, the widest spread and what was left out', () => {
    const text = describeSpread(toSpreadSet(ITEMS, null));
    expect(text).toContain('3 models plotted. Highest accuracy: big (74) at $0.09 per task.');
    expect(text).toContain('runs through cheap (60, $0.002 per task), big (74, $0.09 per task)');
    expect(text).toContain("The widest spread is big's (±2.0 pp around 74.0%).");
    expect(text).toContain('Left out: 1 without an average cost per task');
  });

  it('isolates a right-to-left name and leaves a Latin one as it is', () => {
    const named = ITEMS.map((i) => (i.model_permaslug === 'x/big' ? { ...i, display_name: RTL } : i));
    const text = describeSpread(toSpreadSet(named, null));
    expect(text).toContain(`Highest accuracy: ${ISOLATED} (74) at $0.09 per task.`);
    expect(text).toContain(`runs through cheap (60, $0.002 per task), ${ISOLATED} (74, $0.09 per task)`);
    expect(text).toContain(`The widest spread is ${ISOLATED}'s (±2.0 pp around 74.0%).`);
    expect(text.replaceAll(ISOLATED, '')).not.toMatch(ISOLATES);
  });

  it('says so when nothing can be drawn', () =>
    expect(describeSpread(toSpreadSet([item('n/x', 0.5, null, null)], null))).toContain('No models have both'));
});

describe(spreadTakeaway, () => {
  it('gives the most accurate and the cheapest on the frontier', () =>
    expect(spreadTakeaway(toSpreadSet(ITEMS, null))).toBe(
      'Highest accuracy: big (74.0%) at $0.09 per task; cheapest on the frontier: cheap (60.0%) at $0.002 per task.',
    ));

  it('isolates a right-to-left name and leaves a Latin one as it is', () => {
    const named = ITEMS.map((i) => (i.model_permaslug === 'y/cheap' ? { ...i, display_name: RTL } : i));
    expect(spreadTakeaway(toSpreadSet(named, null))).toBe(
      `Highest accuracy: big (74.0%) at $0.09 per task; cheapest on the frontier: ${ISOLATED} (60.0%) at $0.002 per task.`,
    );
  });

  it('says when the most accurate is also the cheapest', () =>
    expect(spreadTakeaway(toSpreadSet([item('a/one', 0.5, null, 1)], null))).toBe(
      'Highest accuracy: one (50.0%) at $1.00 per task, and no model costs less.',
    ));
});

describe(spreadCsvColumns, () => {
  it("writes the API's values as given, each point's frontier flag and usage", () => {
    const set = toSpreadSet(ITEMS, USAGE);
    const frontier = new Set(toFrontier(set.points));
    const points = set.points.map((p) => ({ ...p, onFrontier: frontier.has(p) }));
    expect(toCsv(spreadCsvColumns(), points).split('\r\n').slice(0, 3)).toEqual([
      'model_permaslug,display_name,benchmark_type,accuracy,accuracy_stddev,avg_cost_per_task_usd,total_tasks,last_run_timestamp,on_frontier,recent_openrouter_tokens',
      'x/big,big,gpqa_diamond,0.74,0.02,0.09,198,2026-11-05T04:00:00.000Z,yes,5000',
      'y/cheap,cheap,gpqa_diamond,0.6,0.01,0.002,990,2026-10-24T04:00:00.000Z,yes,',
    ]);
  });
});
