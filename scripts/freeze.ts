/**
 * `tsx scripts/freeze.ts [--dist DIR] [--data-dir DIR]`, run by `npm run build` after `astro build`: packs the
 * build's new frozen copies into their week's pack in `<data>/embeds/packs/` (a published copy is never altered),
 * records them in `<data>/embeds/index.json`, and copies every pack and every day file from before packs into the
 * build (src/lib/embed/freeze.ts). Exit 1 on any failure.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR } from '../src/lib/archive/paths.ts';
import { freezeEmbeds } from '../src/lib/embed/freeze.ts';
import { EMBEDS_FOLDER } from '../src/lib/embed/frozen-store.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      'data-dir': { type: 'string', default: process.env['DATA_DIR'] ?? DEFAULT_DATA_DIR },
    },
  });
  const dataDir = values['data-dir'];
  const report = await freezeEmbeds({ distDir: values.dist, dataDir });
  const adopted = report.adopted.length > 0 ? ` (${report.adopted.length} from day files of the same date)` : '';
  console.log(
    `Frozen embeds: ${report.published.length} new copies packed into ${dataDir}/${EMBEDS_FOLDER}/packs/${adopted}, ` +
      `${report.kept.length} already published and kept (${report.differed.length} differ from today's build); ` +
      `${report.packs} packs and ${report.dayCopies} day files from before packs in the build.`,
  );
}

main().catch((error: unknown) => {
  console.error(`freeze: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
