/** Advice for a file the fetch cannot fetch again: the manifest, the budget. */
const RESTORE = 'Restore it from git, or delete it and run npm run fetch again.';

/**
 * A file in the archive that is missing or cannot be read as its format says; the message is one line naming the
 * file, what is wrong and what to do (for a file the manifest lists: the repair command).
 */
export class ArchiveFileError extends Error {
  override readonly name = 'ArchiveFileError';
  constructor(
    readonly file: string,
    readonly problem: string,
    advice: string = RESTORE,
  ) {
    super(`${file}: ${problem}. ${advice}`);
  }
}

/** Type guard for {@link ArchiveFileError}. */
export function isArchiveFileError(error: unknown): error is ArchiveFileError {
  return error instanceof ArchiveFileError;
}
