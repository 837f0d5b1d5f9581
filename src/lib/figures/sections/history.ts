/**
 * What only the archive knows, gathered for the catalogue: model movers and ranks over time (`/models/`), each app
 * board's history, each task's share over time and the benchmark indices over time, as figures and their CSVs.
 * The empty states of too short an archive are page blocks, not figures (see `history-data.ts`).
 */
import type { CsvFile, FigureInput } from '../schema.ts';
import type { SiteData } from '../site-data.ts';
import { appsHistoryCsvFiles, appsHistoryFigures } from './apps-history.ts';
import { benchmarksHistoryBuilt, benchmarksHistoryCsvFiles } from './benchmarks-history.ts';
import { figuresOf } from './history-data.ts';
import { modelsBumpBuilt, modelsBumpCsvFiles } from './model-ranks.ts';
import { moversBuilt, moversCsvFiles } from './movers.ts';
import { tasksHistoryBuilt, tasksHistoryCsvFiles } from './tasks-history.ts';

/** Every history figure the archive can draw: movers, model ranks, app boards, tasks, benchmark indices. */
export function historyFigures(data: SiteData): FigureInput[] {
  return [
    ...figuresOf(moversBuilt(data)),
    ...figuresOf(modelsBumpBuilt(data)),
    ...appsHistoryFigures(data),
    ...figuresOf(tasksHistoryBuilt(data)),
    ...figuresOf(benchmarksHistoryBuilt(data)),
  ];
}

/** Every history figure's CSV: the values drawn, exact. */
export function historyCsvFiles(data: SiteData): CsvFile[] {
  return [
    ...moversCsvFiles(data),
    ...modelsBumpCsvFiles(data),
    ...appsHistoryCsvFiles(data),
    ...tasksHistoryCsvFiles(data),
    ...benchmarksHistoryCsvFiles(data),
  ];
}
