/**
 * The task treemap: macro-category -> tag, sized by usage or token share. Stages: the classifications response ->
 * {@link TreemapInput} (groups of leaves with shares) -> {@link TreemapLayout} (pixel rectangles from d3-hierarchy's
 * squarified treemap, with the label lines that fit each cell). Pure; names are untrusted plain strings.
 */
import { hierarchy, treemap, treemapSquarify, type HierarchyRectangularNode } from 'd3-hierarchy';
import type { TaskClassificationsResponse } from '../api/task-classifications.ts';
import { formatShare } from './format.ts';
import { estimateTextWidth } from './label-placement.ts';

/** Which share sizes the cells: of requests (`usage_share`) or of tokens (`token_share`). */
export type TaskMeasure = 'usage' | 'token';
export const TASK_MEASURES: readonly TaskMeasure[] = ['usage', 'token'];

type TaskData = TaskClassificationsResponse['data'];

export type TreemapLeaf = { tag: string; label: string; macro: string; share: number };
export type TreemapGroup = { macro: string; label: string; share: number; leaves: TreemapLeaf[] };
/** Groups sorted by share, leaves sorted by share; `omitted` counts tags with a zero share (no area). */
export type TreemapInput = { measure: TaskMeasure; groups: TreemapGroup[]; omitted: number };

/** A pixel rectangle. */
export type Rect = { x0: number; y0: number; x1: number; y1: number };
/** A tag's rectangle and the label lines that fit in it (name and share, share only, or none). */
export type TreemapCell = TreemapLeaf & Rect & { macroLabel: string; lines: string[] };
/** A macro-category's rectangle and its header text (null when the header does not fit). */
export type TreemapGroupCell = Omit<TreemapGroup, 'leaves'> & Rect & { header: string | null };
export type TreemapLayout = { width: number; height: number; groups: TreemapGroupCell[]; cells: TreemapCell[] };

export type TreemapSize = { width: number; height: number; fontSize?: number };

/** The share of a classification or macro-category under a measure. */
export function shareFor(row: { usage_share: number; token_share: number }, measure: TaskMeasure): number {
  return measure === 'usage' ? row.usage_share : row.token_share;
}

/**
 * Classifications grouped by macro-category. A macro-category's share is the API's (`macro_categories`) when
 * listed, else the sum of its tags; its label likewise. Ties sort by key so the layout is stable.
 */
export function toTreemapInput(data: TaskData, measure: TaskMeasure): TreemapInput {
  const byMacro = new Map<string, TreemapLeaf[]>();
  let omitted = 0;
  for (const c of data.classifications) {
    const share = shareFor(c, measure);
    if (!(share > 0)) {
      omitted++;
      continue;
    }
    const leaf = { tag: c.tag, label: c.display_name || c.tag, macro: c.macro_category, share };
    byMacro.set(c.macro_category, [...(byMacro.get(c.macro_category) ?? []), leaf]);
  }
  const groups = [...byMacro].map(([macro, leaves]): TreemapGroup => {
    const listed = data.macro_categories.find((m) => m.key === macro);
    return {
      macro,
      label: listed?.label || macro.charAt(0).toUpperCase() + macro.slice(1),
      share: listed ? shareFor(listed, measure) : leaves.reduce((s, l) => s + l.share, 0),
      leaves: leaves.toSorted((a, b) => b.share - a.share || a.tag.localeCompare(b.tag)),
    };
  });
  return { measure, omitted, groups: groups.toSorted((a, b) => b.share - a.share || a.macro.localeCompare(b.macro)) };
}

type Datum = { kind: 'root'; children: TreemapGroup[] } | TreemapGroup | TreemapLeaf;

function childrenOf(d: Datum): Datum[] | undefined {
  if ('children' in d) return d.children;
  if ('leaves' in d) return d.leaves;
  return undefined;
}

const PADDING = { inner: 2, outer: 2 };

/** The label lines that fit a cell: name and share, a shortened name and share, the share alone, or none. */
export function fitLines(label: string, share: string, width: number, height: number, fontSize: number): string[] {
  const line = fontSize * 1.2;
  const room = width - 8;
  const fits = (text: string) => estimateTextWidth(text, fontSize) <= room;
  if (height >= 2 * line + 6 && fits(share)) {
    if (fits(label)) return [label, share];
    const chars = [...label];
    for (let n = chars.length - 1; n >= 4; n--) {
      const short = `${chars.slice(0, n).join('').trimEnd()}…`;
      if (fits(short)) return [short, share];
    }
  }
  return height >= line + 4 && fits(share) ? [share] : [];
}

/** Lays out the treemap in pixels with d3-hierarchy (squarified, rounded to whole pixels). */
export function toTreemapLayout(input: TreemapInput, size: TreemapSize): TreemapLayout {
  const fontSize = size.fontSize ?? 12;
  const headerHeight = Math.round(fontSize * 1.2 + 6);
  const root = hierarchy<Datum>({ kind: 'root', children: input.groups }, childrenOf).sum((d) =>
    'tag' in d ? d.share : 0,
  );
  const laid = treemap<Datum>()
    .tile(treemapSquarify)
    .size([size.width, size.height])
    .paddingInner(PADDING.inner)
    .paddingOuter(PADDING.outer)
    .paddingTop((node) => (node.depth === 1 ? headerHeight : PADDING.outer))
    .round(true)(root);
  const rect = (n: HierarchyRectangularNode<Datum>): Rect => ({ x0: n.x0, y0: n.y0, x1: n.x1, y1: n.y1 });
  const groups: TreemapGroupCell[] = [];
  const cells: TreemapCell[] = [];
  for (const node of laid.children ?? []) {
    const group = node.data as TreemapGroup;
    const header = `${group.label} ${formatShare(group.share)}`;
    const fitsHeader = estimateTextWidth(header, fontSize) <= node.x1 - node.x0 - 8;
    groups.push({
      macro: group.macro,
      label: group.label,
      share: group.share,
      ...rect(node),
      header: fitsHeader ? header : null,
    });
    for (const leafNode of node.children ?? []) {
      const leaf = leafNode.data as TreemapLeaf;
      const r = rect(leafNode);
      const lines = fitLines(leaf.label, formatShare(leaf.share), r.x1 - r.x0, r.y1 - r.y0, fontSize);
      cells.push({ ...leaf, ...r, macroLabel: group.label, lines });
    }
  }
  return { width: size.width, height: size.height, groups, cells };
}
