/** A file in the archive that cannot be read as its format says; the message names the file and what to do. */
export class ArchiveFileError extends Error {
  override readonly name = 'ArchiveFileError';
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}. Restore it from git, or delete it and run npm run fetch again.`);
  }
}

/** Type guard for {@link ArchiveFileError}. */
export function isArchiveFileError(error: unknown): error is ArchiveFileError {
  return error instanceof ArchiveFileError;
}
