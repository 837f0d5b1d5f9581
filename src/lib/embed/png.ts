/**
 * PNG exports, rendered at build time by resvg from the cited SVGs. resvg draws no text without a font, and system
 * fonts differ between machines, so the renderer is given explicit font files found in the usual font folders
 * (DejaVu Sans, Liberation Sans or Arial) and refuses to run without one rather than write images without their
 * citation.
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';

/** A font family resvg can use, and its regular and bold files (bold optional). */
export type FontSet = { family: string; files: string[] };

/** The families we look for, in order of preference, with their regular and bold file names. */
const FAMILIES = [
  { family: 'DejaVu Sans', regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' },
  { family: 'Liberation Sans', regular: 'LiberationSans-Regular.ttf', bold: 'LiberationSans-Bold.ttf' },
  { family: 'Arial', regular: 'Arial.ttf', bold: 'Arial Bold.ttf' },
  { family: 'Arial', regular: 'arial.ttf', bold: 'arialbd.ttf' },
] as const;

/** Where Linux, macOS and Windows keep fonts. */
export const FONT_DIRS = [
  '/usr/share/fonts',
  '/usr/local/share/fonts',
  '/Library/Fonts',
  '/System/Library/Fonts/Supplemental',
  'C:\\Windows\\Fonts',
] as const;

/** Every file below `dir` by name (the first path seen wins); empty when `dir` is missing or unreadable. */
function filesByName(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  try {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && !found.has(entry.name)) found.set(entry.name, join(entry.parentPath, entry.name));
    }
  } catch {
    // A folder that does not exist on this system is simply not searched.
  }
  return found;
}

/** The first preferred font family present in `dirs`, or null: `{ family: 'DejaVu Sans', files: [regular, bold] }`. */
export function findFonts(dirs: readonly string[] = FONT_DIRS): FontSet | null {
  const files = new Map<string, string>();
  for (const dir of dirs) for (const [name, path] of filesByName(dir)) if (!files.has(name)) files.set(name, path);
  for (const candidate of FAMILIES) {
    const regular = files.get(candidate.regular);
    if (!regular) continue;
    const bold = files.get(candidate.bold);
    return { family: candidate.family, files: bold ? [regular, bold] : [regular] };
  }
  return null;
}

let fonts: FontSet | null | undefined;

/**
 * resvg options for rendering at `zoom` with the fonts of this machine; every family in the charts' font stack
 * falls back to the found family. Throws one line naming what to install when no font is found.
 */
export function resvgOptions(zoom: number, found: FontSet | null = (fonts ??= findFonts())): ResvgRenderOptions {
  if (!found) {
    throw new Error(
      `png: no font found in ${FONT_DIRS.join(', ')} (looked for DejaVu Sans, Liberation Sans, Arial). ` +
        'Install one (Debian/Ubuntu: apt-get install fonts-dejavu-core) so exported images carry their text.',
    );
  }
  return {
    fitTo: { mode: 'zoom', value: zoom },
    font: {
      loadSystemFonts: false,
      fontFiles: found.files,
      defaultFontFamily: found.family,
      sansSerifFamily: found.family,
    },
  };
}

/** PNG file bytes. */
export type PngBytes = Uint8Array<ArrayBuffer>;

/**
 * Renders a batch in a worker thread that then exits: resvg-js 2.6 never frees a rendered image's pixels (about
 * 8 MB for a 2x chart), so a build rendering hundreds in the main thread would keep gigabytes; a worker's memory is
 * released when it ends. Plain CommonJS, evaluated as is.
 */
const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const { Resvg } = require(workerData.resvg);
const pngs = workerData.svgs.map((svg) => new Uint8Array(new Resvg(svg, workerData.options).render().asPng()));
parentPort.postMessage(pngs, pngs.map((png) => png.buffer));
`;

/** SVGs one worker renders before it exits (bounds the memory a worker holds). */
const BATCH_SIZE = 24;

function renderBatch(svgs: readonly string[], options: ResvgRenderOptions): Promise<PngBytes[]> {
  const resvg = createRequire(import.meta.url).resolve('@resvg/resvg-js');
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_CODE, { eval: true, workerData: { svgs, options, resvg } });
    worker.once('message', (pngs: PngBytes[]) => resolve(pngs));
    worker.once('error', (error) => reject(new Error(`png: rendering failed: ${error.message}`)));
    worker.once('exit', (code) => reject(new Error(`png: the render worker exited (code ${code}) without its images`)));
  });
}

/**
 * Renders SVGs to PNG bytes at `zoom` (2 for exports: twice the SVG's size in pixels), in order, on up to `threads`
 * worker threads at once (default: the machine's cores).
 */
export async function svgsToPngs(
  svgs: readonly string[],
  zoom: number,
  threads = availableParallelism(),
): Promise<PngBytes[]> {
  const options = resvgOptions(zoom);
  const batches: string[][] = [];
  for (let i = 0; i < svgs.length; i += BATCH_SIZE) batches.push(svgs.slice(i, i + BATCH_SIZE));
  const results: PngBytes[][] = [];
  let next = 0;
  const work = async (): Promise<void> => {
    for (let i = next++; i < batches.length; i = next++) results[i] = await renderBatch(batches[i] ?? [], options);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(threads, batches.length)) }, work));
  return results.flat();
}
