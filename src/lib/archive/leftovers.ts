import { readdirSync, rmdirSync, type Dirent } from 'node:fs';
import { DATASETS, type Manifest } from './format.ts';
import { archivePath } from './paths.ts';
import { removeFiles, type WriteFs } from './write-atomic.ts';

/**
 * What a run that died (`kill -9`, a lost runner) leaves in the archive: temporary siblings of the atomic writer
 * (`.<name>.<pid>-<n>.tmp`), and data files of a dataset that the manifest does not list (written before the run
 * could list them, or dropped from it before they could be deleted). Readers never see either; the next run,
 * holding the lock so that no other run is writing, removes them.
 */

/** A temporary file of the atomic writer or of the lock's takeover. */
const TEMP_FILE = /^\..+\.tmp$/;

/** Files under `folder` (archive-relative), every depth. */
function filesUnder(dir: string, folder: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(archivePath(dir, folder), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return filesUnder(dir, path);
    return entry.isFile() ? [path] : [];
  });
}

/**
 * The leftovers in `dir`, archive-relative and sorted: temp files at the top and in every dataset's folder, and
 * `.json` files in a dataset's folder that its manifest entry does not list. Without a manifest only temp files
 * count: data files then may be an archive whose manifest was deleted by mistake, and are left alone.
 */
export function findLeftovers(dir: string, manifest: Manifest | null): string[] {
  let top: Dirent[];
  try {
    top = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const leftovers = top.filter((entry) => entry.isFile() && TEMP_FILE.test(entry.name)).map((entry) => entry.name);
  for (const dataset of DATASETS) {
    const listed = new Set(manifest?.datasets[dataset]?.files ?? []);
    for (const file of filesUnder(dir, dataset)) {
      const name = file.slice(file.lastIndexOf('/') + 1);
      const unlisted = manifest !== null && name.endsWith('.json') && !listed.has(file);
      if (TEMP_FILE.test(name) || unlisted) leftovers.push(file);
    }
  }
  return leftovers.sort();
}

/** Deletes leftovers (archive-relative), then the dataset folders they leave empty. */
export async function removeLeftovers(dir: string, leftovers: readonly string[], fs?: WriteFs): Promise<void> {
  await removeFiles(
    leftovers.map((file) => archivePath(dir, file)),
    fs,
  );
  const folders = new Set(
    leftovers.flatMap((file) => {
      const parts = file.split('/').slice(0, -1);
      return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
    }),
  );
  // Deepest first, so a view folder goes before its dataset folder.
  for (const folder of [...folders].sort().reverse()) {
    try {
      rmdirSync(archivePath(dir, folder));
    } catch {
      // not empty, or gone: either is fine
    }
  }
}
