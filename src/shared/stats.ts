/**
 * Small statistics helpers shared by the profile builder, the estimator and the drift test.
 * Pure; inputs are not modified.
 */

/**
 * Quantile of an ascending-sorted array by linear interpolation between order statistics
 * (Hyndman & Fan type 7, the default of R and numpy). 0 for an empty array.
 * @example quantileSorted([1, 2, 3, 4], 0.5) === 2.5
 */
export function quantileSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile probability must be in [0, 1], got ${p}`);
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const lower = sorted[below] as number;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  return lower + (upper - lower) * (position - below);
}

/** Quantile (type 7) of an unsorted array. */
export function quantile(values: readonly number[], p: number): number {
  return quantileSorted(
    [...values].sort((a, b) => a - b),
    p,
  );
}

/** The median (type 7: the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Median absolute deviation from the median (unscaled). */
export function medianAbsoluteDeviation(values: readonly number[]): number {
  const center = median(values);
  return median(values.map((value) => Math.abs(value - center)));
}

/**
 * Weighted quantile: the smallest value whose cumulative weight reaches p of the total
 * (the inverse of the weighted empirical CDF). Weights must be non-negative.
 * @example weightedQuantile([10, 20, 30], [1, 1, 2], 0.5) === 20
 */
export function weightedQuantile(
  values: readonly number[],
  weights: readonly number[],
  p: number,
): number {
  if (values.length !== weights.length) throw new RangeError('values and weights differ in length');
  const pairs = values
    .map((value, index) => [value, weights[index] as number] as const)
    .sort((a, b) => a[0] - b[0]);
  const total = pairs.reduce((sum, [, weight]) => sum + weight, 0);
  if (pairs.length === 0 || total <= 0) return 0;
  let cumulative = 0;
  for (const [value, weight] of pairs) {
    cumulative += weight;
    if (cumulative >= p * total - 1e-12) return value;
  }
  return (pairs[pairs.length - 1] as readonly [number, number])[0];
}

/**
 * Theil–Sen slope: the median of the slopes between all pairs of points (robust to outliers).
 * Also returns the share of pairwise slopes that are positive.
 */
export function theilSen(points: readonly { x: number; y: number }[]): {
  slope: number;
  positiveShare: number;
} {
  const slopes: number[] = [];
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i] as { x: number; y: number };
      const b = points[j] as { x: number; y: number };
      if (b.x !== a.x) slopes.push((b.y - a.y) / (b.x - a.x));
    }
  }
  if (slopes.length === 0) return { slope: 0, positiveShare: 0 };
  return {
    slope: median(slopes),
    positiveShare: slopes.filter((slope) => slope > 0).length / slopes.length,
  };
}
