/**
 * `npx tsx scripts/nightly-sim.ts [--first-day YYYY-MM-DD] [--nights N] [--data-dir DIR] [--fault NIGHT:FAULT]…`:
 * the nightly workflow's fetches (its loop over every dataset) for several consecutive days against the local Data API (relaxed limits, its
 * clock at 03:00 UTC of each day), into one archive, printing what each night added, changed and left alone.
 * Defaults: the 4 days ending today, a fresh temporary archive, and night 3 with `server-error@apps`.
 * Exit 1 when a step fails on a night without faults.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isCalendarDate } from '../src/lib/api/common.ts';
import { addDays, toIsoDate } from '../src/lib/api/dates.ts';
import { toSummaryLine } from '../src/lib/nightly/fetch-step.ts';
import { consecutiveDays, type Night, nightlyNow, simulateNightly } from '../src/lib/nightly/simulate.ts';
import { DEMO_KEY, startMockServer } from '../src/mock/server.ts';

const USAGE =
  'Usage: npx tsx scripts/nightly-sim.ts [--first-day YYYY-MM-DD] [--nights N] [--data-dir DIR] [--fault NIGHT:FAULT | none]…';
const DEFAULT_FAULTS = ['3:server-error@apps'];

function parseFlags() {
  const { values } = parseArgs({
    options: {
      'first-day': { type: 'string' },
      nights: { type: 'string', default: '4' },
      'data-dir': { type: 'string' },
      fault: { type: 'string', multiple: true },
    },
  });
  const nights = Number(values.nights);
  if (!Number.isInteger(nights) || nights < 1 || nights > 60)
    throw new Error(`--nights ${values.nights}: 1 to 60. ${USAGE}`);
  const firstDay = values['first-day'] ?? addDays(toIsoDate(new Date()), 1 - nights);
  if (!isCalendarDate(firstDay)) throw new Error(`--first-day ${firstDay} is not YYYY-MM-DD. ${USAGE}`);
  const days = consecutiveDays(firstDay, nights);
  const faults: Record<string, string[]> = {};
  for (const spec of (values.fault ?? DEFAULT_FAULTS).filter((f) => f !== 'none')) {
    const [night, fault] = spec.split(':');
    const day = days[Number(night) - 1];
    if (!day || !fault) throw new Error(`--fault ${spec}: expected NIGHT:FAULT with NIGHT 1 to ${nights}. ${USAGE}`);
    faults[day] = [...(faults[day] ?? []), fault];
  }
  const dataDir = values['data-dir'] ?? mkdtempSync(join(tmpdir(), 'token-atlas-nightly-'));
  return { firstDay, nights, dataDir, faults };
}

/** Paths, with a folder of more than three files folded: `rankings-daily/ (24 files: 2025-01.json … 2026-11.json)`. */
function describePaths(paths: readonly string[]): string {
  const folders = Map.groupBy(paths, (path) => path.slice(0, path.lastIndexOf('/') + 1));
  const parts = [...folders].flatMap(([folder, files]) =>
    folder && files.length > 3
      ? [`${folder} (${files.length} files: ${files[0]?.slice(folder.length)} … ${files.at(-1)?.slice(folder.length)})`]
      : files,
  );
  return parts.join(', ') || '-';
}

function printNight(night: Night, index: number, total: number): void {
  const faults = night.faults.length > 0 ? night.faults.join(', ') : 'none';
  console.log(`\nNight ${index + 1} of ${total}: ${night.day} (Data API faults: ${faults})`);
  for (const step of night.steps) console.log(`  ${toSummaryLine(step)}`);
  const { added, changed, removed, unchanged } = night.changes;
  console.log(`  added ${added.length}: ${describePaths(added)}`);
  console.log(`  changed ${changed.length}: ${describePaths(changed)}`);
  if (removed.length > 0) console.log(`  removed ${removed.length}: ${describePaths(removed)}`);
  console.log(`  byte-identical ${unchanged.length}`);
}

async function main(): Promise<void> {
  const flags = parseFlags();
  console.log(`Simulating ${flags.nights} nights from ${flags.firstDay} into ${flags.dataDir}`);
  let count = 0;
  const nights = await simulateNightly({
    firstDay: flags.firstDay,
    nights: flags.nights,
    dataDir: flags.dataDir,
    apiKey: DEMO_KEY,
    faults: flags.faults,
    startApi: (day, faults) =>
      startMockServer({ port: 0, relaxed: true, faults: [...faults], now: () => nightlyNow(day) }),
    onNight: (night) => printNight(night, count++, flags.nights),
  });
  console.log(`\nArchive: ${flags.dataDir}`);
  const unexpected = nights.filter((night) => night.faults.length === 0 && night.steps.some((step) => !step.ok));
  if (unexpected.length > 0) {
    throw new Error(
      `nightly-sim: a step failed on a night without faults (${unexpected.map((n) => n.day).join(', ')}); see above.`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
