/**
 * The files `/models/` offers for download: the CSV of each chart and table as shown, and each chart's SVG. The
 * endpoints list them in getStaticPaths; the names are the ones the page links to.
 */
import { leaderboardCsv, shareSeriesCsv } from '../../lib/transform/model-csv.ts';
import { SHARE_WINDOWS } from '../../lib/transform/windows.ts';
import { allViews, type ModelsArchive } from './_data.ts';
import { BY_AUTHOR, BY_MODEL, leaderboardOf, shareFigure, shareSeriesOf } from './_figures.ts';

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

/** Every chart SVG of `/models/`: each view of the model share chart and the author share chart. */
export function modelsSvgFiles(archive: ModelsArchive): Download[] {
  const figures = [
    ...allViews().map((view) => shareFigure(archive, BY_MODEL, view)),
    shareFigure(archive, BY_AUTHOR, { measure: 'share', window: '30d' }),
  ];
  return figures.flatMap((f) => (f ? [{ name: f.id, body: f.svg }] : []));
}
