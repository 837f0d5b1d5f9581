import { readdirSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';

/** A file by its path (relative to the folder measured) and size. */
export interface FileSize {
  readonly path: string;
  readonly bytes: number;
}

/** Files and bytes of one extension, with the largest of them. */
export interface ExtensionSize {
  readonly files: number;
  readonly bytes: number;
  readonly largest: FileSize;
}

/** Files and bytes, in total and per extension (`html`, `svg`, `csv`, `json`; `(none)` for no extension). */
export interface DirSize {
  readonly files: number;
  readonly bytes: number;
  readonly byExtension: Readonly<Record<string, ExtensionSize>>;
}

/**
 * Sums file sizes in total and per lower-cased extension (sorted by name), keeping each extension's largest file:
 * `toDirSize([{ path: 'a/index.html', bytes: 10 }])` ->
 * `{ files: 1, bytes: 10, byExtension: { html: { files: 1, bytes: 10, largest: { path: 'a/index.html', bytes: 10 } } } }`.
 */
export function toDirSize(files: readonly FileSize[]): DirSize {
  const byExtension = new Map<string, ExtensionSize>();
  for (const file of files) {
    const extension = extname(file.path).slice(1).toLowerCase() || '(none)';
    const entry = byExtension.get(extension);
    byExtension.set(extension, {
      files: (entry?.files ?? 0) + 1,
      bytes: (entry?.bytes ?? 0) + file.bytes,
      largest: entry && entry.largest.bytes >= file.bytes ? entry.largest : file,
    });
  }
  return {
    files: files.length,
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    byExtension: Object.fromEntries([...byExtension].sort(([a], [b]) => a.localeCompare(b))),
  };
}

/** Every file under `dir`, recursively, with its size; paths relative to `dir`. */
export function measureDir(dir: string): DirSize {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path: relative(dir, path), bytes: statSync(path).size };
    });
  return toDirSize(files);
}
