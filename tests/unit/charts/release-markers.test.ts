import { describe, expect, it } from 'vitest';
import { modelHistoryChart } from '../../../src/lib/charts/model-history.ts';
import { modelShareChart } from '../../../src/lib/charts/model-share.ts';
import { RELEASE_CLASS, releaseMarks } from '../../../src/lib/charts/release-markers.ts';
import { toModelHistory } from '../../../src/lib/transform/model-history.ts';
import { toModelPeriods } from '../../../src/lib/transform/model-history-weekly.ts';
import { toShareSeries } from '../../../src/lib/transform/shares.ts';
import { days } from '../../fakes/model-rows.ts';

const rows = days(
  '2026-11-15',
  10,
  (i) => ({ 'a/lead': 500 - 20 * i, 'b/rise': 200 + 40 * i }),
  () => 100,
);
const size = { width: 640, height: 300 };

/** The text of each release label, in drawing order. */
function labels(svg: string): string[] {
  const group = new RegExp(`<g[^>]*class="${RELEASE_CLASS}-label"[^>]*>(.*?)</g>`, 's').exec(svg)?.[1] ?? '';
  return [...group.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');
}

describe(releaseMarks, () => {
  it('draws nothing without markers, so charts without releases keep their SVG', () =>
    expect(releaseMarks([])).toEqual([]));

  it('draws a line per release on the share chart and labels those with a label, names escaped', () => {
    const series = toShareSeries(rows, { window: '30d' })!;
    const markers = [
      { date: '2026-11-17', label: 'B <rise>' },
      { date: '2026-11-18', label: '' },
    ];
    const svg = modelShareChart('share', series, { variant: 'share', colors: ['#111', '#222', '#999'], size, markers });
    const lines = new RegExp(`<g[^>]*class="${RELEASE_CLASS}"[^>]*>(.*?)</g>`, 's').exec(svg)?.[1] ?? '';
    expect(lines.match(/<line/g)).toHaveLength(2);
    expect(labels(svg)).toEqual(['B &lt;rise&gt;']);
  });

  it('marks the release on a model history chart', () => {
    const periods = toModelPeriods(toModelHistory(rows, 'b/rise'));
    const markers = [{ date: '2026-11-16', label: 'Released' }];
    const svg = modelHistoryChart('model-tokens', periods, { measure: 'tokens', color: '#332288', size, markers });
    expect(labels(svg)).toEqual(['Released']);
  });
});
