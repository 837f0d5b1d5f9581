import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { toPeerRows } from './peer-rows.ts';

/** Where the peer page is served, inside the bench's copy of a build (never in the site itself). */
export const PEER_PATH = '/peer/';

/** Our page of the same chart: the live embed of the 30-day model share chart, the chart alone as the peer's is. */
export const OURS_PATH = '/embed/model-share-share-30d/';

/**
 * Adds the peer page (`bench/peer/`) to a build in `outDir`: its HTML, the rows of the site's 30-day model share CSV
 * as JSON, and `main.ts` bundled and minified by esbuild with Observable Plot in it, as a dashboard would ship it.
 */
export async function addPeerPage(projectRoot: string, outDir: string): Promise<void> {
  const fixture = join(projectRoot, 'bench', 'peer');
  const peerDir = join(outDir, ...PEER_PATH.split('/').filter(Boolean));
  mkdirSync(peerDir, { recursive: true });
  const csv = readFileSync(join(outDir, 'models', 'model-share-30d.csv'), 'utf8');
  writeFileSync(join(peerDir, 'model-share-30d.json'), JSON.stringify(toPeerRows(csv)));
  copyFileSync(join(fixture, 'index.html'), join(peerDir, 'index.html'));
  await build({
    entryPoints: [join(fixture, 'main.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outfile: join(peerDir, 'main.js'),
    logLevel: 'silent',
  });
}
