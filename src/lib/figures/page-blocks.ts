/**
 * The history figures as pages place them: each slot of a section (`sections/history-data.ts`) resolved to its
 * figure in the catalogue, or kept as the honest "not enough history yet" block. Pages call these; they never
 * build a figure themselves.
 */
import type { BenchmarkTaskType } from '../api/benchmarks.ts';
import type { TaskMeasure } from '../transform/treemap.ts';
import { figureById } from './catalogue.ts';
import type { BoardView } from './routes.ts';
import type { Figure } from './schema.ts';
import { boardHistorySlots } from './sections/apps-history.ts';
import { aaHistoryFigure } from './sections/benchmarks-history.ts';
import { toSlot, type HistoryBuilt, type HistorySlot, type NotEnoughBlock } from './sections/history-data.ts';
import { modelsBumpBuilt } from './sections/model-ranks.ts';
import { moversBuilt } from './sections/movers.ts';
import { taskHistoryFigure } from './sections/tasks-history.ts';
import type { SiteData } from './site-data.ts';

/** A history figure on its page: the catalogue's figure, or the empty state in its place. */
export type HistoryBlock = { kind: 'figure'; figure: Figure } | NotEnoughBlock;

/** A slot resolved against the catalogue (a figure slot names a figure the catalogue has). */
export function toBlock(data: SiteData, slot: HistorySlot): HistoryBlock {
  return slot.kind === 'figure' ? { kind: 'figure', figure: figureById(data, slot.id) } : slot;
}

/** Built history figures as page blocks, in order. */
function blocksOf(data: SiteData, built: readonly HistoryBuilt[]): HistoryBlock[] {
  return built.map((b) => toBlock(data, toSlot(b)));
}

/** What `/models/` shows of the history: the movers (7 and 30 days), then ranks over time (26 weeks, all). */
export function modelsHistoryBlocks(data: SiteData): { movers: HistoryBlock[]; ranks: HistoryBlock[] } {
  return { movers: blocksOf(data, moversBuilt(data)), ranks: blocksOf(data, modelsBumpBuilt(data)) };
}

/** A board page's history: its ranks over time, and on popular boards its top apps' tokens over time. */
export function boardHistoryBlocks(data: SiteData, view: BoardView): HistoryBlock[] {
  return boardHistorySlots(data, view).map((slot) => toBlock(data, slot));
}

/** A tasks page's share over time, null without classifications. */
export function taskHistoryBlock(data: SiteData, measure: TaskMeasure): HistoryBlock | null {
  const built = taskHistoryFigure(data, measure);
  return built && toBlock(data, toSlot(built));
}

/** An Artificial Analysis index over time, null without its scores. */
export function aaHistoryBlock(data: SiteData, metric: BenchmarkTaskType): HistoryBlock | null {
  const built = aaHistoryFigure(data, metric);
  return built && toBlock(data, toSlot(built));
}
