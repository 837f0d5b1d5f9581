/**
 * Greedy point-label placement for scatterplots: each label tries a fixed list of positions around its point and
 * takes the first whose box stays inside the plot and clears every label already placed and every point's dot.
 * Labels that fit nowhere are dropped (the data table still lists them). Pure; all sizes in pixels.
 */

/** An axis-aligned box: top-left corner and size, in pixels. */
export type Box = { x: number; y: number; width: number; height: number };

/** A label to place next to the point at (`x`, `y`), whose dot has radius `r`. Earlier requests win. */
export type LabelRequest = { id: string; text: string; x: number; y: number; r: number };

/** Where a label's text goes: the SVG text anchor point (`x`, `y` with `text-anchor` and a middle baseline). */
export type PlacedLabel = {
  id: string;
  text: string;
  x: number;
  y: number;
  textAnchor: 'start' | 'middle' | 'end';
  box: Box;
};

export type PlacementOptions = {
  /** The plot area labels must stay inside. */
  bounds: Box;
  /** Font size in pixels; text width is estimated from it (no DOM at build time). */
  fontSize: number;
  /** Dots that labels must not cover, besides the labelled points themselves. */
  obstacles?: readonly Box[];
};

export type Placement = { placed: PlacedLabel[]; dropped: string[] };

/** Gap between a dot and its label, in pixels. */
const GAP = 3;

/**
 * Estimated rendered width of `text` in a proportional sans-serif: 0.6 em per character is a safe upper bound
 * for Latin text at system-ui sizes, so boxes err on the large side: `estimateTextWidth('abcde', 10) === 30`.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * 0.6;
}

/** True when two boxes overlap by a positive area (touching edges do not count). */
export function boxesIntersect(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The square box around a dot of radius `r` at (`x`, `y`). */
export function dotBox(x: number, y: number, r: number): Box {
  return { x: x - r, y: y - r, width: 2 * r, height: 2 * r };
}

function inside(box: Box, bounds: Box): boolean {
  return (
    box.x >= bounds.x &&
    box.y >= bounds.y &&
    box.x + box.width <= bounds.x + bounds.width &&
    box.y + box.height <= bounds.y + bounds.height
  );
}

type Candidate = Omit<PlacedLabel, 'id' | 'text'>;

/** Right, left, then the four diagonals, then above and below: the order readers scan a scatterplot. */
function candidatesFor(request: LabelRequest, width: number, height: number): Candidate[] {
  const { x, y } = request;
  const d = request.r + GAP;
  const half = height / 2;
  const at = (cx: number, cy: number, textAnchor: Candidate['textAnchor']): Candidate => {
    const left = textAnchor === 'start' ? cx : textAnchor === 'end' ? cx - width : cx - width / 2;
    return { x: cx, y: cy, textAnchor, box: { x: left, y: cy - half, width, height } };
  };
  return [
    at(x + d, y, 'start'),
    at(x - d, y, 'end'),
    at(x + d / 2, y - d - half, 'start'),
    at(x + d / 2, y + d + half, 'start'),
    at(x - d / 2, y - d - half, 'end'),
    at(x - d / 2, y + d + half, 'end'),
    at(x, y - d - half, 'middle'),
    at(x, y + d + half, 'middle'),
  ];
}

/**
 * Places labels greedily in request order (put the most important first). Guarantees: no two placed boxes
 * intersect, none covers a labelled point's dot or an obstacle, every box lies inside `bounds`.
 */
export function placeLabels(requests: readonly LabelRequest[], options: PlacementOptions): Placement {
  const height = options.fontSize * 1.2;
  const blocked: Box[] = [...(options.obstacles ?? []), ...requests.map((r) => dotBox(r.x, r.y, r.r))];
  const placed: PlacedLabel[] = [];
  const dropped: string[] = [];
  for (const request of requests) {
    const width = estimateTextWidth(request.text, options.fontSize);
    const fits = (c: Candidate) =>
      inside(c.box, options.bounds) &&
      !blocked.some((b) => boxesIntersect(c.box, b)) &&
      !placed.some((p) => boxesIntersect(c.box, p.box));
    const chosen = candidatesFor(request, width, height).find(fits);
    if (chosen) placed.push({ id: request.id, text: request.text, ...chosen });
    else dropped.push(request.id);
  }
  return { placed, dropped };
}
