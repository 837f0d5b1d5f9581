import { describe, expect, it } from 'vitest';
import { sparkline } from '../../../src/lib/charts/sparkline.ts';
import { prettySvg } from '../../fakes/svg-snapshot.ts';

describe(sparkline, () => {
  it('draws a small line from zero with a dot on the last value and no axes', async () => {
    const points = [
      { date: '2026-11-20', value: 4 },
      { date: '2026-11-21', value: 6 },
      { date: '2026-11-22', value: 5 },
      { date: '2026-11-23', value: 8 },
      { date: '2026-11-24', value: 7 },
    ];
    const svg = sparkline('spark-total', points, { color: '#332288' });
    expect(svg).not.toContain('axis');
    await expect(prettySvg(svg)).toMatchFileSnapshot('./__snapshots__/spark-total.svg');
  });
});
