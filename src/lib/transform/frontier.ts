/**
 * The cost/score frontier of a scatterplot where a lower `x` (price, time) and a higher `y` (score) are better:
 * the points no cheaper-or-equal point beats. Pure.
 */

/** Anything with a position: `x` is the cost (lower is better), `y` the score (higher is better). */
export type CostScore = { x: number; y: number };

/**
 * The Pareto frontier, sorted by `x` ascending: a point is on it when every cheaper point scores strictly lower.
 * Of points at the same `x` only the best scorer can qualify; a point that merely ties a cheaper one's score is
 * not on it. Non-finite coordinates are ignored. Input order does not matter.
 * `toFrontier([{x:1,y:5},{x:2,y:4},{x:3,y:9}])` -> `[{x:1,y:5},{x:3,y:9}]`.
 */
export function toFrontier<P extends CostScore>(points: readonly P[]): P[] {
  const sorted = points
    .filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y))
    .toSorted((a, b) => a.x - b.x || b.y - a.y);
  const frontier: P[] = [];
  let best = -Infinity;
  for (const point of sorted) {
    if (point.y > best) {
      frontier.push(point);
      best = point.y;
    }
  }
  return frontier;
}

/**
 * The frontier as the vertices of a step line ("step-after": flat to the next point's `x`, then up), extended
 * flat to `xEnd` so the chart shows that paying more buys nothing better: `[{x:1,y:5},{x:3,y:9}]`, 10 ->
 * `[{x:1,y:5},{x:3,y:9},{x:10,y:9}]`. Expects the output of {@link toFrontier}.
 */
export function toFrontierSteps(frontier: readonly CostScore[], xEnd: number): CostScore[] {
  const steps = frontier.map(({ x, y }) => ({ x, y }));
  const last = steps.at(-1);
  if (last && xEnd > last.x) steps.push({ x: xEnd, y: last.y });
  return steps;
}
