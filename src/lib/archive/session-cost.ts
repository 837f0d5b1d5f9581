import { isDeepStrictEqual } from 'node:util';
import type { SessionCostWindow } from './format.ts';
import { SessionCostWindowSchema } from './format.ts';
import { archivePath, sessionCostFile } from './paths.ts';
import { readArchiveFile } from './read-file.ts';
import { toArchiveJson, type WriteFs, writeFilesAtomic } from './write-atomic.ts';

/**
 * Writing session-cost windows: one file per weekly window (`session-cost/<window_end_date>.json`). The API
 * answers the same window every night of its week, with a fresh `as_of`; the archived file is kept as it is then,
 * so a night that sees nothing new changes no byte.
 */

/**
 * The window to write: the archived one when it has the same cells (same order) and synthetic flag, else `next`
 * (the API republished the window with different medians). Pure; assumes both are the same `window_end_date`.
 */
export function toKeptWindow(archived: SessionCostWindow | null, next: SessionCostWindow): SessionCostWindow {
  if (archived && archived.synthetic === next.synthetic && isDeepStrictEqual(archived.data, next.data)) return archived;
  return next;
}

/**
 * Writes one window atomically, keeping an archived file with the same cells byte for byte. Returns the
 * archive-relative files written (none when the file was kept).
 */
export async function writeSessionCostWindow(dir: string, window: SessionCostWindow, fs?: WriteFs): Promise<string[]> {
  const file = sessionCostFile(window.window_end_date);
  const kept = toKeptWindow(readArchiveFile(dir, file, SessionCostWindowSchema), window);
  const written = await writeFilesAtomic([{ path: archivePath(dir, file), content: toArchiveJson(kept) }], fs);
  return written.length > 0 ? [file] : [];
}
