import { describe, expect, it } from 'vitest';
import { datesToKeep } from '../../../src/lib/archive/compact.ts';
import { demoNights } from '../../../src/lib/demo/nights.ts';
import { toSnapshotColumns } from '../../../src/lib/transform/snapshot-history.ts';

describe(demoNights, () => {
  const today = '2026-11-20';
  const nights = demoNights(today);

  it('gives seven earlier nights, oldest first, all before today', () => {
    expect(nights).toEqual([
      '2026-09-25',
      '2026-10-02',
      '2026-10-09',
      '2026-11-06',
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
    ]);
  });

  it('makes a history with weekly and daily snapshots and a gap in each tier, which retention keeps whole', () => {
    const columns = toSnapshotColumns([...nights, today]);
    expect(columns.map((c) => [c.cadence, c.gapBefore])).toEqual([
      ['week', false],
      ['week', false],
      ['week', false],
      ['day', true],
      ['day', true],
      ['day', false],
      ['day', false],
      ['day', false],
    ]);
    expect(datesToKeep([...nights, today], today)).toEqual([...nights, today]);
  });
});
