/**
 * `tsx scripts/freeze.ts [--dist DIR] [--data-dir DIR]`, run by `npm run build` after `astro build`: carries frozen
 * embeds forward (src/lib/embed/freeze.ts). Keeps each published frozen embed byte for byte, saves today's new ones
 * to `<data>/embeds/<date>/<id>.html`, and copies every archived one into the build. Exit 1 on any failure.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR } from '../src/lib/archive/paths.ts';
import { EMBEDS_FOLDER, freezeEmbeds } from '../src/lib/embed/freeze.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      'data-dir': { type: 'string', default: process.env['DATA_DIR'] ?? DEFAULT_DATA_DIR },
    },
  });
  const dataDir = values['data-dir'];
  const report = await freezeEmbeds({ distDir: values.dist, dataDir });
  const dates = [...new Set(report.published.map((e) => e.date))].join(', ');
  console.log(
    `Frozen embeds: ${report.published.length} published to ${dataDir}/${EMBEDS_FOLDER}/${dates ? `${dates}/` : ''}, ` +
      `${report.kept.length} already published and kept (${report.differed.length} differ from today's build), ` +
      `${report.carried.length} carried forward from earlier days.`,
  );
}

main().catch((error: unknown) => {
  console.error(`freeze: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
