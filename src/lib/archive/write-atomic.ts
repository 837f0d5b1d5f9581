import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file operations the writer needs; injectable so tests can make the disk fail half-way. */
export interface WriteFs {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  writeFile(path: string, data: string, encoding: 'utf8'): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
}

/** Node's `fs/promises`. */
export const defaultWriteFs: WriteFs = nodeFs;

/** A file to write: its path on disk and its full content. */
export interface PendingFile {
  readonly path: string;
  readonly content: string;
}

/**
 * Archive serialisation: keys sorted at every depth, two-space indent, trailing newline, so equal data is equal
 * bytes. Arrays keep their order. `toArchiveJson({ b: 1, a: [2] })` -> `'{\n  "a": [\n    2\n  ],\n  "b": 1\n}\n'`.
 */
export function toArchiveJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  // fromEntries defines own properties, so a `__proto__` key from the API stays data.
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, inner]) => [key, sortKeys(inner)]));
}

let tempCounter = 0;

/** A temporary sibling of `path` (same directory, so the rename is atomic); `*.tmp` is git-ignored. */
function tempPathFor(path: string): string {
  tempCounter += 1;
  return join(dirname(path), `.${basename(path)}.${process.pid}-${tempCounter}.tmp`);
}

/** The file's current content, or `undefined` when it does not exist. */
async function currentContent(fs: WriteFs, path: string): Promise<string | undefined> {
  try {
    return await fs.readFile(path, 'utf8');
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/** True for an `ENOENT` error. */
export function isNotFound(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

/**
 * Writes a set of files as one step, astro's data-store recipe: files whose bytes are unchanged are skipped; every
 * other file is first written to a temporary sibling, and only when all of them are staged are they renamed into
 * place. If staging fails, every temp file is removed and no target has changed. Returns the paths written.
 */
export async function writeFilesAtomic(files: readonly PendingFile[], fs: WriteFs = defaultWriteFs): Promise<string[]> {
  const changed: PendingFile[] = [];
  for (const file of files) {
    if ((await currentContent(fs, file.path)) !== file.content) changed.push(file);
  }
  const staged: { readonly temp: string; readonly path: string }[] = [];
  try {
    for (const file of changed) {
      await fs.mkdir(dirname(file.path), { recursive: true });
      const temp = tempPathFor(file.path);
      staged.push({ temp, path: file.path });
      await fs.writeFile(temp, file.content, 'utf8');
    }
    for (const [index, { temp, path }] of staged.entries()) {
      await fs.rename(temp, path);
      staged[index] = { temp: '', path };
    }
  } catch (error) {
    await Promise.all(staged.filter((s) => s.temp !== '').map((s) => fs.unlink(s.temp).catch(() => undefined)));
    throw error;
  }
  return changed.map((file) => file.path);
}

/** Writes one file atomically (see {@link writeFilesAtomic}); false when its bytes were already there. */
export async function writeFileAtomic(path: string, content: string, fs: WriteFs = defaultWriteFs): Promise<boolean> {
  return (await writeFilesAtomic([{ path, content }], fs)).length > 0;
}

/** Deletes files, ignoring ones already gone. */
export async function removeFiles(paths: readonly string[], fs: WriteFs = defaultWriteFs): Promise<void> {
  for (const path of paths) {
    await fs.unlink(path).catch((error: unknown) => {
      if (!isNotFound(error)) throw error;
    });
  }
}
