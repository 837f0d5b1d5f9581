import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isNotFound } from '../archive/write-atomic.ts';

/**
 * What a nightly run did to an archive, seen from outside: every file's bytes before and after. Read-only, and
 * blind to the archive's format on purpose (the fetch owns that), so "unchanged" means byte-identical.
 */

/** Archive-relative path (`/`-separated) -> SHA-256 of the file's bytes, in path order. */
export type ArchiveFiles = ReadonlyMap<string, string>;

/** How one run changed the archive's files, each list in path order. */
export interface ArchiveChanges {
  readonly added: readonly string[];
  readonly changed: readonly string[];
  readonly removed: readonly string[];
  readonly unchanged: readonly string[];
}

/** Archive-relative paths of every file under `dir`, `/`-separated; none when `dir` does not exist yet. */
function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
}

/** Hashes every file under `dir` (none when it does not exist yet): `{ 'budget.json' => '9f86d0…', … }`. */
export function hashArchiveFiles(dir: string): ArchiveFiles {
  const paths = listFiles(dir).sort();
  return new Map(
    paths.map((path) => [
      path,
      createHash('sha256')
        .update(readFileSync(join(dir, path)))
        .digest('hex'),
    ]),
  );
}

/** Compares two listings: `diffArchiveFiles({a: 1}, {a: 2, b: 3})` -> added `[b]`, changed `[a]`. */
export function diffArchiveFiles(before: ArchiveFiles, after: ArchiveFiles): ArchiveChanges {
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
  const kind = (path: string): keyof ArchiveChanges => {
    const old = before.get(path);
    const now = after.get(path);
    if (old === undefined) return 'added';
    if (now === undefined) return 'removed';
    return old === now ? 'unchanged' : 'changed';
  };
  return {
    added: paths.filter((path) => kind(path) === 'added'),
    changed: paths.filter((path) => kind(path) === 'changed'),
    removed: paths.filter((path) => kind(path) === 'removed'),
    unchanged: paths.filter((path) => kind(path) === 'unchanged'),
  };
}
