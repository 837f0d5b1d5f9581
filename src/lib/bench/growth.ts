/** Some named measurements of one case; `null` where a figure could not be measured. */
export type Measures<K extends string> = Readonly<Record<K, number | null>>;

/**
 * Each case's measures divided by the first case's: `growthRatios([{ ms: 10 }, { ms: 25 }])` ->
 * `[{ ms: 1 }, { ms: 2.5 }]`. A ratio is `null` when either figure is missing or the first one is zero.
 */
export function growthRatios<K extends string>(cases: readonly Measures<K>[]): Measures<K>[] {
  const [base] = cases;
  if (base === undefined) return [];
  return cases.map((measures) => {
    const entries = Object.entries(measures) as [K, number | null][];
    return Object.fromEntries(
      entries.map(([key, value]) => {
        const from = base[key];
        return [key, value === null || from === null || from === 0 ? null : value / from];
      }),
    ) as Record<K, number | null>;
  });
}

/** A least-squares line `y = intercept + slope * x` and how well it fits (r², 1 = every point on the line). */
export interface LinearFit {
  readonly intercept: number;
  readonly slope: number;
  readonly r2: number;
}

/**
 * The least-squares line through some points; `null` for fewer than two distinct x. For build time against days
 * of data the intercept is the fixed cost of a build and the slope the cost of each day.
 * `linearFit([{ x: 1, y: 3 }, { x: 2, y: 5 }])` -> `{ intercept: 1, slope: 2, r2: 1 }`.
 */
export function linearFit(points: readonly { readonly x: number; readonly y: number }[]): LinearFit | null {
  const n = points.length;
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / n;
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / n;
  const sxx = points.reduce((sum, p) => sum + (p.x - meanX) ** 2, 0);
  if (n < 2 || sxx === 0) return null;
  const sxy = points.reduce((sum, p) => sum + (p.x - meanX) * (p.y - meanY), 0);
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  const residual = points.reduce((sum, p) => sum + (p.y - (intercept + slope * p.x)) ** 2, 0);
  const total = points.reduce((sum, p) => sum + (p.y - meanY) ** 2, 0);
  return { intercept, slope, r2: total === 0 ? 1 : 1 - residual / total };
}
