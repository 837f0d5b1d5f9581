/**
 * The CSV files `/models/` offers for download: each chart and table as shown. The endpoint lists them in
 * getStaticPaths; the names are the ones the page links to (chart SVGs and PNGs: `src/pages/embed/_registry.ts`).
 */
import { leaderboardCsv, shareSeriesCsv } from '../../lib/transform/model-csv.ts';
import { SHARE_WINDOWS } from '../../lib/transform/windows.ts';
import type { ModelsArchive } from './_data.ts';
import { BY_AUTHOR, BY_MODEL, leaderboardOf, shareSeriesOf } from './_figures.ts';

/** A file to emit: its name without extension, and its text. */
export type Download = { name: string; body: string };

/** Every CSV of `/models/`: share series per window, the author share, the leaderboards. */
export function modelsCsvFiles(archive: ModelsArchive): Download[] {
  const files: Download[] = [];
  for (const window of SHARE_WINDOWS) {
    const series = shareSeriesOf(archive, BY_MODEL, window);
    if (series) files.push({ name: `model-share-${window}`, body: shareSeriesCsv(series, 'model') });
    const board = leaderboardOf(archive, BY_MODEL, window);
    if (board) files.push({ name: `model-leaderboard-${window}`, body: leaderboardCsv(board, 'model') });
  }
  const authors = shareSeriesOf(archive, BY_AUTHOR, '30d');
  if (authors) files.push({ name: 'author-share-30d', body: shareSeriesCsv(authors, 'author') });
  const week = leaderboardOf(archive, BY_MODEL, '7d', 20);
  if (week) files.push({ name: 'model-week-over-week', body: leaderboardCsv(week, 'model') });
  return files;
}
