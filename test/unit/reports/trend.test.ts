import { describe, expect, it } from 'vitest';
import type { SeriesPoint } from '../../../src/services/reports/report-document';
import { computeTrend, leastSquares, movingAverage, movingAverageWindow } from '../../../src/services/reports/analytics/trend';

const series = (values: number[]): SeriesPoint[] =>
  values.map((value, i) => ({ t: new Date(Date.UTC(2026, 0, 1 + i)), value }));

/** Deterministic noise (Park–Miller), so the test's numbers never change between runs. */
function noise(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647 - 0.5;
  };
}

/** OLS from the raw normal equations, written independently of the centred form under test. */
function closedFormOls(y: number[]): { slope: number; intercept: number; r2: number } {
  const n = y.length;
  let sx = 0;
  let sy = 0;
  let sxy = 0;
  let sxx = 0;
  y.forEach((v, x) => {
    sx += x;
    sy += v;
    sxy += x * v;
    sxx += x * x;
  });
  const slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  const intercept = (sy - slope * sx) / n;
  const mean = sy / n;
  const ssTot = y.reduce((a, v) => a + (v - mean) ** 2, 0);
  const ssRes = y.reduce((a, v, x) => a + (v - (intercept + slope * x)) ** 2, 0);
  return { slope, intercept, r2: 1 - ssRes / ssTot };
}

describe('least-squares line', () => {
  it('an exact line gives its slope and intercept exactly and R² = 1', () => {
    const trend = computeTrend(series(Array.from({ length: 12 }, (_, i) => 5 + 3 * i)), 'DAY');
    expect(trend.slope).toBe(3);
    expect(trend.intercept).toBe(5);
    expect(trend.r2).toBe(1);
  });

  it('a noisy line matches the closed-form OLS and lands close to the true slope', () => {
    const rnd = noise(42);
    const y = Array.from({ length: 60 }, (_, i) => 200 - 1.5 * i + 10 * rnd());
    const line = leastSquares(y)!;
    const reference = closedFormOls(y);
    expect(line.slope).toBeCloseTo(reference.slope, 9);
    expect(line.intercept).toBeCloseTo(reference.intercept, 7);
    expect(line.r2!).toBeCloseTo(reference.r2, 9);
    expect(Math.abs(line.slope + 1.5)).toBeLessThan(0.1);
    expect(line.r2!).toBeGreaterThan(0.9);
    expect(line.r2!).toBeLessThan(1);
  });

  it('a constant series has slope 0 and no R²; fewer than two points have no line', () => {
    const flat = computeTrend(series([0.1, 0.1, 0.1, 0.1, 0.1]), 'DAY');
    expect(flat.slope).toBeCloseTo(0, 12);
    expect(flat.r2).toBeNull();
    const one = computeTrend(series([4]), 'DAY');
    expect([one.slope, one.intercept, one.r2, one.periodChange]).toEqual([null, null, null, null]);
    const none = computeTrend([], 'HOUR');
    expect(none.movingAverage).toEqual([]);
    expect(none.movingAverageWindow).toBe(1);
  });
});

describe('moving average', () => {
  it('is the trailing mean, null until the window is full', () => {
    expect(movingAverage([1, 2, 3, 4, 5, 6], 3)).toEqual([null, null, 2, 3, 4, 5]);
    expect(movingAverage([4, 8], 1)).toEqual([4, 8]);
  });

  it('defaults by granularity and is capped by the series length', () => {
    expect(movingAverageWindow('HOUR', 100)).toBe(24);
    expect(movingAverageWindow('DAY', 100)).toBe(7);
    expect(movingAverageWindow('WEEK', 100)).toBe(4);
    expect(movingAverageWindow('MONTH', 100)).toBe(3);
    const short = computeTrend(series([2, 4, 6, 8, 10]), 'DAY');
    expect(short.movingAverageWindow).toBe(5);
    expect(short.movingAverage).toEqual([null, null, null, null, 6]);
    const week = computeTrend(series([7, 7, 7, 14, 14, 14, 14, 21]), 'DAY');
    expect(week.movingAverageWindow).toBe(7);
    expect(week.movingAverage.slice(6)).toEqual([11, 13]);
    expect(computeTrend(series([1, 2, 3, 4]), 2).movingAverage).toEqual([null, 1.5, 2.5, 3.5]);
  });
});

describe('period-over-period change', () => {
  it('compares the last bucket with the one before it', () => {
    expect(computeTrend(series([3, 8, 10]), 'DAY').periodChange).toEqual({ previous: 8, current: 10, absolute: 2, relative: 0.25 });
    expect(computeTrend(series([9, 10, 5]), 'DAY').periodChange).toEqual({ previous: 10, current: 5, absolute: -5, relative: -0.5 });
  });

  it('has no relative change from 0, and a rise from a negative value is positive', () => {
    expect(computeTrend(series([0, 4]), 'DAY').periodChange).toEqual({ previous: 0, current: 4, absolute: 4, relative: null });
    expect(computeTrend(series([-10, -5]), 'DAY').periodChange!.relative).toBe(0.5);
  });
});
