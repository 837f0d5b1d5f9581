import { describe, expect, it } from 'vitest';
import { newModelsChart } from '../../../src/lib/charts/new-models.ts';
import { toModelHistories } from '../../../src/lib/transform/model-history.ts';
import { toNewModels } from '../../../src/lib/transform/new-models.ts';
import { day } from '../../fakes/model-rows.ts';
import { prettySvg } from '../../fakes/svg-snapshot.ts';

// b/new ranks on days 1, 2 and 4 after its release (a gap on day 3); c/newer on its release day and the day after.
const rows = [
  ...day('2026-11-20', { 'a/old': 9_000_000_000 }, 1),
  ...day('2026-11-21', { 'a/old': 9_000_000_000, 'b/new': 1_000_000_000 }, 1),
  ...day('2026-11-22', { 'a/old': 9_000_000_000, 'b/new': 2_000_000_000, 'c/newer': 500_000_000 }, 1),
  ...day('2026-11-23', { 'a/old': 9_000_000_000, 'c/newer': 700_000_000 }, 1),
  ...day('2026-11-24', { 'a/old': 9_000_000_000, 'b/new': 4_000_000_000 }, 1),
];
const dates = ['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24'];
const releases = [
  { permaslug: 'b/new', created: '2026-11-20' },
  { permaslug: 'c/newer', created: '2026-11-22' },
];
const models = toNewModels(releases, toModelHistories(rows), dates, '2026-11-01');

describe(newModelsChart, () => {
  it('aligns each model on its release day and breaks its line outside the top 50', async () => {
    const svg = newModelsChart('model-new-30d', models, {
      colors: ['#4477AA', '#CC6677'],
      size: { width: 640, height: 300 },
    });
    expect(svg).toContain('Days since release');
    expect(svg).toContain('>4B<');
    // b/new's line (second colour) restarts after its day-3 gap: two move-to commands in its path
    expect(svg).toMatch(/<path d="M[^"]*M[^"]*" stroke="#CC6677"/);
    expect(svg).not.toMatch(/<path d="M[^"]*M[^"]*" stroke="#4477AA"/);
    await expect(prettySvg(svg)).toMatchFileSnapshot('./__snapshots__/model-new-30d.svg');
  });
});
