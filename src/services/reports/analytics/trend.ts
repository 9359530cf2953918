/**
 * Descriptive trend of a report series: the change between the last two buckets, a trailing moving
 * average and the ordinary least-squares line over the bucket index (0, 1, 2, ...) with its R².
 */
import type { SeriesPoint, Trend } from '../report-document';
import type { Granularity } from './buckets';

/** Moving-average window by granularity: a day of hours, a week of days, a month of weeks, a quarter of months. */
export const MOVING_AVERAGE_WINDOWS: Record<Granularity, number> = { HOUR: 24, DAY: 7, WEEK: 4, MONTH: 3 };

/** The default window for a granularity, capped by the series length (and at least 1). */
export function movingAverageWindow(granularity: Granularity, length: number): number {
  return Math.max(1, Math.min(MOVING_AVERAGE_WINDOWS[granularity], length));
}

/** Trailing mean of the last `window` values at each index; null until the window is full. */
export function movingAverage(values: readonly number[], window: number): Array<number | null> {
  const w = Math.max(1, Math.floor(window));
  return values.map((_, i) => {
    if (i < w - 1) return null;
    // Summed afresh per point (no running sum): exact for integer counts, and series are short.
    let sum = 0;
    for (let j = i - w + 1; j <= i; j++) sum += values[j]!;
    return sum / w;
  });
}

export interface LeastSquaresLine {
  slope: number;
  intercept: number;
  /** null for a constant series (no variance to explain). */
  r2: number | null;
}

/** OLS of y on x = 0..n-1; null when fewer than two values. */
export function leastSquares(values: readonly number[]): LeastSquaresLine | null {
  const n = values.length;
  if (n < 2) return null;
  // Centred sums keep large values (e.g. epoch-sized counts) from cancelling catastrophically.
  const xMean = (n - 1) / 2;
  let yMean = 0;
  for (const y of values) yMean += y;
  yMean /= n;
  const sxx = (n * (n * n - 1)) / 12;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dy = values[i]! - yMean;
    sxy += (i - xMean) * dy;
    syy += dy * dy;
  }
  const slope = sxy / sxx;
  const intercept = yMean - slope * xMean;
  const constant = values.every((v) => v === values[0]);
  const r2 = constant || syy === 0 ? null : Math.min(1, Math.max(0, (sxy * sxy) / (sxx * syy)));
  return { slope, intercept, r2 };
}

/**
 * Trend of `points` (in bucket order). `window` is the moving-average window, or a granularity
 * whose default window (capped by the length) is used. `periodChange.relative` is a fraction of
 * the previous value (0.25 = +25 %), taken against its magnitude so a rise is always positive;
 * null when the previous value is 0.
 */
export function computeTrend(points: readonly SeriesPoint[], window: number | Granularity): Trend {
  const values = points.map((p) => p.value);
  const n = values.length;
  const w = typeof window === 'number' ? Math.max(1, Math.min(Math.floor(window), Math.max(n, 1))) : movingAverageWindow(window, n);
  let periodChange: Trend['periodChange'] = null;
  if (n >= 2) {
    const previous = values[n - 2]!;
    const current = values[n - 1]!;
    const absolute = current - previous;
    periodChange = { previous, current, absolute, relative: previous === 0 ? null : absolute / Math.abs(previous) };
  }
  const line = leastSquares(values);
  return {
    periodChange,
    movingAverage: movingAverage(values, w),
    movingAverageWindow: w,
    slope: line?.slope ?? null,
    intercept: line?.intercept ?? null,
    r2: line?.r2 ?? null,
  };
}
