import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { isSchemaError, parseWith } from '../api/parse.ts';
import { ArchiveFileError, isArchiveFileError } from './errors.ts';
import { archivePath, DEFAULT_DATA_DIR } from './paths.ts';
import { isNotFound } from './write-atomic.ts';

/**
 * Reading one archive file with its schema: every failure is one {@link ArchiveFileError} line naming the file and
 * what to do. `read.ts` reads datasets with these; `budget.ts` reads its file.
 */

/** How the fetch reads: files the manifest lists but that are missing or unreadable count as absent. */
export interface ReadOptions {
  readonly skipDamaged?: boolean | undefined;
}

/**
 * The command that repairs the archive in `dir`: `repairCommand('data') === 'npm run fetch -- --repair'`, and
 * `--data-dir` is added for any other directory.
 */
export function repairCommand(dir: string): string {
  return `npm run fetch -- --repair${dir === DEFAULT_DATA_DIR ? '' : ` --data-dir ${dir}`}`;
}

/**
 * Reads and validates one archive file; `null` when it does not exist. Throws one {@link ArchiveFileError} line
 * naming the file (and ending with `advice`) when it cannot be read, is not JSON or does not match `schema`.
 */
export function readArchiveFile<S extends z.ZodType>(
  dir: string,
  file: string,
  schema: S,
  advice?: string,
): z.infer<S> | null {
  const path = archivePath(dir, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (isNotFound(error)) return null;
    const code = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new ArchiveFileError(path, `cannot be read (${code})`, advice);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ArchiveFileError(path, 'is not valid JSON', advice);
  }
  try {
    return parseWith(schema, json, path);
  } catch (error) {
    if (isSchemaError(error)) {
      throw new ArchiveFileError(path, `does not match its format: ${error.issues.join('; ')}`, advice);
    }
    throw error;
  }
}

/**
 * Reads a file the manifest lists. Missing or unreadable, it throws one line naming it and the repair command
 * (`data/rankings-daily/2025-06.json: is listed in manifest.json but missing. Run npm run fetch -- --repair …`), or
 * with `skipDamaged` (the fetch) counts as absent.
 */
export function readListedFile<S extends z.ZodType>(
  dir: string,
  file: string,
  schema: S,
  options: ReadOptions = {},
): z.infer<S> | null {
  const advice = `Run ${repairCommand(dir)} to fetch it again, or restore it from git.`;
  try {
    const value = readArchiveFile(dir, file, schema, advice);
    if (value === null)
      throw new ArchiveFileError(archivePath(dir, file), 'is listed in manifest.json but missing', advice);
    return value;
  } catch (error) {
    if (options.skipDamaged && isArchiveFileError(error)) return null;
    throw error;
  }
}
