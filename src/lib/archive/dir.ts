import { statSync } from 'node:fs';

/**
 * What is wrong with `dir` as an archive directory, or `undefined` when it is one or does not exist yet (a run
 * creates it): `'is a file, not a directory'`, or `'cannot be used (ENOTDIR)'` when a part of its path is a file.
 */
export function archiveDirProblem(dir: string): string | undefined {
  try {
    return statSync(dir).isDirectory() ? undefined : 'is a file, not a directory';
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    if (code === 'ENOENT') return undefined;
    return code === 'ENOTDIR' ? 'is inside a file, not a directory' : `cannot be used (${code})`;
  }
}
